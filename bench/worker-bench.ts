// The Worker as Cloudflare would run it, measured locally and offline: the upload bundle
// (wrangler deploy --dry-run), the isolate's startup (wrangler check startup's CPU profile,
// and the same module-scope work timed in Node), cold starts of wrangler dev (process start
// → ready → first answer), and steady end-to-end latency over sequential requests, both
// through wrangler dev and with workerd serving the deploy bundle directly (no dev proxy).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from '../server/corpus.js';
import { readCorpusFiles } from '../node-server/corpus-files.js';
import { runWrangler, startWranglerDev, type DevWorker } from '../test/worker/wrangler-process.js';
import { ALL_SEARCH_PATHS, firstResponse, sequentialRequests, type SequentialRun } from './http-requests.js';
import { profileTimes, type CpuProfile, type StartupProfile } from './startup-profile.js';
import { startWorkerdDirect } from './workerd-direct.js';
import { median } from './measure.js';

/** A small JSON answer that runs the whole middleware stack but no search. */
export const FLOOR_PATH = '/api/documents';

/**
 * Passes over every bench query before steady latency is timed. A long-lived isolate answers
 * from optimized code with its items parsed and postings decoded; one pass leaves each query's
 * path barely warm (each bench query then ran ~5 times, still settling), so steady figures
 * wait for three. First answers are reported on their own.
 */
const WARMUP_PASSES = 3;

async function warmUp(url: string): Promise<void> {
  await sequentialRequests(url, ALL_SEARCH_PATHS, WARMUP_PASSES * ALL_SEARCH_PATHS.length);
  await sequentialRequests(url, [FLOOR_PATH], ALL_SEARCH_PATHS.length);
}

export interface BundleSize { files: { name: string; raw: number; gzip: number }[]; raw: number; gzip: number }

export interface ColdStart { toReadyMs: number; firstAnswerMs: number; firstStatus: number }

/** workerd serving the deploy bundle with nothing in front (bench/workerd-direct.ts). */
export interface DirectRun {
  /** workerd spawned until the bundle answered GET /api/documents (polled every 10 ms): workerd's own start plus the isolate's. */
  toFirstAnswerMs: number;
  /** The first search after that: what lazily built state (router, expansions) costs once. */
  firstSearchMs: number;
  steady: SequentialRun;
  floor: SequentialRun;
}

export interface WorkerRun {
  bundle: BundleSize;
  startupProfiles: StartupProfile[];
  /** loadCorpus on the same corpus text in Node, items on demand: what the Worker does at module scope. */
  moduleScopeInNode: { firstMs: number; medianMs: number };
  coldStarts: ColdStart[];
  steady: SequentialRun;
  /** The same number of requests to GET /api/documents (no search): wrangler dev's own floor. */
  floor: SequentialRun;
  steadyRequests: number;
  direct?: DirectRun;
  directError?: string;
}

export async function measureBundle(): Promise<BundleSize> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  try {
    const { code, output } = await runWrangler(['deploy', '--dry-run', '--outdir', outDir]);
    if (code !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${output}`);
    const files = readdirSync(outDir).filter((name) => !name.endsWith('.map') && name !== 'README.md').map((name) => {
      const bytes = readFileSync(join(outDir, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }).sort((a, b) => b.gzip - a.gzip);
    return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** `wrangler check startup` profiles of the Worker a config describes (the project's own by default). */
export async function profileStartup(runs: number, config?: string): Promise<StartupProfile[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  try {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const outfile = join(dir, `startup-${run}.cpuprofile`);
      const { code, output } = await runWrangler(['check', 'startup', '--outfile', outfile, ...(config ? ['-c', config] : [])]);
      if (code !== 0) throw new Error(`wrangler check startup failed:\n${output}`);
      results.push(profileTimes(JSON.parse(readFileSync(outfile, 'utf8')) as CpuProfile));
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function moduleScopeInNode(corpusDir: string, runs: number): { firstMs: number; medianMs: number } {
  const files = readCorpusFiles(corpusDir);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    loadCorpus(files, { itemParsing: 'on-demand' });
    times.push(performance.now() - started);
  }
  return { firstMs: times[0], medianMs: median(times) };
}

async function measureDirect(steadyRequests: number): Promise<DirectRun> {
  const direct = await startWorkerdDirect();
  try {
    const toFirstAnswerMs = direct.spawnToAnswerMs;
    const first = await firstResponse(direct.url, ALL_SEARCH_PATHS[0]);
    await warmUp(direct.url);
    const steady = await sequentialRequests(direct.url, ALL_SEARCH_PATHS, steadyRequests);
    const floor = await sequentialRequests(direct.url, [FLOOR_PATH], steadyRequests);
    return { toFirstAnswerMs, firstSearchMs: first.ms, steady, floor };
  } finally {
    await direct.stop();
  }
}

async function coldStart(): Promise<{ start: ColdStart; worker: DevWorker }> {
  const started = performance.now();
  const worker = await startWranglerDev();
  const toReadyMs = performance.now() - started;
  const first = await firstResponse(worker.url, ALL_SEARCH_PATHS[0]);
  return { start: { toReadyMs, firstAnswerMs: first.ms, firstStatus: first.status }, worker };
}

/**
 * Launches wrangler dev `launches` times (cold starts), keeps the last one running for the
 * steady requests and returns it for the load test; the caller stops it.
 */
export async function measureWorker(corpusDir: string, options: { launches: number; steadyRequests: number; startupProfiles: number }): Promise<{ run: WorkerRun; worker: DevWorker }> {
  const bundle = await measureBundle();
  const startupProfiles = await profileStartup(options.startupProfiles);
  const moduleScope = moduleScopeInNode(corpusDir, 7);
  const coldStarts: ColdStart[] = [];
  let worker: DevWorker | undefined;
  for (let launch = 0; launch < options.launches; launch++) {
    await worker?.stop();
    const cold = await coldStart();
    coldStarts.push(cold.start);
    worker = cold.worker;
  }
  await warmUp(worker!.url);
  const steady = await sequentialRequests(worker!.url, ALL_SEARCH_PATHS, options.steadyRequests);
  const floor = await sequentialRequests(worker!.url, [FLOOR_PATH], options.steadyRequests);
  let direct: DirectRun | undefined;
  let directError: string | undefined;
  try {
    direct = await measureDirect(options.steadyRequests);
  } catch (err) {
    directError = (err as Error).message.split('\n')[0];
  }
  return {
    run: { bundle, startupProfiles, moduleScopeInNode: moduleScope, coldStarts, steady, floor, steadyRequests: options.steadyRequests, direct, directError },
    worker: worker!,
  };
}
