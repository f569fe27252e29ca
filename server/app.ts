// The service as one Hono app on Web-standard APIs only: both entries (worker.ts, node.ts)
// hand it a loaded corpus and nothing else.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import type { LoadedCorpus } from './corpus.js';
import { errorBody, errorResponse } from './errors.js';
import { corpusETag, notModified } from './middleware/corpus-etag.js';
import { readOnly } from './middleware/read-only.js';
import { securityHeaders } from './middleware/security-headers.js';
import { handleMcp, MCP_PATH } from './mcp/http.js';
import { registerOpenAPIRoutes } from './openapi.js';
import { registerDocumentRoutes } from './routes/documents.index.js';
import { registerItemRoutes } from './routes/items.index.js';
import { registerRefRoutes } from './routes/refs.index.js';
import { registerSearchRoutes } from './routes/search.index.js';
import { registerStatsRoutes } from './routes/stats.index.js';
import type { App, AppBindings } from './types.js';
import { registerPageRoutes } from './ui/index.js';
import { notFoundPage } from './ui/pages/not-found-page.js';

export function createApp(corpus: LoadedCorpus): App {
  // strict: false so /api/search/ (trailing slash) is the same resource as /api/search.
  const app = new Hono<AppBindings>({ strict: false });

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
  app.use('/api/*', notModified());
  app.use('/api/*', corpusETag(corpus));
  app.use('*', async (c, next) => {
    c.set('corpus', corpus);
    await next();
  });

  // Registered on the app itself, not mounted as sub-apps: mounting copies every route, which
  // a cold isolate pays for before its first answer.
  for (const register of [registerSearchRoutes, registerItemRoutes, registerRefRoutes, registerDocumentRoutes, registerStatsRoutes]) register(app);
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
    console.error('Unhandled error on', c.req.method, c.req.url, err);
    return errorResponse(c, 'internal_error', {});
  });
  return app;
}
