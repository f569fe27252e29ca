// The page routes through app.request(): the HTML for every client-side view, its assets with
// the right types and caching, and nothing the CSP would block.
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { smallCorpus } from '../../test/support/small-corpus.js';
import { assetUrl, ICON_ASSET, SCRIPT_ASSET, STYLESHEET_ASSET } from './assets.js';
import { CLIENT_SCRIPT } from './client-bundle.generated.js';
import { matchRoute } from './client/router.js';
import { STYLESHEET } from './styles/stylesheet.js';

const app = createApp(smallCorpus());

const PAGE_PATHS = [
  '/',
  '/?q=helpline&type=recommendation&page=2',
  '/item/lanzarote-factsheet-cz-2023/rec/II-6',
  '/item/lanzarote-factsheet-cz-2023%2Frec%2FII-6',
  '/commitments',
  '/refs/paragraph/73',
  '/refs/recommendation/III-25',
];
const NOT_PAGES = ['/nope', '/item', '/item/', '/refs/paragraph', '/commitments/extra', '/ui/nope.js'];
const UNKNOWN_ITEM = '/item/no-such-item';

describe('the page', () => {
  it.each(PAGE_PATHS)('is served as HTML for %s', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(await res.text()).toMatch(/^<!doctype html>/);
  });

  it('is served with a 404 status for an item id the corpus does not have', async () => {
    const res = await app.request('/item/lanzarote-factsheet-cz-2023/rec/XX-99');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    expect(await res.text()).toMatch(/^<!doctype html>/);
  });

  it.each(NOT_PAGES)('is not served for %s, which stays a JSON 404', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('route_not_found');
  });

  it('is served for exactly the paths the page script draws a view for', async () => {
    for (const path of [...PAGE_PATHS, UNKNOWN_ITEM, ...NOT_PAGES]) {
      const pathname = new URL(path, 'http://x').pathname;
      const served = (await app.request(path)).headers.get('Content-Type')?.startsWith('text/html') === true;
      expect(matchRoute(pathname) !== 'not-found', path).toBe(served);
    }
  });

  it('answers HEAD without a body', async () => {
    const res = await app.request('/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('the HTML under the Content-Security-Policy', () => {
  const html = async () => (await app.request('/')).text();

  it('has no inline script, style element, style attribute or event handler attribute', async () => {
    const page = await html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBe(1);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/ui\//);
      expect(body.trim()).toBe('');
    }
    expect(page).not.toMatch(/<style\b/i);
    expect(page).not.toMatch(/\sstyle\s*=/i);
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
  });

  it('loads only same-origin resources', async () => {
    const page = await html();
    const urls = [...page.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url, url).toMatch(/^(\/(?!\/)|#)/);
  });

  it('names the current versions of its script, stylesheet and icon', async () => {
    const page = await html();
    for (const asset of [SCRIPT_ASSET, STYLESHEET_ASSET, ICON_ASSET]) expect(page).toContain(`"${assetUrl(asset)}"`);
  });

  it('has a skip link to the main landmark, a language and a viewport for phones', async () => {
    const page = await html();
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toMatch(/<a class="skip-link" href="#main">/);
    expect(page).toMatch(/<main id="main"/);
    expect(page).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
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
