// npm start's path on Node: scripts/start.ts with CORPUS_DIR serves that corpus as is, on
// 127.0.0.1:PORT, through @hono/node-server, answering like the app itself.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { loadCorpus } from '../../server/corpus.js';
import { smallCorpusFiles } from '../support/small-corpus.js';
import { freePort, PROJECT_ROOT } from './wrangler-process.js';

describe('npm start (Node entry)', () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const files = smallCorpusFiles();
  let child: ReturnType<typeof spawn>;
  let url = '';
  let output = '';

  beforeAll(async () => {
    writeFileSync(join(corpusDir, 'items.json'), files.items);
    writeFileSync(join(corpusDir, 'documents.json'), files.documents);
    writeFileSync(join(corpusDir, 'search-index.json'), files.searchIndex);
    writeFileSync(join(corpusDir, 'stats.json'), files.stats!);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: PROJECT_ROOT, env: { ...process.env, CORPUS_DIR: corpusDir, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const deadline = Date.now() + 30_000;
    while (!output.includes('Serving')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`start.ts did not serve:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }, 40_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it('serves the given corpus without rebuilding it', () => {
    expect(output).toContain(`${corpusDir}/ is up to date`);
    expect(output).toContain(`on ${url}`);
  });

  it('answers like the app', async () => {
    const app = createApp(loadCorpus(files));
    for (const path of ['/api/documents', '/api/search?type=task', '/api/items/nope', '/api/search?limit=-1']) {
      const viaNode = await fetch(url + path);
      const direct = await app.request(path);
      expect(viaNode.status, path).toBe(direct.status);
      expect(viaNode.headers.get('etag'), path).toBe(direct.headers.get('etag'));
      const strip = (body: { tookMs?: number }) => ({ ...body, tookMs: 0 });
      expect(strip(await viaNode.json()), path).toEqual(strip(await direct.json()));
    }
  });
});
