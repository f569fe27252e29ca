// At 10× the seeds (the bench's replicated corpus), a sharded deployment (shard Workers'
// handlers behind fetch, the coordinator's app) gives the unsharded engine's answers for every
// query of the relevance suites, and the single app's answers for the API parity requests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScaledCorpus } from '../../bench/scaled-corpus.js';
import type { Item } from '../../core/schema.js';
import type { SearchParams, SearchResult } from '../../core/search/index.js';
import { createShardCoordinator, remoteShardClient, type ShardTarget, type ShardCoordinator } from '../../core/shard/index.js';
import { writeShards } from '../../scripts/shards/write-shards.js';
import { createApp } from '../../server/app.js';
import type { LoadedCorpus } from '../../server/corpus.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { createCoordinatorApp } from '../../server/shard/coordinator-worker.js';
import type { CoordinatorCorpus } from '../../server/shard/coordinator-corpus.js';
import { inProcessShards, localItemsNamespace, type LocalItems } from './items-kv.js';
import { RELEVANCE_QUERIES } from '../search/relevance-queries.js';
import { USER_QUERIES } from '../search/relevance-suite.js';
import { CORPUS_DIR, HAS_CORPUS } from '../worker/corpus-presence.js';
import { parityPaths } from './parity-paths.js';


const FACTOR = 10;
/** About this many shards: a shard holds whole documents, so the plan may need one more. */
const SHARDS = 4;

/** The /api/ requests of the Worker parity test (test/worker/parity.test.ts) that the coordinator serves. */
function apiRequests(items: readonly Item[]): string[] {
  const firstRecommendation = items.find((i) => i.type === 'recommendation') ?? items[0];
  const citedRec = items.flatMap((i) => i.refs?.recommendations ?? [])[0] ?? 'I-1';
  return [
    '/api/search?q=helpline', '/api/search?q=child%20protection&limit=5', '/api/search?q=%22sexual%20abuse%22',
    '/api/search?q=victims%20-trafficking', '/api/search?q=helpine', '/api/search?type=recommendation&urgency=require',
    '/api/search?theme=child-protection&theme=education&year=2018..2023', '/api/search?commitment=true&sort=deadline',
    '/api/search?q=children&type=recommendation&theme=education&year=2015..&disjunctiveFacets=true',
    '/api/search?body=Lanzarote%20Committee&limit=0', '/api/search?q=training&offset=5&limit=3&sort=year',
    `/api/search?ref=${encodeURIComponent(citedRec)}`, '/api/search?q=police&format=csv', '/api/search?q=police&format=json',
    '/api/search?q=police&format=atom', '/api/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/api/search?q=((((a', '/api/search?limit=101',
    '/api/search?type=memo', '/api/search?year=2023..2018', `/api/search?q=${'x'.repeat(501)}`,
    '/api/search?q=trafficking&offset=95&limit=100', `/api/items/${firstRecommendation.id}~3`,
  ];
}

async function answer(response: Response): Promise<{ status: number; body: unknown }> {
  const text = await response.text();
  if (!response.headers.get('content-type')?.includes('json')) return { status: response.status, body: text.replace(/<updated>[^<]*<\/updated>/g, '') };
  const body = JSON.parse(text) as { tookMs?: number };
  if (body && typeof body === 'object' && 'tookMs' in body) body.tookMs = 0;
  return { status: response.status, body };
}

const view = (result: SearchResult) => ({
  count: result.count, facets: result.facets, parsed: result.parsed,
  hits: result.hits.map((hit) => [hit.item.id, hit.score, hit.partial === true, hit.highlights]),
});

describe.skipIf(!HAS_CORPUS)(`a sharded deployment at ${FACTOR}× the seeds`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parity-10x-'));
  let items: Item[];
  let corpus: LoadedCorpus;
  let single: ReturnType<typeof createApp>;
  let shards: ShardTarget[];
  let coordinator: ShardCoordinator;
  let coordinatorApp: ReturnType<typeof createCoordinatorApp>;

  let itemsKv: LocalItems;

  beforeAll(async () => {
    items = writeScaledCorpus(CORPUS_DIR, FACTOR, join(dir, 'corpus')).items;
    corpus = loadCorpusFromDir(join(dir, 'corpus'));
    single = createApp(corpus);
    const written = writeShards({ corpusDir: join(dir, 'corpus'), outDir: join(dir, 'shards'), maxItemsPerShard: Math.ceil(items.length / SHARDS), name: 'parity-10x' });
    expect(written.plan.shards.length).toBeGreaterThanOrEqual(SHARDS);
    itemsKv = await localItemsNamespace(written.itemFiles);
    shards = inProcessShards(join(dir, 'shards'), written.plan.shards.length, itemsKv);
    coordinator = createShardCoordinator(shards.map((shard) => remoteShardClient(shard)));
    coordinatorApp = createCoordinatorApp(shards, JSON.parse(readFileSync(join(dir, 'shards', 'coordinator.json'), 'utf8')) as CoordinatorCorpus);
  }, 180_000);
  afterAll(async () => {
    await itemsKv?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranks every relevance suite query as the unsharded engine does (ids, exact scores, highlights, facets)', async () => {
    const queries = [...RELEVANCE_QUERIES, ...USER_QUERIES];
    expect(queries.length).toBeGreaterThan(50);
    for (const { query, filters } of queries) {
      for (const params of [{ q: query, filters, limit: 20 }, { q: query, filters, offset: 10, limit: 40 }] as SearchParams[]) {
        expect(view(await coordinator.search(params)), JSON.stringify(params)).toEqual(view(corpus.engine.search(params)));
      }
    }
  });

  it('answers the API parity requests, items, refs, documents and stats as the single app does', async () => {
    const paths = [...apiRequests(items), ...parityPaths(items).filter((path, k) => !path.startsWith('/api/items/') || k % 10 === 0)];
    for (const path of paths) {
      const [expected, got] = await Promise.all([Promise.resolve(single.request(path)).then(answer), Promise.resolve(coordinatorApp.request(path)).then(answer)]);
      expect(got, path).toEqual(expected);
    }
  }, 60_000);
});
