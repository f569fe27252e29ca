import { it, expect } from 'vitest';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
it('worker', async () => {
  const t0 = performance.now();
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const w = new Worker(new URL('./_probe-worker.ts', import.meta.url), { execArgv: ['--import', tsx], workerData: new Uint8Array(readFileSync('test/fixtures/pdf/lanzarote-r2-factsheet-cz-2023.pdf')) });
  const msg = await new Promise((res, rej) => { w.once('message', res); w.once('error', rej); });
  console.log(msg, performance.now() - t0, import.meta.url);
  expect(msg).toEqual({ pages: 25 });
});
