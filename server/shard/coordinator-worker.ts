// Cloudflare Workers entry of the coordinator of a sharded deployment: GET /api/search,
// validated exactly as the single-Worker API validates it, fanned out over the service
// bindings SHARD_0, SHARD_1, … (one per shard Worker) and merged (core/shard). The other API
// routes need the owning shard of an item and are not served here yet (README, "Beyond one Worker: shards").
import { createShardCoordinator, fetchShardClient, ShardSearchError } from '../../core/shard/index.js';
import type { FetchTarget, ShardCoordinator } from '../../core/shard/index.js';
import { filtersByCorpusValues, unknownValue, valuesOfFacets, VALUES_SEARCH, type CorpusValues } from '../corpus-values.js';
import { errorBody } from '../errors.js';
import { searchParamsOf, SearchQuerySchema } from '../routes/search.request.js';
import { searchAnswer, searchAnswerJson } from '../routes/search-response.js';
import { issueToErrorBody } from '../validate.js';

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** Service bindings named SHARD_<n>, in shard order. */
export function shardBindings(env: Record<string, unknown>): FetchTarget[] {
  return Object.keys(env).filter((key) => /^SHARD_\d+$/.test(key))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((key) => env[key] as FetchTarget);
}

/** Query string → the raw object the route schema expects (repeated keys become arrays). */
function rawQuery(url: URL): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

async function search(request: Request, coordinator: ShardCoordinator): Promise<Response> {
  const url = new URL(request.url);
  const raw = rawQuery(url);
  const parsed = SearchQuerySchema.safeParse(raw);
  if (!parsed.success) return json(issueToErrorBody(parsed.error.issues[0], raw), 400);
  const params = searchParamsOf(parsed.data);
  const started = performance.now();
  let result;
  try {
    // A value no shard holds is refused as the single Worker refuses it, from the shards' own counts.
    if (filtersByCorpusValues(params.filters)) {
      values ??= valuesOfFacets((await coordinator.search(VALUES_SEARCH)).facets);
      const refused = unknownValue(values, params.filters);
      if (refused) return json(refused, 400);
    }
    result = await coordinator.search(params);
  } catch (err) {
    // Not the client's fault and not a bug in the request path: a shard is down or slow.
    if (!(err instanceof ShardSearchError)) throw err;
    return json({ error: { code: 'shard_unavailable', message: `${err.message}. Retry in a moment.` } }, 503);
  }
  // In a Worker the clock advances only on I/O, here the shards' answers: their wait, rounded.
  const tookMs = Math.round((performance.now() - started) * 1000) / 1000;
  return new Response(searchAnswerJson(searchAnswer(params, result, tookMs)), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

let coordinator: ShardCoordinator | undefined;
/** The corpus-valued filters' values over all shards, asked once per isolate. */
let values: CorpusValues | undefined;

export default {
  async fetch(request: Request, env: Record<string, unknown>): Promise<Response> {
    coordinator ??= createShardCoordinator(shardBindings(env).map((binding) => fetchShardClient(binding)));
    const { pathname } = new URL(request.url);
    if (request.method !== 'GET' || pathname !== '/api/search') {
      return json(errorBody('route_not_found', { method: request.method, path: pathname }), 404);
    }
    return search(request, coordinator);
  },
};
