// The coordinator: one query fanned out to every shard at once, each asked for the keys of
// its top offset + limit hits (any of them may hold the whole page), merged and paged here;
// then each shard holding hits of the page is asked for those hits only, so the items read are
// the page's, however deep the page and however many shards. A shard that fails fails the
// query: a silently partial answer would under-count what a researcher exports.
//
// Keys first, hits second, even for a first page. Asking every shard for the hits of its own
// first `limit` keys saves the second call but builds and sends shards × limit hits for a page
// of `limit`: at 10 shards in one process (as wrangler dev runs them), the coordinator's p50
// was 31.5 ms that way against 17.5 ms keys first (320 KB against 66 KB of shard answers per
// search; bench/sharded-scale-bench.ts's corpus at 100×, in process). With a single shard the
// two are the same page, and the hits come with the keys in one call.
import type { SearchHit, SearchParams, SearchResult } from '../search/index.js';
import { mergeShardRankings, pageOf, type PlacedKey } from './merge.js';
import type { ShardClient, ShardKey } from './types.js';

/**
 * Hits asked of one shard per call. Each may need its question and the question's lead-in
 * read too, and an item not held by the isolate costs up to three operations (cache match, KV
 * read, cache put): 100 hits stay under the 1,000 operations a Worker invocation may make
 * (Cloudflare's KV limits). The API's pages are at most 100 hits; exports take several calls.
 */
export const HITS_PER_CALL = 100;

export interface ShardCoordinator {
  search(params: SearchParams): Promise<SearchResult>;
  readonly shardCount: number;
}

export class ShardSearchError extends Error {
  constructor(readonly shard: number, cause: unknown) {
    super(`shard ${shard} did not answer: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ShardSearchError';
  }
}

export function createShardCoordinator(clients: readonly ShardClient[]): ShardCoordinator {
  if (clients.length === 0) throw new Error('a shard coordinator needs at least one shard client');
  return {
    shardCount: clients.length,
    async search(params) {
      const page = pageOf(params);
      const perShard: SearchParams = { ...params, offset: 0, limit: page.offset + page.limit };
      const failed = (shard: number) => (err: unknown): never => { throw err instanceof ShardSearchError ? err : new ShardSearchError(shard, err); };
      // One shard's first `limit` keys are the first page: their hits come with them.
      const withHits = clients.length === 1 && page.offset === 0 && page.limit <= HITS_PER_CALL ? page.limit : 0;
      const rankings = await Promise.all(clients.map((client, shard) => client.rank(perShard, withHits).catch(failed(shard))));
      const { page: placed, ...merged } = mergeShardRankings(rankings, params.sort, page);
      const hits = new Map<PlacedKey, SearchHit>();
      const missing = placed.filter((p) => {
        const given = rankings[p.shard].hits?.[p.at];
        if (given) hits.set(p, given);
        return !given;
      });
      await Promise.all(callsOf(missing).map(async ({ shard, chunk }) => {
        const found = await clients[shard].hits(params, chunk.map((p) => p.key)).catch(failed(shard));
        if (found.length !== chunk.length) failed(shard)(new Error(`answered ${found.length} hits for ${chunk.length} keys`));
        chunk.forEach((p, k) => hits.set(p, found[k]));
      }));
      return { ...merged, hits: placed.map((p) => hits.get(p)!) };
    },
  };
}

/** The page's keys grouped by shard, in calls of at most HITS_PER_CALL. */
function callsOf(placed: readonly PlacedKey[]): { shard: number; chunk: PlacedKey[] }[] {
  const byShard = new Map<number, PlacedKey[]>();
  for (const p of placed) {
    const list = byShard.get(p.shard);
    if (list) list.push(p);
    else byShard.set(p.shard, [p]);
  }
  const calls: { shard: number; chunk: PlacedKey[] }[] = [];
  for (const [shard, list] of byShard) {
    for (let at = 0; at < list.length; at += HITS_PER_CALL) calls.push({ shard, chunk: list.slice(at, at + HITS_PER_CALL) });
  }
  return calls;
}

export type { ShardKey };
