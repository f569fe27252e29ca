// A shard's HTTP face: POST /shard/rank with SearchParams (and withHits) as JSON → ShardRanking; POST
// /shard/hits with { params, keys } → the hits of those keys; POST /shard/lookup (items by id,
// links, citing items, cross-tabulation: shard-lookups.ts). Plain fetch-handler shape, so the
// same function serves a shard Worker behind a service binding, a Durable Object's fetch, or a
// Node test.
import { rankWithHits, SHARD_HITS_PATH, SHARD_RANK_PATH, type ShardSearcher } from '../../core/shard/clients.js';
import { errorBody } from '../errors.js';
import { parseHitsBody, parseShardBody } from './shard-params.js';
import { parseLookupBody, SHARD_LOOKUP_PATH, type ShardLookup, type ShardLookupAnswer } from './shard-lookups.js';

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

const badBody = (problem: string, fix: string) => json(errorBody('invalid_parameter', { param: 'body', problem, fix }), 400);

export function createShardHandler(shard: ShardSearcher, lookup?: (request: ShardLookup) => Promise<ShardLookupAnswer>): (request: Request) => Promise<Response> {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'POST' && pathname === SHARD_RANK_PATH) {
      const body = parseShardBody(await request.text());
      return body.ok ? json(await rankWithHits(shard, body.params, body.withHits), 200) : badBody(body.problem, 'POST SearchParams as JSON.');
    }
    if (request.method === 'POST' && pathname === SHARD_HITS_PATH) {
      const body = parseHitsBody(await request.text());
      if (!body.ok) return badBody(body.problem, 'POST { params, keys } with keys as /shard/rank gave them.');
      try {
        return json(await shard.hits(body.params, body.keys), 200);
      } catch (err) {
        // A key this shard never gave (another split, or made up).
        if (err instanceof RangeError) return badBody(err.message, 'Ask /shard/rank again for this shard\'s keys.');
        throw err;
      }
    }
    if (request.method === 'POST' && pathname === SHARD_LOOKUP_PATH && lookup) {
      const body = parseLookupBody(await request.text());
      return body.ok ? json(await lookup(body.lookup), 200) : badBody(body.problem, 'POST a shard lookup as JSON (server/shard/shard-lookups.ts).');
    }
    return json(errorBody('route_not_found', { method: request.method, path: pathname }), 404);
  };
}
