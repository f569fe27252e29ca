// The coordinator: one query fanned out to every shard at once, each asked for the top
// offset + limit hits (any of them may hold the whole page), merged and paged here. A shard
// that fails fails the query: a silently partial answer would under-count what a
// researcher exports.
import type { SearchParams, SearchResult } from '../search/index.js';
import { mergeShardResults, pageOf } from './merge.js';
import type { ShardClient, ShardResult } from './types.js';

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
      const results = await Promise.all(clients.map((client, shard) =>
        client.search(perShard).catch((err: unknown): ShardResult => { throw new ShardSearchError(shard, err); })));
      return mergeShardResults(results, params.sort, page);
    },
  };
}
