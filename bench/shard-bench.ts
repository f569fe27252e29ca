// The sharded layout at a large scale, in-process: split cost, what one shard ships and
// keeps in memory (against the Worker's 128 MB), and query latency through the coordinator.
// In-process shards run one after another on one thread, so the coordinator's time is the
// sum over shards; deployed as separate Workers they run in parallel, so the slowest shard
// (plus a service-binding hop) is what a query waits for: both are reported.
import { gzipSync } from 'node:zlib';
import type { Item } from '../core/schema.js';
import { buildSearchEngine, loadSearchEngine, serializeSearchEngine } from '../core/search/index.js';
import type { Lexicon, SearchParams } from '../core/search/index.js';
import { createShardCoordinator, loadShardEngine, planShards, splitSnapshot } from '../core/shard/index.js';
import type { ShardClient, ShardFiles, ShardRanking } from '../core/shard/index.js';
import { TOP_K } from './engines/types.js';
import { latencyOf, measureRetained, timeMs } from './measure.js';
import type { Latency } from './measure.js';
import { FACETED, PLAIN } from './queries.js';

export interface ShardBenchRun {
  items: number;
  shards: number;
  maxItemsPerShard: number;
  splitMs: number;
  largest: {
    items: number; snapshotBytes: number; snapshotGzipBytes: number; itemsJsonBytes: number; itemsJsonGzipBytes: number;
    itemsBytes: number; engineBytes: number;
    /** The same items indexed as a corpus of their own (local statistics): what global statistics cost. */
    localEngineBytes: number; localSnapshotBytes: number;
  };
  coordinator: Latency;
  slowestShard: Latency;
  /** Queries whose top 10 equals the unsharded engine's (should be all). */
  sameTop: number;
  queries: number;
}

export async function benchShards(items: Item[], lexicon: Lexicon, snapshot: string, shardCount: number, rounds: number): Promise<ShardBenchRun> {
  const maxItemsPerShard = Math.ceil(items.length / shardCount);
  let files: ShardFiles[] = [];
  const splitMs = timeMs(() => { files = splitSnapshot(snapshot, items, planShards(items, maxItemsPerShard)); });

  // The largest shard as its Worker would hold it: items parsed from their own JSON, the engine loaded.
  const largestFiles = files.reduce((a, b) => (b.items.length > a.items.length ? b : a));
  const itemsJson = JSON.stringify(largestFiles.items);
  const parsedItems = measureRetained(() => JSON.parse(itemsJson) as Item[]);
  const largestEngine = measureRetained(() => loadShardEngine(largestFiles.snapshot, parsedItems.value));
  const localSnapshot = serializeSearchEngine(buildSearchEngine(parsedItems.value, lexicon));
  const localEngineBytes = measureRetained(() => loadSearchEngine(localSnapshot, parsedItems.value)).bytes;

  // Per query, each shard's time: its ranking plus the hits of the page it holds.
  let shardTimes: number[] = [];
  const timed: ShardClient[] = files.map((f) => (f === largestFiles ? largestEngine.value : loadShardEngine(f.snapshot, f.items)))
    .map((shard, index) => ({
      rank: async (params: SearchParams): Promise<ShardRanking> => {
        const started = performance.now();
        const ranking = shard.rank(params);
        shardTimes[index] = (shardTimes[index] ?? 0) + performance.now() - started;
        return ranking;
      },
      hits: async (params, keys) => {
        const started = performance.now();
        const hits = await shard.hits(params, keys);
        shardTimes[index] = (shardTimes[index] ?? 0) + performance.now() - started;
        return hits;
      },
    }));
  const coordinator = createShardCoordinator(timed);
  const whole = loadSearchEngine(snapshot, items);
  const queries = [...PLAIN, ...FACETED].map((query): SearchParams => ({ q: query.q, filters: query.filters, limit: TOP_K }));

  for (const params of queries) await coordinator.search(params); // warm-up
  const totals: number[] = [];
  const slowest: number[] = [];
  let sameTop = 0;
  for (let round = 0; round < rounds; round++) {
    for (const params of queries) {
      shardTimes = [];
      const started = performance.now();
      const result = await coordinator.search(params);
      totals.push(performance.now() - started);
      slowest.push(Math.max(...shardTimes.filter((t) => t !== undefined)));
      if (round === 0 && sameIds(result.hits, whole.search(params).hits)) sameTop++;
    }
  }
  return {
    items: items.length, shards: files.length, maxItemsPerShard, splitMs,
    largest: {
      items: largestFiles.items.length,
      snapshotBytes: Buffer.byteLength(largestFiles.snapshot), snapshotGzipBytes: gzipSync(largestFiles.snapshot, { level: 9 }).length,
      itemsJsonBytes: Buffer.byteLength(itemsJson), itemsJsonGzipBytes: gzipSync(itemsJson, { level: 9 }).length,
      itemsBytes: parsedItems.bytes, engineBytes: largestEngine.bytes,
      localEngineBytes, localSnapshotBytes: Buffer.byteLength(localSnapshot),
    },
    coordinator: latencyOf(totals), slowestShard: latencyOf(slowest), sameTop, queries: queries.length,
  };
}

function sameIds(a: readonly { item: Item }[], b: readonly { item: Item }[]): boolean {
  return a.length === b.length && a.every((hit, k) => hit.item.id === b[k].item.id);
}
