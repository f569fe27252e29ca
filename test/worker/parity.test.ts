// The real Workers runtime (wrangler dev, offline) answers exactly as the Node entry does for
// the same requests: same status, headers that matter, and body (tookMs aside).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import type { LoadedCorpus } from '../../server/corpus.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { CORPUS_DIR, HAS_CORPUS } from './corpus-presence.js';
import { startWranglerDev, type DevWorker } from './wrangler-process.js';

const COMPARED_HEADERS = ['content-type', 'etag', 'cache-control', 'content-disposition', 'content-security-policy', 'access-control-allow-origin', 'allow'];

function requestsFor(corpus: LoadedCorpus): { path: string; init?: RequestInit }[] {
  const firstRecommendation = corpus.items.find((i) => i.type === 'recommendation') ?? corpus.items[0];
  const withParent = corpus.items.find((i) => i.parentId !== undefined) ?? corpus.items[0];
  const citedRec = corpus.items.flatMap((i) => i.refs?.recommendations ?? [])[0] ?? 'I-1';
  const citedPara = corpus.items.flatMap((i) => i.refs?.paragraphs ?? [])[0] ?? 1;
  const paths = [
    '/api/search?q=helpline', '/api/search?q=child%20protection&limit=5', '/api/search?q=%22sexual%20abuse%22',
    '/api/search?q=victims%20-trafficking', '/api/search?q=helpine', '/api/search?type=recommendation&urgency=require',
    '/api/search?theme=child-protection&theme=education&year=2018..2023', '/api/search?commitment=true&sort=deadline',
    '/api/search?body=Lanzarote%20Committee&limit=0', '/api/search?q=training&offset=5&limit=3&sort=year',
    `/api/search?ref=${encodeURIComponent(citedRec)}`, '/api/search?q=police&format=csv', '/api/search?q=police&format=json',
    '/api/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/api/search?q=((((a', '/api/search?limit=101',
    '/api/search?type=memo', '/api/search?year=2023..2018', `/api/search?q=${'x'.repeat(501)}`,
    `/api/items/${firstRecommendation.id}`, `/api/items/${encodeURIComponent(withParent.id)}`, '/api/items/no-such-item',
    `/api/refs/recommendation/${encodeURIComponent(citedRec)}`, `/api/refs/paragraph/${citedPara}`, '/api/refs/paragraph/0',
    '/api/documents', '/api/stats', '/api/stats?by=theme,year', '/api/stats?by=', '/api/stats?by=theme,colour', '/api/openapi.json', '/api/docs', '/api/docs/style.css', '/', '/api/nope',
    `/item/${encodeURIComponent(firstRecommendation.id)}`, '/commitments', '/refs/paragraph/104',
    '/?q=helpline&type=recommendation&year=2018..2023', '/?q=helpline&page=99', '/?type=memo', '/item/no-such-item', '/about', '/nope', '/favicon.ico',
  ];
  return [
    ...paths.map((path) => ({ path })),
    { path: '/api/search?q=helpline', init: { method: 'POST' } },
    { path: '/api/documents', init: { headers: { 'If-None-Match': `W/"${corpus.version}-1"` } } },
  ];
}

interface Answer { status: number; headers: Record<string, string | null>; body: unknown }

/**
 * Pages and CSV rows name the address they were served from, and the search page says how long
 * the search took: both differ between the runtimes for reasons beside the point.
 */
async function answerOf(res: Response, origin: string): Promise<Answer> {
  const headers = Object.fromEntries(COMPARED_HEADERS.map((h) => [h, res.headers.get(h)]));
  let text = (await res.text()).replaceAll(origin, 'http://origin');
  if (res.headers.get('content-type')?.startsWith('text/html')) text = text.replace(/ · (&lt;1|\d+) ms</g, ' · (time) ms<');
  let body: unknown = text;
  if (res.headers.get('content-type')?.startsWith('application/json')) {
    body = JSON.parse(text);
    if (body && typeof body === 'object' && 'tookMs' in body) (body as { tookMs?: number }).tookMs = 0;
  }
  return { status: res.status, headers, body };
}

describe.skipIf(!HAS_CORPUS)('Worker runtime answers like the Node entry', () => {
  let worker: DevWorker;
  let corpus: LoadedCorpus;

  beforeAll(async () => {
    corpus = loadCorpusFromDir(CORPUS_DIR);
    worker = await startWranglerDev();
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
  });

  it('gives the same answers for the same requests', async () => {
    const app = createApp(corpus);
    const timings: number[] = [];
    for (const { path, init } of requestsFor(corpus)) {
      const started = performance.now();
      const fromWorker = await answerOf(await fetch(worker.url + path, init), worker.url.replace(/\/$/, ''));
      timings.push(performance.now() - started);
      const fromNode = await answerOf(await app.request(path, init), 'http://localhost');
      expect(fromWorker, `${init?.method ?? 'GET'} ${path}`).toEqual(fromNode);
      expect(fromWorker.status, path).toBeLessThan(500);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(`wrangler dev over loopback: first request ${timings[0].toFixed(1)} ms, median ${sorted[sorted.length >> 1].toFixed(1)} ms over ${timings.length} requests`);
  }, 120_000);
});
