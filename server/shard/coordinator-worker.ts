// Cloudflare Workers entry of the coordinator of a sharded deployment: GET /api/search,
// validated exactly as the single-Worker API validates it, fanned out over the service
// bindings SHARD_0, SHARD_1, … (one per shard Worker) and merged (core/shard). The other API
// routes need the owning shard of an item and are not served here yet (README, "Beyond one Worker: shards").
import { createShardCoordinator, fetchShardClient, ShardSearchError } from '../../core/shard/index.js';
import type { FetchTarget, ShardCoordinator } from '../../core/shard/index.js';
import type { SearchFilters, SearchParams } from '../../core/search/index.js';
import { errorBody } from '../errors.js';
import { DEFAULT_LIMIT, SearchQuerySchema, type SearchQuery } from '../routes/search.request.js';
import { hitItem } from '../routes/search-response.js';
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

// The same mapping as server/routes/search.handlers.ts (not exported there).
function toSearchParams(query: SearchQuery): SearchParams {
  const filters: SearchFilters = {};
  for (const field of ['type', 'urgency', 'body', 'theme', 'document', 'addressee', 'ref'] as const) {
    if (query[field]) filters[field] = query[field];
  }
  if (query.year) filters.year = query.year;
  if (query.commitment !== undefined) filters.commitment = query.commitment;
  return { q: query.q ?? '', filters, limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset ?? 0, ...(query.sort ? { sort: query.sort } : {}) };
}

async function search(request: Request, coordinator: ShardCoordinator): Promise<Response> {
  const url = new URL(request.url);
  const raw = rawQuery(url);
  const parsed = SearchQuerySchema.safeParse(raw);
  if (!parsed.success) return json(issueToErrorBody(parsed.error.issues[0], raw), 400);
  const params = toSearchParams(parsed.data);
  let result;
  try {
    result = await coordinator.search(params);
  } catch (err) {
    // Not the client's fault and not a bug in the request path: a shard is down or slow.
    if (!(err instanceof ShardSearchError)) throw err;
    return json({ error: { code: 'shard_unavailable', message: `${err.message}. Retry in a moment.` } }, 503);
  }
  return json({
    query: { q: params.q, filters: params.filters, limit: params.limit, offset: params.offset, sort: params.sort },
    count: result.count,
    hits: result.hits.map((hit) => ({ ...hitItem(hit.item), score: hit.score, partial: hit.partial === true, highlights: hit.highlights })),
    facets: result.facets,
    parsed: result.parsed,
  }, 200);
}

let coordinator: ShardCoordinator | undefined;

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
