// Node entry: the same app as the Worker, with the corpus read from a folder (CORPUS_DIR).
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadCorpusFromDir } from './node/corpus-files.js';
import { SCHEMA_CHECKS } from './corpus-schema-checks.js';

export function startNodeServer(corpusDir = process.env.CORPUS_DIR ?? 'corpus', port = Number(process.env.PORT ?? 8787)): void {
  // Node starts once per process, so it can afford the full zod schema check the Worker skips.
  const app = createApp(loadCorpusFromDir(corpusDir, SCHEMA_CHECKS));
  serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
    console.log(`Serving ${corpusDir}/ on http://127.0.0.1:${info.port}`);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) startNodeServer();
