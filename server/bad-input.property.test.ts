// Property: whatever arrives in the query string or path, the API answers 200 or a 4xx JSON
// error, never a 5xx, and within a time bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { smallCorpus } from '../test/support/small-corpus.js';

const app = createApp(smallCorpus());
const TIME_BOUND_MS = 500;

const PARAMS = ['q', 'type', 'urgency', 'body', 'year', 'theme', 'document', 'addressee', 'commitment', 'ref', 'limit', 'offset', 'sort', 'format'];
const STATS_PARAMS = ['by', 'type'];

const nasty = fc.constantFrom(
  '', ' ', '%', '%%', '%E0%A4%A', '%ZZ', '%00', '%C0%AF', '%FF%FE', '%uD800', '\u0000', '\uFFFF', '\uD800',
  '"', '"unbalanced', '((((((((((', '))))', '(a OR (b AND "c)', '-', '--', '-"x"', 'OR', 'OR OR', '*', '?', '~', '^2',
  'NaN', 'Infinity', '-0', '1e309', '0x10', '9007199254740993', '-9999999999999999999', '1.5', ' 7 ', '+3',
  '..', '2018..', '..2018', '2023..2018', '99999..100000', '2018...2019', '[object Object]', 'true', 'TRUE', 'null',
  '<script>alert(1)</script>', "'; DROP TABLE items; --", '../../etc/passwd', '%2F%2E%2E', 'a'.repeat(501),
  'x '.repeat(2000), Array.from({ length: 120 }, (_, i) => `helpline${i}`).join(' ').slice(0, 500),
  '"a b" OR '.repeat(55).slice(0, 500), '-child '.repeat(71).slice(0, 500), '"'.repeat(500), '('.repeat(500), '('.repeat(2000), '"'.repeat(999), 'ä'.repeat(300), '🙂'.repeat(300), 'OR '.repeat(300),
);

const value = fc.oneof(
  nasty,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ minLength: 400, maxLength: 6000 }),
);

/** encodeURIComponent throws on lone surrogates; a browser sends them as U+FFFD. */
const encode = (v: string) =>
  encodeURIComponent(v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** Values go in encoded, raw (so broken percent sequences reach the server), or doubled. */
const encoded = fc.tuple(value, fc.constantFrom('encode', 'raw', 'double')).map(([v, how]) =>
  how === 'raw' ? v.replace(/[#&\s]/g, '') : how === 'double' ? encode(encode(v)) : encode(v));

const pairOf = (params: string[]) => fc.tuple(fc.oneof(fc.constantFrom(...params), fc.string({ maxLength: 8 })), encoded, fc.boolean())
  .map(([k, v, bare]) => (bare && v === '' ? encode(k) : `${encode(k)}=${v}`));

const searchUrl = fc.array(pairOf(PARAMS), { maxLength: 12 }).map((pairs) => `/api/search?${pairs.join('&')}`);
const statsUrl = fc.array(pairOf(STATS_PARAMS), { maxLength: 6 }).map((pairs) => `/api/stats?${pairs.join('&')}`);
const pathUrl = fc.tuple(fc.constantFrom('/api/items/', '/api/refs/paragraph/', '/api/refs/recommendation/', '/api/', '/',
  '/item/', '/refs/paragraph/', '/refs/recommendation/'), encoded)
  .map(([prefix, v]) => prefix + v);
/** The search page reads the API's parameters plus its page number. */
const pageUrl = fc.array(pairOf([...PARAMS, 'page']), { maxLength: 12 }).map((pairs) => `/?${pairs.join('&')}`);

async function checkAnswer(url: string): Promise<void> {
  let request: Request;
  try {
    request = new Request(`http://localhost${url}`);
  } catch {
    return; // not a URL any client could send
  }
  const started = performance.now();
  const res = await app.request(request);
  const elapsed = performance.now() - started;
  expect(res.status, url).toBeLessThan(500);
  expect(elapsed, url).toBeLessThan(TIME_BOUND_MS);
  const isApi = new URL(request.url).pathname.startsWith('/api');
  if (res.status >= 400 && !isApi) {
    // Pages answer people: an HTML page that says what was wrong.
    expect(res.headers.get('Content-Type'), url).toBe('text/html; charset=UTF-8');
    expect(await res.text(), url).toMatch(/<h1 class="page-title">[^<]+<\/h1>/);
  } else if (res.status >= 400) {
    expect(res.headers.get('Content-Type'), url).toMatch(/^application\/json/);
    const body = await res.json();
    expect(typeof body.error.code, url).toBe('string');
    expect(body.error.message.length, url).toBeGreaterThan(10);
  } else {
    await res.arrayBuffer();
  }
}

describe('bad input never crashes the API or the pages', () => {
  it('search parameters', async () => {
    await fc.assert(fc.asyncProperty(searchUrl, checkAnswer), { numRuns: 400 });
  });

  it('search page parameters', async () => {
    await fc.assert(fc.asyncProperty(pageUrl, checkAnswer), { numRuns: 200 });
  });

  it('stats parameters', async () => {
    await fc.assert(fc.asyncProperty(statsUrl, checkAnswer), { numRuns: 200 });
  });

  it('path segments', async () => {
    await fc.assert(fc.asyncProperty(pathUrl, checkAnswer), { numRuns: 300 });
  });

  it('the nastiest values in every parameter, alone', async () => {
    const samples = fc.sample(nasty, 200);
    const routes = [...PARAMS.map((param) => ['/api/search', param]), ...STATS_PARAMS.map((param) => ['/api/stats', param])];
    for (const [route, param] of routes) {
      for (const v of new Set(samples)) {
        await checkAnswer(`${route}?${param}=${encode(v)}`);
        await checkAnswer(`${route}?${param}=${v.replace(/[#&\s]/g, '')}`);
      }
    }
  });
});
