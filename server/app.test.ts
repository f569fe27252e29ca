// The app's cross-cutting behaviour: headers, CORS, method and route errors, caching, failures.
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { loadCorpus, type LoadedCorpus } from './corpus.js';
import { smallCorpus, smallCorpusFiles, SMALL_ITEMS } from '../test/support/small-corpus.js';

const corpus = smallCorpus();
const app = createApp(corpus);

describe('security headers', () => {
  it.each(['/api/search?q=helpline', '/api/docs', '/', '/api/nope'])('are on %s', async (path) => {
    const res = await app.request(path);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  });
});

describe('CORS', () => {
  it('lets any origin GET the API and read the ETag', async () => {
    const res = await app.request('/api/documents', { headers: { Origin: 'https://example.org' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });

  it('answers the preflight for GET only', async () => {
    const res = await app.request('/api/search', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD');
  });
});

describe('methods and routes', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses %s with a JSON 405', async (method) => {
    const res = await app.request('/api/search?q=x', { method, body: method === 'DELETE' ? undefined : '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    expect((await res.json()).error.code).toBe('method_not_allowed');
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await app.request('/api/search?q=helpline', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeTruthy();
    expect(await res.text()).toBe('');
  });

  it.each(['/api/nope', '/api', '/api/items', '/api/refs/article/3'])('gives a JSON 404 for %s', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.error.code).toBe('route_not_found');
    expect(body.error.message).toContain('/api/docs');
  });

  it('serves the search page at / with one same-origin module script and no inline code', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<script\b[^>]*>/g)).toEqual([expect.stringMatching(/^<script type="module" src="\/ui\/app\.js\?v=[^"]+"/)]);
    expect(html).toMatch(/<script[^>]*><\/script>/);
  });
});

describe('conditional requests', () => {
  it('tags API answers with the corpus version and a cache lifetime', async () => {
    const res = await app.request('/api/stats');
    expect(res.headers.get('ETag')).toBe(`W/"${corpus.version}-1"`);
    expect(res.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
  });

  it('answers 304 without a body when If-None-Match matches', async () => {
    const etag = (await app.request('/api/search?q=helpline')).headers.get('ETag')!;
    for (const header of [etag, etag.replace('W/', ''), `"other", ${etag}`, '*']) {
      const res = await app.request('/api/search?q=helpline', { headers: { 'If-None-Match': header } });
      expect(res.status, header).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('ETag')).toBe(etag);
      expect(res.headers.get('Content-Type')).toBeNull();
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
  });

  it('answers 200 when the tag is stale, and never 304s an error', async () => {
    const stale = await app.request('/api/search?q=helpline', { headers: { 'If-None-Match': 'W/"old-1"' } });
    expect(stale.status).toBe(200);
    const missing = await app.request('/api/items/none', { headers: { 'If-None-Match': '*' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('ETag')).toBeNull();
  });

  it('keeps the tag across loads of the same corpus and changes it with the corpus', async () => {
    const etagOf = async (a: ReturnType<typeof createApp>) => (await a.request('/api/documents')).headers.get('ETag');
    expect(await etagOf(createApp(smallCorpus()))).toBe(await etagOf(app));
    const edited = SMALL_ITEMS.map((item, i) => (i === 0 ? { ...item, text: `${item.text} Edited.` } : item));
    const changed = createApp(loadCorpus(smallCorpusFiles(edited)));
    expect(await etagOf(changed)).not.toBe(await etagOf(app));
  });

  it('derives the tag from the files served, not from a version a file declares', async () => {
    const etagOf = async (stats: string) => {
      const files = { ...smallCorpusFiles(), documents: JSON.stringify({ version: 'declared', documents: [] }), stats };
      return (await createApp(loadCorpus(files)).request('/api/documents')).headers.get('ETag');
    };
    expect(await etagOf('{"n":1}')).not.toContain('declared');
    expect(await etagOf('{"n":1}')).not.toBe(await etagOf('{"n":2}'));
  });

  it('computes the tag on the first answer when items are parsed on demand (the Worker)', async () => {
    const lazy = loadCorpus(smallCorpusFiles(), { itemParsing: 'on-demand' });
    expect((await createApp(lazy).request('/api/documents')).headers.get('ETag')).toBe(`W/"${corpus.version}-1"`);
  });
});

describe('failures', () => {
  it('turns a bug into a JSON 500 without leaking the error', async () => {
    const broken: LoadedCorpus = { ...corpus, engine: { ...corpus.engine, search: () => { throw new Error('secret detail'); } } };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await createApp(broken).request('/api/search?q=x');
      expect(res.status).toBe(500);
      const body = await res.json();
      expect(body.error.code).toBe('internal_error');
      expect(JSON.stringify(body)).not.toContain('secret detail');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
