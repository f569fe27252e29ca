// Ways to reach a shard. In-process for tests, the bench and a single Worker holding a few
// shards; over fetch for shards in other Workers (a service binding's `fetch`), in Durable
// Objects (a stub's `fetch`) or behind a URL. The wire format is the ShardResult as JSON:
// unrounded scores survive it exactly (JSON numbers round-trip doubles).
import type { SearchParams } from '../search/index.js';
import type { ShardClient, ShardResult } from './types.js';

export function inProcessShardClient(engine: { search(params: SearchParams): ShardResult | Promise<ShardResult> }): ShardClient {
  return { search: async (params) => engine.search(params) };
}

/** What service bindings (Fetcher), Durable Object stubs and `globalThis` all provide. */
export interface FetchTarget {
  fetch(request: Request): Promise<Response>;
}

export interface FetchShardOptions {
  /** Only the path matters for a binding or a stub; the host is never resolved. */
  url?: string;
  /** Per shard request; a shard slower than this fails the query rather than hanging it. */
  timeoutMs?: number;
}

export const SHARD_SEARCH_PATH = '/shard/search';
const DEFAULT_URL = `https://shard.internal${SHARD_SEARCH_PATH}`;

export function fetchShardClient(target: FetchTarget, options: FetchShardOptions = {}): ShardClient {
  const url = options.url ?? DEFAULT_URL;
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async search(params) {
      const response = await target.fetch(new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
        signal: AbortSignal.timeout(timeoutMs),
      }));
      const text = await response.text();
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
      const result = JSON.parse(text) as ShardResult;
      if (typeof result?.count !== 'number' || !Array.isArray(result.hits) || typeof result.facets !== 'object') {
        throw new Error(`${url} answered 200 without a shard result: ${text.slice(0, 300)}`);
      }
      return result;
    },
  };
}
