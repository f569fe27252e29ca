// Cloudflare Workers entry of the coordinator of a sharded deployment (the entry that
// write-shards.ts generates calls createCoordinatorWorker with its coordinator.json): the
// API's routes, each validated exactly as the single Worker validates it, answered through
// the service bindings SHARD_0, SHARD_1, … (one per shard Worker): /api/search fanned out and
// merged (core/shard), with the same JSON, CSV and Atom answers; the other API routes in
// coordinator-routes.ts; the pages, MCP and the OpenAPI document as the single Worker serves
// them, reading the corpus through the coordinator's reader.
import { Hono } from 'hono';
import { createShardCoordinator, remoteShardClient } from '../../core/shard/index.js';
import type { RpcTarget, ShardTarget } from '../../core/shard/index.js';
import { finishShell, useShell } from '../app-shell.js';
import type { CorpusReader } from '../corpus-reader.js';
import type { ReaderBindings } from '../types.js';
import { searchParamsOf, SearchQuerySchema } from '../routes/search.request.js';
import { searchAnswer, searchAnswerJson } from '../routes/search-response.js';
import { hitsToAtom } from '../routes/search-atom.js';
import { csvContext, exportFileName, hitsToCsv } from '../routes/search-export.js';
import { documentsById } from '../document-titles.js';
import { issueToErrorBody } from '../validate.js';
import type { CoordinatorCorpus } from './coordinator-corpus.js';
import { coordinatorReader } from './coordinator-reader.js';
import { registerCoordinatorRoutes } from './coordinator-routes.js';

/**
 * Service bindings named SHARD_<n>, in shard order, called by Workers RPC (the generated shard
 * entry's `post`). Wrapped: a binding answers any property name, so the coordinator is told
 * which one to use rather than guessing.
 */
export function shardBindings(env: Record<string, unknown>): RpcTarget[] {
  return Object.keys(env).filter((key) => /^SHARD_\d+$/.test(key))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((key) => {
      const binding = env[key] as RpcTarget;
      return { post: (path: string, body: string) => binding.post(path, body) };
    });
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

/** GET /api/search as the single Worker answers it (search.handlers.ts), the hits from every shard. */
async function search(request: Request, reader: CorpusReader): Promise<Response> {
  const url = new URL(request.url);
  const raw = rawQuery(url);
  const parsed = SearchQuerySchema.safeParse(raw);
  if (!parsed.success) return json(issueToErrorBody(parsed.error.issues[0], raw), 400);
  const query = parsed.data;
  const params = searchParamsOf(query);
  const started = performance.now();
  // A value no shard holds is refused as the single Worker refuses it, from the shards' own counts.
  const refused = await reader.refusedFilter(params.filters);
  if (refused) return json(refused, 400);
  // A shard that fails throws ShardSearchError: the app's error handler answers 503 naming it.
  const result = await reader.search(params);
  // In a Worker the clock advances only on I/O, here the shards' answers: their wait, rounded.
  const tookMs = Math.round((performance.now() - started) * 1000) / 1000;
  const { documents } = reader;
  if (query.format === 'atom') {
    const titles = documentsById(documents);
    const feed = hitsToAtom({ hits: result.hits, count: result.count, url, documentTitle: (id) => titles.get(id)?.title });
    return new Response(feed, { status: 200, headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
  }
  const body = query.format === 'csv' ? hitsToCsv(result.hits, csvContext(request.url, documents)) : searchAnswerJson(searchAnswer(params, result, tookMs));
  const headers: Record<string, string> = { 'content-type': query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' };
  if (query.format !== undefined) headers['content-disposition'] = `attachment; filename="${exportFileName(params.q ?? '', query.format)}"`;
  return new Response(body, { status: 200, headers });
}

/**
 * The coordinator's app over the given shards (service bindings in a Worker, anything with
 * fetch in a test): the single app's shell, pages and MCP around the sharded API routes.
 */
export function createCoordinatorApp(shards: readonly ShardTarget[], whole: CoordinatorCorpus): Hono<ReaderBindings> {
  if (shards.length === 0) throw new Error('no shard bindings (SHARD_0, SHARD_1, …): check the coordinator\'s wrangler.toml');
  const coordinator = createShardCoordinator(shards.map((binding) => remoteShardClient(binding)));
  const reader = coordinatorReader(shards, coordinator, whole);
  const app = new Hono<ReaderBindings>({ strict: false });
  useShell(app);
  app.use('*', async (c, next) => {
    c.set('reader', reader);
    await next();
  });
  app.get('/api/search', (c) => search(c.req.raw, reader));
  registerCoordinatorRoutes(app, reader);
  finishShell(app);
  return app;
}

export function createCoordinatorWorker(wholeText: unknown): { fetch(request: Request, env: Record<string, unknown>): Promise<Response> } {
  if (typeof wholeText !== 'string') throw new Error('coordinator.json was not bundled as text: check [[rules]] in the coordinator\'s wrangler.toml');
  const whole = JSON.parse(wholeText) as CoordinatorCorpus;
  let app: Hono<ReaderBindings> | undefined;
  return {
    fetch: async (request, env) => (app ??= createCoordinatorApp(shardBindings(env), whole)).fetch(request, env),
  };
}
