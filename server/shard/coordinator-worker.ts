// Cloudflare Workers entry of the coordinator of a sharded deployment (the entry that
// write-shards.ts generates calls createCoordinatorWorker with its coordinator.json): the
// API's routes, each validated exactly as the single Worker validates it, answered through
// the service bindings SHARD_0, SHARD_1, … (one per shard Worker): /api/search fanned out and
// merged (core/shard), the others in coordinator-routes.ts.
import { Hono } from 'hono';
import { createShardCoordinator, fetchShardClient } from '../../core/shard/index.js';
import type { FetchTarget, ShardCoordinator } from '../../core/shard/index.js';
import { errorBody } from '../errors.js';
import { searchParamsOf, SearchQuerySchema } from '../routes/search.request.js';
import { searchAnswer, searchAnswerJson } from '../routes/search-response.js';
import { issueToErrorBody } from '../validate.js';
import { registerCoordinatorRoutes, type CoordinatorCorpus } from './coordinator-routes.js';

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

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

async function search(request: Request, coordinator: ShardCoordinator): Promise<Response> {
  const url = new URL(request.url);
  const raw = rawQuery(url);
  const parsed = SearchQuerySchema.safeParse(raw);
  if (!parsed.success) return json(issueToErrorBody(parsed.error.issues[0], raw), 400);
  const params = searchParamsOf(parsed.data);
  const started = performance.now();
  // A shard that fails throws ShardSearchError: the app's error handler answers 503 naming it.
  const result = await coordinator.search(params);
  // In a Worker the clock advances only on I/O, here the shards' answers: their wait, rounded.
  const tookMs = Math.round((performance.now() - started) * 1000) / 1000;
  return new Response(searchAnswerJson(searchAnswer(params, result, tookMs)), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** The coordinator's app over the given shards (service bindings in a Worker, anything with fetch in a test). */
export function createCoordinatorApp(shards: readonly FetchTarget[], whole: CoordinatorCorpus): Hono {
  if (shards.length === 0) throw new Error('no shard bindings (SHARD_0, SHARD_1, …): check the coordinator\'s wrangler.toml');
  const coordinator = createShardCoordinator(shards.map((binding) => fetchShardClient(binding)));
  const app = new Hono();
  app.get('/api/search', (c) => search(c.req.raw, coordinator));
  registerCoordinatorRoutes(app, shards, whole);
  app.notFound((c) => c.json(errorBody('route_not_found', { method: c.req.method, path: new URL(c.req.url).pathname }), 404));
  return app;
}

export function createCoordinatorWorker(wholeText: unknown): { fetch(request: Request, env: Record<string, unknown>): Promise<Response> } {
  if (typeof wholeText !== 'string') throw new Error('coordinator.json was not bundled as text: check [[rules]] in the coordinator\'s wrangler.toml');
  const whole = JSON.parse(wholeText) as CoordinatorCorpus;
  let app: Hono | undefined;
  return {
    fetch: async (request, env) => (app ??= createCoordinatorApp(shardBindings(env), whole)).fetch(request, env),
  };
}
