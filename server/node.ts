// Node entry: the same app as the Worker, with the corpus read from CORPUS_DIR.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadCorpusFromDir } from './node-corpus.js';

const corpusDir = process.env.CORPUS_DIR ?? 'corpus';
const port = Number(process.env.PORT ?? 8787);
const app = createApp(loadCorpusFromDir(corpusDir));

serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`Serving ${corpusDir}/ on http://127.0.0.1:${info.port}`);
});
