// Several shards as separate Workers under wrangler dev (offline, loopback): the coordinator
// Worker reaches them over service bindings, and its /api/search answers exactly what the
// unsharded engine answers in process — exact scores survive the JSON hops.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { buildSearchEngine } from '../../core/search/index.js';
import type { Lexicon, SearchEngine, SearchParams } from '../../core/search/index.js';
import { writeShards } from '../../server/shard/write-shards.js';
import { freePort, OFFLINE_ENV, PROJECT_ROOT } from '../worker/wrangler-process.js';

const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');
const HAS_CORPUS = existsSync(join(CORPUS_DIR, 'items.json'));

async function startDev(configs: string[], timeoutMs = 90_000): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [
    join(PROJECT_ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'dev', ...configs.flatMap((c) => ['-c', c]),
    '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort), '--show-interactive-dev-session=false',
  ], { cwd: PROJECT_ROOT, env: OFFLINE_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const fail = (err: Error) => { clearTimeout(timer); void stop().then(() => reject(err)); };
    const timer = setTimeout(() => fail(new Error(`wrangler dev not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (data: Buffer) => {
      output += data;
      if (/Ready on http/.test(output)) { clearTimeout(timer); resolve(); }
      if (/\[ERROR\]/.test(output)) fail(new Error(`wrangler dev failed:\n${output}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`wrangler dev exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop };
}

const QUERIES: [string, SearchParams][] = [
  ['q=helpline', { q: 'helpline' }],
  ['q=victims%20of%20trafficking&limit=30', { q: 'victims of trafficking', limit: 30 }],
  ['q=trafficing%20vicitms', { q: 'trafficing vicitms' }],
  ['q=child%20protection&theme=child-protection&year=2018..2023', { q: 'child protection', filters: { theme: ['child-protection'], year: { from: 2018, to: 2023 } } }],
  ['q=exploitation&sort=year&offset=10&limit=15', { q: 'exploitation', sort: 'year', offset: 10, limit: 15 }],
  ['commitment=true&sort=deadline', { q: '', filters: { commitment: true }, sort: 'deadline' }],
];

describe.skipIf(!HAS_CORPUS)('shards as separate Workers under wrangler dev', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'shards-'));
  let dev: Awaited<ReturnType<typeof startDev>>;
  let whole: SearchEngine;

  beforeAll(async () => {
    const items = JSON.parse(readFileSync(join(CORPUS_DIR, 'items.json'), 'utf8')) as Item[];
    const abbreviations = JSON.parse(readFileSync(join(CORPUS_DIR, 'lexicon.json'), 'utf8')) as Lexicon['abbreviations'];
    whole = buildSearchEngine(items, { abbreviations });
    const written = writeShards({ corpusDir: CORPUS_DIR, outDir, maxItemsPerShard: Math.ceil(items.length / 3), name: 'shard-test' });
    expect(written.plan.shards.length).toBeGreaterThanOrEqual(3);
    dev = await startDev([written.coordinatorConfig, ...written.shardConfigs]);
  }, 120_000);
  afterAll(async () => {
    await dev?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(QUERIES)('GET /api/search?%s equals the unsharded engine', async (query, params) => {
    const response = await fetch(`${dev.url}/api/search?${query}`);
    expect(response.status).toBe(200);
    const body = await response.json() as { count: number; hits: (Item & { score: number; partial: boolean; highlights: object })[]; facets: unknown; parsed: unknown };
    const expected = whole.search({ limit: 20, offset: 0, ...params });
    expect(body.hits.map((hit) => [hit.id, hit.score, hit.partial, hit.highlights]))
      .toEqual(expected.hits.map((hit) => [hit.item.id, hit.score, hit.partial === true, hit.highlights]));
    expect(body.count).toBe(expected.count);
    expect(body.facets).toEqual(expected.facets);
    expect(body.parsed).toEqual(expected.parsed);
  });

  it('answers bad input with the API\'s 400 and other routes with 404', async () => {
    expect((await fetch(`${dev.url}/api/search?limit=500`)).status).toBe(400);
    expect((await fetch(`${dev.url}/api/documents`)).status).toBe(404);
  });
});
