// The pages through app.request(): which addresses are pages (and which stay the API's JSON),
// that every page is complete HTML under the CSP with its icon, and the assets' caching.
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { FACTSHEET, uiCorpus } from '../../test/support/ui-corpus.js';
import { assetUrl, ICON_ASSET, SCRIPT_ASSET, STYLESHEET_ASSET } from './assets.js';
import { CLIENT_SCRIPT } from './client-bundle.generated.js';
import { STYLESHEET } from './styles/stylesheet.js';

const app = createApp(uiCorpus());
const HTML = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** Every view, with the status it answers. */
const PAGES: [path: string, status: number][] = [
  ['/', 200],
  ['/?q=helpline&type=recommendation&page=2', 200],
  [`/item/${FACTSHEET}/rec/II-6`, 200],
  [`/item/${encodeURIComponent(`${FACTSHEET}/rec/II-6`)}`, 200],
  ['/item/no-such-item', 404],
  ['/commitments', 200],
  ['/about', 200],
  ['/refs/paragraph/73', 200],
  ['/refs/recommendation/III-25', 200],
  ['/refs/paragraph/seventy', 400],
  ['/?type=memo', 400],
  ['/nope', 404],
  ['/commitments/extra', 404],
];
const page = async (path: string) => (await app.request(path, { headers: HTML })).text();

describe('the pages', () => {
  it.each(PAGES)('%s is a complete HTML page (%i)', async (path, status) => {
    const res = await app.request(path, { headers: HTML });
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    // The search page stays out of the back/forward cache: its form must come back as the address says.
    expect(res.headers.get('Cache-Control')).toBe(path === '/' || path.startsWith('/?') ? 'no-store' : 'no-cache');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toMatch(/<h1 class="page-title">[^<]+/);
    expect(html).toContain('</footer></body></html>');
  });

  it.each(PAGES)('%s names its icon and links to the corpus page from header and footer', async (path) => {
    const html = await page(path);
    expect(html).toContain(`<link rel="icon" href="${assetUrl(ICON_ASSET)}" type="image/svg+xml"/>`);
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
    const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
    expect(header).toContain('href="/about"');
    expect(footer).toContain('href="/about"');
  });

  it.each(PAGES)('%s has no inline script, style or handler, and loads only same-origin resources', async (path) => {
    const html = await page(path);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toContain(`src="${assetUrl(SCRIPT_ASSET)}"`);
    expect(scripts[0][2]).toBe('');
    expect(html).not.toMatch(/<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:/i);
    const loaded = [...html.matchAll(/<(?:script|img|link|iframe|source)\b[^>]*\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(loaded.length).toBeGreaterThanOrEqual(3);
    for (const url of loaded) expect(url, url).toMatch(/^\/(?!\/)/);
  });

  it('marks the current section in the navigation', async () => {
    for (const [path, label] of [['/', 'Search'], ['/commitments', 'Commitments'], ['/about', 'About']]) {
      expect(await page(path), path).toContain(`aria-current="page">${label}</a>`);
    }
  });

  it('gives link previews a title, description and address', async () => {
    const html = await page('/?q=helpline');
    expect(html).toContain('<meta property="og:title" content="helpline"/>');
    expect(html).toMatch(/<meta property="og:description" content="\d+ items match “helpline”/);
    expect(html).toContain('<meta property="og:url" content="http://localhost/?q=helpline"/>');
  });

  it('answers HEAD without a body', async () => {
    const res = await app.request('/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('unknown addresses', () => {
  it.each(['/nope', '/item', '/item/', '/refs/paragraph', '/ui/nope.js', '/commitments/extra'])('%s is an HTML 404 for a browser', async (path) => {
    const res = await app.request(path, { headers: HTML });
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    const html = await res.text();
    expect(html).toContain('<h1 class="page-title">Page not found</h1>');
    expect(html).toContain('href="/"');
  });

  it.each([['/api/nope', HTML], ['/api/search/extra', HTML], ['/nope', { Accept: 'application/json' }]])(
    '%s is the API’s JSON 404', async (path, headers) => {
      const res = await app.request(path, { headers });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('route_not_found');
    });
});

describe('the icon', () => {
  it('is served at /favicon.ico for pages that name none (an API answer opened in a tab)', async () => {
    const res = await app.request('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await res.text()).toBe(ICON_ASSET.body);
  });

  it('is named by the API docs page too', async () => {
    expect(await (await app.request('/api/docs')).text()).toContain(`<link rel="icon" href="${assetUrl(ICON_ASSET)}"`);
  });
});

describe('the assets', () => {
  it.each([
    [SCRIPT_ASSET, 'text/javascript; charset=utf-8', CLIENT_SCRIPT],
    [STYLESHEET_ASSET, 'text/css; charset=utf-8', STYLESHEET],
    [ICON_ASSET, 'image/svg+xml', ICON_ASSET.body],
  ])('serves $path with its content type', async (asset, contentType, body) => {
    const res = await app.request(assetUrl(asset));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(contentType);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await res.text()).toBe(body);
  });

  it('lets browsers keep a versioned asset for a year, and makes others revalidate', async () => {
    const current = await app.request(assetUrl(SCRIPT_ASSET));
    expect(current.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    for (const path of [SCRIPT_ASSET.path, `${SCRIPT_ASSET.path}?v=00000000`]) {
      expect((await app.request(path)).headers.get('Cache-Control'), path).toBe('no-cache');
    }
  });

  it('changes an asset version when its content changes', () => {
    expect(new Set([SCRIPT_ASSET.version, STYLESHEET_ASSET.version, ICON_ASSET.version]).size).toBe(3);
    expect(SCRIPT_ASSET.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('has a stylesheet that needs no font or image from elsewhere', () => {
    expect(STYLESHEET).not.toMatch(/@import|@font-face|url\(/i);
  });
});
