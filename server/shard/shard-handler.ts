// What a shard answers: POST /shard/rank with SearchParams (and withHits) as JSON → ShardRanking;
// POST /shard/hits with { params, keys } → the hits of those keys; POST /shard/lookup (items by
// id, links, citing items, cross-tabulation: shard-lookups.ts). One answerer from path and JSON
// text to status and JSON text, served by the shard Worker's RPC entry (post) and, as a plain
// fetch handler, to a Durable Object's fetch, a URL or a Node test.
import { rankWithHits, SHARD_HITS_PATH, SHARD_RANK_PATH, type ShardReply, type ShardSearcher } from '../../core/shard/clients.js';
import { errorBody } from '../errors.js';
import { parseHitsBody, parseShardBody } from './shard-params.js';
import { parseLookupBody, SHARD_LOOKUP_PATH, type ShardLookup, type ShardLookupAnswer } from './shard-lookups.js';

const reply = (body: unknown, status: number): ShardReply => ({ status, body: JSON.stringify(body) });

const badBody = (problem: string, fix: string) => reply(errorBody('invalid_parameter', { param: 'body', problem, fix }), 400);

/** What a shard answers to `method path` with that JSON text as its body: the RPC entry's and the fetch handler's one logic. */
export type ShardAnswerer = (method: string, path: string, text: string) => Promise<ShardReply>;

export function createShardAnswerer(shard: ShardSearcher, lookup?: (request: ShardLookup) => Promise<ShardLookupAnswer>): ShardAnswerer {
  return async (method, pathname, text) => {
    if (method === 'POST' && pathname === SHARD_RANK_PATH) {
      const body = parseShardBody(text);
      return body.ok ? reply(await rankWithHits(shard, body.params, body.withHits), 200) : badBody(body.problem, 'POST SearchParams as JSON.');
    }
    if (method === 'POST' && pathname === SHARD_HITS_PATH) {
      const body = parseHitsBody(text);
      if (!body.ok) return badBody(body.problem, 'POST { params, keys } with keys as /shard/rank gave them.');
      try {
        return reply(await shard.hits(body.params, body.keys), 200);
      } catch (err) {
        // A key this shard never gave (another split, or made up).
        if (err instanceof RangeError) return badBody(err.message, 'Ask /shard/rank again for this shard\'s keys.');
        throw err;
      }
    }
    if (method === 'POST' && pathname === SHARD_LOOKUP_PATH && lookup) {
      const body = parseLookupBody(text);
      return body.ok ? reply(await lookup(body.lookup), 200) : badBody(body.problem, 'POST a shard lookup as JSON (server/shard/shard-lookups.ts).');
    }
    return reply(errorBody('route_not_found', { method, path: pathname }), 404);
  };
}

/** The answerer as a fetch handler. */
export function createShardHandler(shard: ShardSearcher, lookup?: (request: ShardLookup) => Promise<ShardLookupAnswer>): (request: Request) => Promise<Response> {
  const answer = createShardAnswerer(shard, lookup);
  return async (request) => responseOf(await answer(request.method, new URL(request.url).pathname, await request.text()));
}

export const responseOf = ({ status, body }: ShardReply): Response =>
  new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
