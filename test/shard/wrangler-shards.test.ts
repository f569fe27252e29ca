// Several shards as separate Workers under wrangler dev (offline, loopback): the coordinator
// Worker reaches them over service bindings, the shards read their items from wrangler dev's
// local Workers KV (uploaded by upload-items.ts), and /api/search answers exactly what the
// unsharded engine answers in process — exact scores survive the JSON hops.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { loadSearchEngine } from '../../core/search/index.js';
import type { SearchEngine, SearchParams } from '../../core/search/index.js';
import { writeShards } from '../../scripts/shards/write-shards.js';
import { uploadItems } from '../../scripts/shards/upload-items.js';
import { createApp } from '../../server/app.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { PROJECT_ROOT } from '../worker/wrangler-process.js';
import { ANSWER_FACETS } from '../../server/routes/search.request.js';
import { parityPaths } from './parity-paths.js';
import { startMultiWorkerDev, type MultiWorkerDev } from './wrangler-multi.js';

const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');
const HAS_CORPUS = existsSync(join(CORPUS_DIR, 'items.json'));

const QUERIES: [string, SearchParams][] = [
  ['q=helpline', { q: 'helpline' }],
  ['q=victims%20of%20trafficking&limit=30', { q: 'victims of trafficking', limit: 30 }],
  ['q=trafficing%20vicitms', { q: 'trafficing vicitms' }],
  ['q=child%20protection&theme=child-protection&year=2018..2023', { q: 'child protection', filters: { theme: ['child-protection'], year: { from: 2018, to: 2023 } } }],
  ['q=exploitation&sort=year&offset=10&limit=15', { q: 'exploitation', sort: 'year', offset: 10, limit: 15 }],
  ['commitment=true&sort=deadline', { q: '', filters: { commitment: true }, sort: 'deadline' }],
  // The filters and the reading that only the public API's parameters reach: carried to every shard.
  ['fulfilment=met&responsible=MOI', { q: '', filters: { fulfilment: ['met'], responsible: ['MOI'] } }],
  ['q=helpine&verbatim=true', { q: 'helpine', verbatim: true }],
  ['q=paragraph%20104', { q: 'paragraph 104' }],
];

describe.skipIf(!HAS_CORPUS)('shards as separate Workers under wrangler dev', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'shards-'));
  let dev: MultiWorkerDev;
  let whole: SearchEngine;
  let items: Item[];
  let single: ReturnType<typeof createApp>;

  beforeAll(async () => {
    items = JSON.parse(readFileSync(join(CORPUS_DIR, 'items.json'), 'utf8')) as Item[];
    single = createApp(loadCorpusFromDir(CORPUS_DIR));
    // The engine the unsharded server ships: the indexer's snapshot, not a rebuild from the lexicon alone.
    whole = loadSearchEngine(readFileSync(join(CORPUS_DIR, 'search-index.json'), 'utf8'), items);
    const written = writeShards({ corpusDir: CORPUS_DIR, outDir, maxItemsPerShard: Math.ceil(items.length / 3), name: 'shard-test' });
    expect(written.plan.shards.length).toBeGreaterThanOrEqual(3);
    // The shards bundle no item: they read them from wrangler dev's local KV, put there as a deployment puts them.
    const persistTo = join(outDir, 'state');
    await uploadItems(outDir, { remote: false, persistTo });
    dev = await startMultiWorkerDev([written.coordinatorConfig, ...written.shardConfigs], 90_000, persistTo);
  }, 180_000);
  afterAll(async () => {
    await dev?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(QUERIES)('GET /api/search?%s equals the unsharded engine', async (query, params) => {
    const response = await fetch(`${dev.url}/api/search?${query}`);
    expect(response.status).toBe(200);
    const body = await response.json() as { count: number; hits: (Item & { score: number; partial: boolean; highlights: object })[]; facets: unknown; parsed: unknown };
    // The public API counts every facet (search.request.ts).
    const expected = whole.search({ limit: 20, offset: 0, facets: ANSWER_FACETS, ...params });
    expect(body.hits.map((hit) => [hit.id, hit.score, hit.partial, hit.highlights]))
      .toEqual(expected.hits.map((hit) => [hit.item.id, hit.score, hit.partial === true, hit.highlights]));
    expect(body.count).toBe(expected.count);
    expect(body.facets).toEqual(expected.facets);
    expect(body.parsed).toEqual(expected.parsed);
  });

  it('answers bad input with the API\'s 400 and unknown routes with 404', async () => {
    expect((await fetch(`${dev.url}/api/search?limit=500`)).status).toBe(400);
    expect((await fetch(`${dev.url}/api/nothing-here`)).status).toBe(404);
  });

  it.each([
    ['status=met', 'unknown_parameter', 'Did you mean "fulfilment"?'],
    ['body=constructor', 'value_not_allowed', 'Use one of: Lanzarote Committee, '],
    ['responsible=Ministry', 'value_not_allowed', 'MOI'],
    ['fulfilment=done', 'value_not_allowed', 'met, partially-met, not-met, different'],
  ])('refuses %s as the single Worker does, the corpus values taken from the shards', async (query, code, listed) => {
    const response = await fetch(`${dev.url}/api/search?${query}`);
    expect(response.status).toBe(400);
    const { error } = await response.json() as { error: { code: string; message: string } };
    expect(error.code).toBe(code);
    expect(error.message).toContain(listed);
  });

  it('answers items, refs, documents and stats through the service bindings as the single app does', async () => {
    // Every 5th item (the in-process test asks for all of them) and every other request.
    const paths = parityPaths(items).filter((path, k) => !path.startsWith('/api/items/') || k % 5 === 0);
    for (const path of paths) {
      const [expected, got] = await Promise.all([single.request(path), fetch(`${dev.url}${path}`)]);
      expect(`${path} → ${got.status}`).toBe(`${path} → ${expected.status}`);
      expect(await got.json(), path).toEqual(await expected.json());
    }
  }, 120_000);

  it.each(['/?q=helpline', '/about', '/commitments', '/refs/paragraph/104'])('renders the page %s as the single app does', async (path) => {
    const [expected, got] = await Promise.all([single.request(path), fetch(`${dev.url}${path}`)]);
    expect(got.status).toBe(expected.status);
    const timing = (html: string) => html.replace(/ · (?:&lt;|<)?\d+ ms/g, ' · N ms');
    // Absolute links name the origin asked: the test's app answers as http://localhost.
    expect(timing((await got.text()).replaceAll(dev.url, 'http://localhost'))).toBe(timing(await expected.text()));
  });

  it('answers MCP tools through the service bindings as the single app does', async () => {
    const item = items.find((candidate) => candidate.respondsTo && candidate.footnotes?.length) ?? items[0];
    for (const params of [{ name: 'search', arguments: { q: 'helpline', limit: 5 } }, { name: 'get_item', arguments: { id: item.id } }]) {
      const init = {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params }),
      };
      const [expected, got] = await Promise.all([single.request('/mcp', init), fetch(`${dev.url}/mcp`, init)]);
      expect(got.status).toBe(200);
      expect(JSON.parse((await got.text()).replaceAll(dev.url, 'http://localhost'))).toEqual(await expected.json());
    }
  });
});
