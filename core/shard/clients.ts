// Ways to reach a shard. In-process for tests, the bench and a single Worker holding a few
// shards; over fetch for shards in other Workers (a service binding's `fetch`), in Durable
// Objects (a stub's `fetch`) or behind a URL. The wire format is JSON: unrounded scores
// survive it exactly (JSON numbers round-trip doubles).
import type { SearchHit, SearchParams } from '../search/index.js';
import type { ShardClient, ShardKey, ShardRanking } from './types.js';

/** What a shard engine offers (ShardEngine), the hits phase possibly asynchronous. */
export interface ShardSearcher {
  rank(params: SearchParams): ShardRanking | Promise<ShardRanking>;
  hits(params: SearchParams, keys: readonly ShardKey[]): SearchHit[] | Promise<SearchHit[]>;
}

/** The ranking with the hits of its first `withHits` keys, as a shard answers /shard/rank. */
export async function rankWithHits(engine: ShardSearcher, params: SearchParams, withHits = 0): Promise<ShardRanking> {
  const ranking = await engine.rank(params);
  return withHits > 0 ? { ...ranking, hits: await engine.hits(params, ranking.keys.slice(0, withHits)) } : ranking;
}

export function inProcessShardClient(engine: ShardSearcher): ShardClient {
  return { rank: (params, withHits) => rankWithHits(engine, params, withHits), hits: async (params, keys) => engine.hits(params, keys) };
}

/** What service bindings (Fetcher), Durable Object stubs and `globalThis` all provide. */
export interface FetchTarget {
  fetch(request: Request): Promise<Response>;
}

export interface FetchShardOptions {
  /** Only the path matters for a binding or a stub; the host is never resolved. */
  origin?: string;
  /** Per shard request; a shard slower than this fails the query rather than hanging it. */
  timeoutMs?: number;
}

export const SHARD_RANK_PATH = '/shard/rank';
export const SHARD_HITS_PATH = '/shard/hits';

export function fetchShardClient(target: FetchTarget, options: FetchShardOptions = {}): ShardClient {
  const origin = options.origin ?? 'https://shard.internal';
  const timeoutMs = options.timeoutMs ?? 5_000;
  const post = async (path: string, body: unknown): Promise<{ text: string; json: unknown }> => {
    const response = await target.fetch(new Request(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    }));
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return { text, json: JSON.parse(text) as unknown };
  };
  return {
    async rank(params, withHits = 0) {
      const { text, json } = await post(SHARD_RANK_PATH, withHits > 0 ? { ...params, withHits } : params);
      const ranking = json as ShardRanking;
      if (typeof ranking?.count !== 'number' || !Array.isArray(ranking.keys) || typeof ranking.facets !== 'object'
        || (withHits > 0 && (!Array.isArray(ranking.hits) || ranking.hits.length !== Math.min(withHits, ranking.keys.length)))) {
        throw new Error(`${SHARD_RANK_PATH} answered 200 without a shard ranking: ${text.slice(0, 300)}`);
      }
      return ranking;
    },
    async hits(params, keys) {
      const { text, json } = await post(SHARD_HITS_PATH, { params, keys });
      if (!Array.isArray(json)) throw new Error(`${SHARD_HITS_PATH} answered 200 without a list of hits: ${text.slice(0, 300)}`);
      return json as SearchHit[];
    },
  };
}
