// Starts the app as the Node entry serves it (node-server/serve.ts: compressed) on a free
// loopback port: with a built corpus when there is one, else with the hand-made fixture.
// E2E_RUNTIME=worker runs the same tests against `wrangler dev` (workerd, built corpus/ only).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { createNodeApp } from '../../node-server/serve.js';
import { startWranglerDev } from '../worker/wrangler-process.js';
import { fixtureCorpus } from './fixture-corpus.js';

export interface RunningServer {
  origin: string;
  /** Which corpus is served: tests that need known content check this. */
  corpus: 'built' | 'fixture';
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  if (process.env.E2E_RUNTIME === 'worker') {
    const worker = await startWranglerDev();
    return { origin: worker.url.replace(/\/$/, ''), corpus: 'built', close: worker.stop };
  }
  const dir = process.env.CORPUS_DIR ?? 'corpus';
  const built = existsSync(join(dir, 'items.json'));
  const app = createNodeApp(built ? loadCorpusFromDir(dir) : fixtureCorpus());
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        corpus: built ? 'built' : 'fixture',
        close: () => new Promise((done) => { server.close(() => done()); }),
      });
    });
    server.on('error', reject);
  });
}
