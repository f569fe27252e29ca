// A shard's HTTP face: POST /shard/search with SearchParams as JSON → ShardResult as JSON, and
// POST /shard/lookup (items by id, links, citing items, cross-tabulation: shard-lookups.ts).
// Plain fetch-handler shape, so the same function serves a shard Worker behind a service
// binding, a Durable Object's fetch, or a Node test.
import { SHARD_SEARCH_PATH } from '../../core/shard/clients.js';
import type { ShardResult } from '../../core/shard/types.js';
import type { SearchParams } from '../../core/search/index.js';
import { errorBody } from '../errors.js';
import { parseShardBody } from './shard-params.js';
import { parseLookupBody, SHARD_LOOKUP_PATH, type ShardLookup, type ShardLookupAnswer } from './shard-lookups.js';

export interface ShardSearcher {
  search(params: SearchParams): ShardResult | Promise<ShardResult>;
}

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

const badBody = (problem: string, fix: string) => json(errorBody('invalid_parameter', { param: 'body', problem, fix }), 400);

export function createShardHandler(shard: ShardSearcher, lookup?: (request: ShardLookup) => Promise<ShardLookupAnswer>): (request: Request) => Promise<Response> {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'POST' && pathname === SHARD_SEARCH_PATH) {
      const body = parseShardBody(await request.text());
      return body.ok ? json(await shard.search(body.params), 200) : badBody(body.problem, 'POST SearchParams as JSON.');
    }
    if (request.method === 'POST' && pathname === SHARD_LOOKUP_PATH && lookup) {
      const body = parseLookupBody(await request.text());
      return body.ok ? json(await lookup(body.lookup), 200) : badBody(body.problem, 'POST a shard lookup as JSON (server/shard/shard-lookups.ts).');
    }
    return json(errorBody('route_not_found', { method: request.method, path: pathname }), 404);
  };
}
