// What every deployment's app has around its API routes, whatever answers them (a corpus
// loaded in the isolate, or shards behind a coordinator): security headers, CORS, read-only
// methods before the routes; the OpenAPI document, MCP, the pages, 404s and errors after.
import type { Hono } from 'hono';
import type { Env } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import { ShardSearchError } from '../core/shard/coordinator.js';
import { errorBody, errorResponse } from './errors.js';
import { readOnly } from './middleware/read-only.js';
import { securityHeaders } from './middleware/security-headers.js';
import { handleMcp, MCP_PATH } from './mcp/http.js';
import { registerOpenAPIRoutes } from './openapi.js';
import type { PageApp } from './types.js';
import { registerPageRoutes } from './ui/index.js';
import { notFoundPage, wantsHtml } from './ui/pages/not-found-page.js';
import { unavailablePage } from './ui/pages/unavailable-page.js';

/** The middleware in front of every route. */
export function useShell<E extends Env>(app: Hono<E>): void {
  app.use('*', securityHeaders());
  // Before readOnly: the preflight (OPTIONS) of a cross-origin GET must get its CORS answer.
  app.use('/api/*', cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD'],
    exposeHeaders: ['ETag', 'Content-Disposition'],
    maxAge: 86_400,
  }));
  // Browsers may call the MCP endpoint too; GET and DELETE are allowed through so they see its 405.
  app.use(MCP_PATH, cors({
    origin: '*',
    allowMethods: ['POST', 'GET', 'DELETE'],
    allowHeaders: ['Content-Type', 'Accept', 'MCP-Protocol-Version', 'Mcp-Session-Id', 'Last-Event-ID'],
    exposeHeaders: ['Mcp-Session-Id'],
    maxAge: 86_400,
  }));
  app.use('*', readOnly({ except: [MCP_PATH] }));
}

/** What comes after the API routes: they read the corpus only through c.var.reader. */
export function finishShell(app: PageApp): void {
  registerOpenAPIRoutes(app);
  app.all(MCP_PATH, handleMcp);
  registerPageRoutes(app);

  // An HTML page for people, the JSON error for /api/ and for clients asking for JSON.
  app.notFound(notFoundPage);
  app.onError((err, c) => {
    // Hono raises these for malformed requests it parses itself: the client's fault, not ours.
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(errorBody('invalid_parameter', { param: 'request', problem: `was rejected (${err.message})`, fix: 'Send a plain GET request.' }), 400);
    }
    // A sharded deployment: a shard that failed fails the answer, naming the shard.
    if (err instanceof ShardSearchError) {
      if (wantsHtml(c)) return unavailablePage(c, err.shard);
      return c.json({ error: { code: 'shard_unavailable', message: `${err.message}. Retry in a moment.`, shard: err.shard } }, 503);
    }
    console.error('Unhandled error on', c.req.method, c.req.url, err);
    return errorResponse(c, 'internal_error', {});
  });
}
