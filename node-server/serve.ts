// The Node entry's server: the app over a corpus folder on 127.0.0.1, answers compressed.
// Cloudflare compresses a Worker's answers at its edge; on Node nothing in front does, and a
// page of 100 hits is ~250 KB of JSON (a CSV export ~500 KB), so the entry compresses itself.
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from '../server/app.js';
import type { LoadedCorpus } from '../server/corpus.js';
import { SCHEMA_CHECKS } from '../server/corpus-schema-checks.js';
import { loadCorpusFromDir } from './corpus-files.js';
import { StartupError } from './startup-error.js';

/**
 * The app as the Node entry serves it: gzip or deflate when the client accepts one (what
 * hono/compress offers: the CompressionStream formats; brotli is not among them), identity
 * otherwise, and never for answers under 1 KB or without a body (304, HEAD).
 */
export function createNodeApp(corpus: LoadedCorpus): Hono {
  const app = createApp(corpus);
  const node = new Hono();
  node.use('*', compress());
  node.all('*', (c) => app.fetch(c.req.raw));
  return node;
}

/** PORT as given: an integer from 0 (any free port) to 65535. */
export function parsePort(text: string | undefined, fallback = 8787): number {
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new StartupError(`PORT=${JSON.stringify(text)} is not a port number; give an integer from 0 to 65535 (0: any free port)`);
  }
  return Number(text);
}

export interface RunningNodeServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Loads the corpus folder (every item checked against the full schema: Node starts once per
 * process and can afford it) and listens on 127.0.0.1. Anything that stops it — a missing
 * folder or file, a broken item, a port in use — is a StartupError naming what and where.
 */
export async function startNodeServer(corpusDir: string, port: number): Promise<RunningNodeServer> {
  const app = createNodeApp(loadCorpusFromDir(corpusDir, SCHEMA_CHECKS));
  return new Promise((done, fail) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      console.log(`Serving ${resolve(corpusDir)} on ${url}`);
      done({ url, close: () => new Promise((closed) => { server.close(() => closed()); }) });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'is in use by another program' : `cannot be used (${err.code ?? err.message})`;
      fail(new StartupError(`port ${port} on 127.0.0.1 ${why}; set PORT to a free port`));
    });
  });
}
