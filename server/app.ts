// The service as one Hono app on Web-standard APIs only: both entries (worker.ts, node.ts)
// hand it a loaded corpus and nothing else.
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import type { LoadedCorpus } from './corpus.js';
import { createRouter } from './create-router.js';
import { errorBody, errorResponse } from './errors.js';
import { conditionalGet } from './middleware/conditional-get.js';
import { readOnly } from './middleware/read-only.js';
import { securityHeaders } from './middleware/security-headers.js';
import { registerOpenAPIRoutes } from './openapi.js';
import { documentsRouter } from './routes/documents.index.js';
import { itemsRouter } from './routes/items.index.js';
import { refsRouter } from './routes/refs.index.js';
import { searchRouter } from './routes/search.index.js';
import { statsRouter } from './routes/stats.index.js';
import type { App } from './types.js';
import { uiRouter } from './ui/index.js';

export function createApp(corpus: LoadedCorpus): App {
  const app = createRouter();

  app.use('*', securityHeaders());
  // Before readOnly: the preflight (OPTIONS) of a cross-origin GET must get its CORS answer.
  app.use('/api/*', cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD'],
    exposeHeaders: ['ETag', 'Content-Disposition'],
    maxAge: 86_400,
  }));
  app.use('*', readOnly());
  app.use('/api/*', conditionalGet(corpus.version));
  app.use('*', async (c, next) => {
    c.set('corpus', corpus);
    await next();
  });

  for (const router of [searchRouter, itemsRouter, refsRouter, documentsRouter, statsRouter]) app.route('/', router);
  registerOpenAPIRoutes(app);
  app.route('/', uiRouter);

  app.notFound((c) => errorResponse(c, 'route_not_found', { method: c.req.method, path: new URL(c.req.url).pathname }));
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
