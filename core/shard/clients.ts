// Ways to reach a shard. In-process for tests, the bench and a single Worker holding a few
// shards; by Workers RPC for shard Workers behind service bindings (the deployment); over
// fetch for a shard in a Durable Object (a stub's `fetch`), behind a URL, or a Node test's
// handler. Either way the wire format is the same JSON: unrounded scores survive it exactly
// (JSON numbers round-trip doubles).
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

/** A shard's answer to one call: the HTTP status it would answer and its JSON text. */
export interface ShardReply {
  status: number;
  body: string;
}

/**
 * A shard reached by Workers RPC: its entrypoint's `post` method (the generated shard entry,
 * scripts/shards/write-shards.ts) answers what POST <path> with that JSON body would. The same
 * validated JSON as over fetch, without an HTTP request and response per call: under wrangler
 * dev a service binding's fetch costs 1.3–1.5 ms per call against some 0.05 ms for an RPC call
 * (ten calls in parallel from one Worker to another, median of 200: 16.1–19.0 ms against
 * 3.7–4.6 ms, the bare request 3.8–3.9 ms).
 */
export interface RpcTarget {
  post(path: string, body: string): Promise<ShardReply>;
}

/** How the coordinator reaches one shard. */
export type ShardTarget = FetchTarget | RpcTarget;

export interface FetchShardOptions {
  /** Only the path matters for a binding or a stub; the host is never resolved. */
  origin?: string;
  /** Per shard request; a shard slower than this fails the query rather than hanging it. */
  timeoutMs?: number;
}

export const SHARD_RANK_PATH = '/shard/rank';
export const SHARD_HITS_PATH = '/shard/hits';

/** A POST of JSON to a shard, by RPC or fetch; resolves to the answer's text and parsed JSON, rejects on a status other than 200. */
export type ShardPost = (path: string, body: unknown) => Promise<{ text: string; json: unknown }>;

export function shardPost(target: ShardTarget, options: FetchShardOptions = {}): ShardPost {
  const origin = options.origin ?? 'https://shard.internal';
  const timeoutMs = options.timeoutMs ?? 5_000;
  const reply = 'post' in target
    ? (path: string, body: string) => withTimeout(target.post(path, body), timeoutMs, path)
    : async (path: string, body: string): Promise<ShardReply> => {
      const response = await target.fetch(new Request(`${origin}${path}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs),
      }));
      return { status: response.status, body: await response.text() };
    };
  return async (path, body) => {
    const { status, body: text } = await reply(path, JSON.stringify(body));
    if (status !== 200) throw new Error(`${path} answered ${status}: ${text.slice(0, 300)}`);
    return { text, json: JSON.parse(text) as unknown };
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export function remoteShardClient(target: ShardTarget, options: FetchShardOptions = {}): ShardClient {
  const post = shardPost(target, options);
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
