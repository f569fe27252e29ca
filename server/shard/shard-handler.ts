// A shard's HTTP face: POST /shard/search with SearchParams as JSON → ShardResult as JSON.
// Plain fetch-handler shape, so the same function serves a shard Worker behind a service
// binding, a Durable Object's fetch, or a Node test.
import { SHARD_SEARCH_PATH } from '../../core/shard/clients.js';
import type { ShardResult } from '../../core/shard/types.js';
import type { SearchParams } from '../../core/search/index.js';
import { errorBody } from '../errors.js';
import { parseShardBody } from './shard-params.js';

export interface ShardSearcher {
  search(params: SearchParams): ShardResult;
}

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export function createShardHandler(shard: ShardSearcher): (request: Request) => Promise<Response> {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname !== SHARD_SEARCH_PATH || request.method !== 'POST') {
      return json(errorBody('route_not_found', { method: request.method, path: pathname }), 404);
    }
    const body = parseShardBody(await request.text());
    if (!body.ok) {
      return json(errorBody('invalid_parameter', { param: 'body', problem: body.problem, fix: 'POST SearchParams as JSON.' }), 400);
    }
    return json(shard.search(body.params), 200);
  };
}
