// A sharded deployment at N× the seeds, measured as a deployment would run it: the corpus
// replicated (scaled-corpus.ts), split with as many shards as the per-shard item cap gives,
// every Worker built by wrangler (upload size), profiled at start-up (`wrangler check
// startup`), and the whole set served by `wrangler dev` (coordinator + shards over service
// bindings, offline, loopback) for search, item, refs and stats latency end to end, the items
// read from wrangler dev's local Workers KV (uploaded with `wrangler kv bulk put --local`, as
// upload-items.ts does for a deployment). Memory per isolate is the V8 heap a shard keeps once
// loaded and warmed by every bench query (Node's V8, the engine workerd runs), its bundled
// snapshot included: the part of the 128 MB that grows with the corpus. The same Workers are
// then served by workerd alone (workerd-sharded.ts), without wrangler dev's proxy in front.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Item } from '../core/schema.js';
import { writeShards } from '../scripts/shards/write-shards.js';
import { uploadItems } from '../scripts/shards/upload-items.js';
import { startMultiWorkerDev } from '../test/shard/wrangler-multi.js';
import { runWrangler } from '../test/worker/wrangler-process.js';
import { ALL_SEARCH_PATHS, firstResponse, sequentialRequests, type SequentialRun } from './http-requests.js';
import { median } from './measure.js';
import { shardHeapBytes } from './shard-heap.js';
import { startShardedWorkerd } from './workerd-sharded.js';
import { writeScaledCorpus } from './scaled-corpus.js';
import { profileTimes, type CpuProfile } from './startup-profile.js';
import { workerdStartup, type WorkerdStartup } from './workerd-startup.js';

export interface WorkerSize { raw: number; gzip: number }

export interface ShardedScaleRun {
  factor: number;
  items: number;
  shards: number;
  /** Largest shard Worker and the coordinator, as `wrangler deploy --dry-run` writes them. */
  shardUpload: WorkerSize;
  coordinatorUpload: WorkerSize;
  /** Every item's KV value, all shards together (what upload-items.ts puts), and how long the local upload took. */
  kvItemBytes: number;
  kvUploadMs: number;
  /** Median start-up CPU of `wrangler check startup` profiles, and DevTools' sum of the same profiles (an upper bound). */
  shardStartupMs: number;
  shardStartupUpperMs: number;
  coordinatorStartupMs: number;
  /** The same isolates' start-up in workerd, nothing left out: spawn → first answer, less a control importing the same files. */
  shardWorkerd: WorkerdStartup;
  coordinatorWorkerd: WorkerdStartup;
  /** V8 heap kept by the largest shard once loaded and warmed by every bench query (and their pages' items), bundled snapshot included. */
  shardHeapBytes: number;
  /** wrangler dev launch until every Worker answers, then the first search's answer. */
  toReadyMs: number;
  firstAnswerMs: number;
  /** Every search path once, first thing: its items read from KV (cold isolates, empty cache). */
  searchCold: SequentialRun;
  /** Then the measured run: the same paths again, their items held by the shards. */
  search: SequentialRun;
  item: SequentialRun;
  refs: SequentialRun;
  stats: SequentialRun;
  /** The same requests to the same Workers served by workerd alone, nothing in front (workerd-sharded.ts). */
  direct: { searchCold: SequentialRun; search: SequentialRun; item: SequentialRun; refs: SequentialRun; stats: SequentialRun };
}

/** What `wrangler deploy --dry-run -c config` would upload, in a folder `use` reads before it is removed. */
async function withUpload<T>(config: string, use: (outDir: string) => Promise<T>): Promise<T> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-upload-'));
  try {
    const { code, output } = await runWrangler(['deploy', '--dry-run', '--outdir', outDir, '-c', config]);
    if (code !== 0) throw new Error(`wrangler deploy --dry-run -c ${config} failed:\n${output}`);
    return await use(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function uploadSize(outDir: string): WorkerSize {
  const files = readdirSync(outDir).filter((name) => !name.endsWith('.map') && name !== 'README.md').map((name) => readFileSync(join(outDir, name)));
  return { raw: files.reduce((sum, f) => sum + f.length, 0), gzip: files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0) };
}

/**
 * Alternating runs per start-up in workerd. A shard's spawn takes about a second at 200× (its
 * 28 MB data module read by both bundle and control), so the difference of medians needs many
 * runs: 7 gave the 59,891-item shard 49.0 ms where 15 gave 9.7 ms (2026-12-05).
 */
const STARTUP_RUNS = 15;

/** The upload's size and its start-up in workerd (probed with GET `probePath`), from one dry run. */
const sizeAndStartup = (config: string, probePath: string) =>
  withUpload(config, async (outDir) => ({ size: uploadSize(outDir), workerd: await workerdStartup(outDir, probePath, STARTUP_RUNS) }));

async function startupMs(config: string, runs: number): Promise<{ ms: number; upperMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  try {
    const times: number[] = [];
    const upper: number[] = [];
    for (let run = 0; run < runs; run++) {
      const outfile = join(dir, `startup-${run}.cpuprofile`);
      const { code, output } = await runWrangler(['check', 'startup', '--outfile', outfile, '-c', config]);
      if (code !== 0) throw new Error(`wrangler check startup -c ${config} failed:\n${output}`);
      const profile = profileTimes(JSON.parse(readFileSync(outfile, 'utf8')) as CpuProfile);
      times.push(profile.activeMs);
      upper.push(profile.devtoolsMs);
    }
    return { ms: median(times), upperMs: median(upper) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Item pages, refs and stats requests that exist in this corpus, spread over it. */
function otherPaths(items: readonly Item[]): { item: string[]; refs: string[]; stats: string[] } {
  const step = Math.max(1, Math.floor(items.length / 200));
  const item = items.filter((_, k) => k % step === 0).map((i) => `/api/items/${i.id}`);
  const recs = [...new Set(items.flatMap((i) => i.refs?.recommendations ?? []))].slice(0, 20);
  const paras = [...new Set(items.flatMap((i) => i.refs?.paragraphs ?? []))].slice(0, 20);
  const refs = [...recs.map((r) => `/api/refs/recommendation/${encodeURIComponent(r)}`), ...paras.map((n) => `/api/refs/paragraph/${n}`)];
  return { item, refs, stats: ['/api/stats', '/api/stats?by=theme,year', '/api/stats?by=type&type=recommendation', '/api/documents'] };
}

/** The same requests to the same Workers in workerd alone: cold searches first, then the measured runs. */
async function directRuns(coordinatorConfig: string, shardConfigs: readonly string[], itemFiles: readonly string[], paths: ReturnType<typeof otherPaths>, requests: number, log: (m: string) => void): Promise<ShardedScaleRun['direct']> {
  const direct = await startShardedWorkerd(coordinatorConfig, shardConfigs, itemFiles);
  try {
    const runs = {
      searchCold: await sequentialRequests(direct.url, ALL_SEARCH_PATHS, ALL_SEARCH_PATHS.length),
      search: await sequentialRequests(direct.url, ALL_SEARCH_PATHS, requests),
      item: await sequentialRequests(direct.url, paths.item, requests),
      refs: await sequentialRequests(direct.url, paths.refs, requests),
      stats: await sequentialRequests(direct.url, paths.stats, Math.ceil(requests / 2)),
    };
    const errors = Object.values(runs).flatMap((run) => run.errors);
    if (errors.length > 0) log(`workerd alone: requests got no answer:\n${errors.join('\n')}`);
    return runs;
  } finally {
    await direct.stop();
  }
}

export async function measureShardedScale(baseDir: string, factor: number, maxItemsPerShard: number, requests: number, log: (m: string) => void): Promise<ShardedScaleRun> {
  const dir = mkdtempSync(join(tmpdir(), `bench-sharded-${factor}x-`));
  try {
    const corpusDir = join(dir, 'corpus');
    const { items } = writeScaledCorpus(baseDir, factor, corpusDir);
    const written = writeShards({ corpusDir, outDir: join(dir, 'shards'), maxItemsPerShard, name: `bench-${factor}x` });
    const largest = written.plan.shards.reduce((a, b) => (b.ordinals.length > a.ordinals.length ? b : a));
    const largestConfig = written.shardConfigs[largest.index];
    log(`${factor}×: ${items.length} items in ${written.plan.shards.length} shards (largest ${largest.ordinals.length} items)`);
    const kvItemBytes = written.itemFiles.reduce((sum, file) => sum + (JSON.parse(readFileSync(file, 'utf8')) as { value: string }[])
      .reduce((bytes, pair) => bytes + Buffer.byteLength(pair.value), 0), 0);
    const persistTo = join(dir, 'state');
    const uploadStarted = performance.now();
    await uploadItems(join(dir, 'shards'), { remote: false, persistTo });
    const kvUploadMs = performance.now() - uploadStarted;
    log(`${factor}×: ${(kvItemBytes / 2 ** 20).toFixed(1)} MiB of items put in local KV in ${(kvUploadMs / 1000).toFixed(1)} s`);
    const shardHeap = await shardHeapBytes(join(dir, 'shards', `shard-${largest.index}`));
    // The shard, without its KV binding, answers 500 at once; the coordinator a 404 page.
    const { size: shardUpload, workerd: shardWorkerd } = await sizeAndStartup(largestConfig, '/');
    const { size: coordinatorUpload, workerd: coordinatorWorkerd } = await sizeAndStartup(written.coordinatorConfig, '/start-up-probe');
    const shardStartup = await startupMs(largestConfig, 3);
    const coordinatorStartupMs = (await startupMs(written.coordinatorConfig, 3)).ms;
    log(`${factor}×: shard upload ${(shardUpload.gzip / 1024).toFixed(0)} KiB gzip, start-up ${shardStartup.ms.toFixed(1)} ms (at most ${shardStartup.upperMs.toFixed(1)} ms), in workerd ${shardWorkerd.startupMs.toFixed(1)} ms`);
    const started = performance.now();
    const paths = otherPaths(items);
    const dev = await startMultiWorkerDev([written.coordinatorConfig, ...written.shardConfigs], 300_000, persistTo);
    let underDev: Omit<ShardedScaleRun, 'direct'>;
    try {
      const toReadyMs = performance.now() - started;
      const first = await firstResponse(dev.url, ALL_SEARCH_PATHS[0]);
      const searchCold = await sequentialRequests(dev.url, ALL_SEARCH_PATHS, ALL_SEARCH_PATHS.length);
      const search = await sequentialRequests(dev.url, ALL_SEARCH_PATHS, requests);
      const item = await sequentialRequests(dev.url, paths.item, requests);
      const refs = await sequentialRequests(dev.url, paths.refs, requests);
      const stats = await sequentialRequests(dev.url, paths.stats, Math.ceil(requests / 2));
      const errors = [searchCold, search, item, refs, stats].flatMap((run) => run.errors);
      if (errors.length > 0) log(`${factor}×: requests got no answer:\n${errors.join('\n')}\nwrangler dev's last output:\n${dev.recentOutput()}`);
      underDev = {
        factor, items: items.length, shards: written.plan.shards.length, shardUpload, coordinatorUpload, kvItemBytes, kvUploadMs,
        shardStartupMs: shardStartup.ms, shardStartupUpperMs: shardStartup.upperMs, coordinatorStartupMs, shardWorkerd, coordinatorWorkerd,
        shardHeapBytes: shardHeap, toReadyMs, firstAnswerMs: first.ms, searchCold, search, item, refs, stats,
      };
    } finally {
      await dev.stop();
    }
    // After wrangler dev has stopped, so that the two do not share the machine.
    return { ...underDev, direct: await directRuns(written.coordinatorConfig, written.shardConfigs, written.itemFiles, paths, requests, log) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
