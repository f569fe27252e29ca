// The service as one Hono app on Web-standard APIs only: both entries (worker.ts, node.ts)
// hand it a loaded corpus and nothing else. A sharded deployment's coordinator builds the same
// shell around its own API routes (shard/coordinator-worker.ts).
import { Hono } from 'hono';
import type { LoadedCorpus } from './corpus.js';
import { localReader } from './corpus-reader.js';
import { finishShell, useShell } from './app-shell.js';
import { corpusETag, notModified } from './middleware/corpus-etag.js';
import { registerDocumentRoutes } from './routes/documents.index.js';
import { registerItemRoutes } from './routes/items.index.js';
import { registerRefRoutes } from './routes/refs.index.js';
import { registerSearchRoutes } from './routes/search.index.js';
import { registerStatsRoutes } from './routes/stats.index.js';
import type { App, AppBindings, PageApp } from './types.js';

export function createApp(corpus: LoadedCorpus): App {
  // strict: false so /api/search/ (trailing slash) is the same resource as /api/search.
  const app = new Hono<AppBindings>({ strict: false });
  const reader = localReader(corpus);

  useShell(app);
  app.use('/api/*', notModified());
  app.use('/api/*', corpusETag(corpus));
  app.use('*', async (c, next) => {
    c.set('corpus', corpus);
    c.set('reader', reader);
    await next();
  });

  // Registered on the app itself, not mounted as sub-apps: mounting copies every route, which
  // a cold isolate pays for before its first answer.
  for (const register of [registerSearchRoutes, registerItemRoutes, registerRefRoutes, registerDocumentRoutes, registerStatsRoutes]) register(app);
  // The pages and MCP read only the reader, which every request here has (set above).
  finishShell(app as unknown as PageApp);
  return app;
}
