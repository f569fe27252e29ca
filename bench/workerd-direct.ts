// The deploy bundle served by workerd, the Workers runtime, with nothing in front: what
// `wrangler deploy --dry-run` would upload, run as Cloudflare runs it, minus the network.
// wrangler dev puts its own proxy Worker (a second workerd process) before the Worker and
// adds ~2.5 ms per request on loopback; this measures the Worker without that.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { freePort, PROJECT_ROOT, runWrangler } from '../test/worker/wrangler-process.js';

/** The workerd binary wrangler itself runs (the `workerd` package's default export is its path). */
const workerdBinary = (createRequire(import.meta.url)('workerd') as { default: string }).default;

export interface DirectWorker {
  url: string;
  pid: number;
  /** From spawning workerd until the bundle answered its first GET (the build before it not counted). */
  spawnToAnswerMs: number;
  stop: () => Promise<void>;
}

const compatibilityDate = (): string => {
  const date = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(readFileSync(join(PROJECT_ROOT, 'wrangler.toml'), 'utf8'))?.[1];
  if (!date) throw new Error('wrangler.toml has no compatibility_date');
  return date;
};

/**
 * workerd's Cap'n Proto config: `entry` as the main ES module, the corpus files as text modules
 * (wrangler.toml's Text rule), a shard's packed snapshot (.bin) as a data module (its Data rule).
 */
export function workerdConfig(files: readonly string[], port: number, date: string, entry = 'worker.js'): string {
  const kind = (f: string) => (f.endsWith('.js') ? 'esModule' : f.endsWith('.bin') ? 'data' : 'text');
  const modules = files.filter((f) => /\.(js|json|bin)$/.test(f)).sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b)))
    .map((f) => `    (name = ${JSON.stringify(f)}, ${kind(f)} = embed ${JSON.stringify(f)}),`);
  return [
    'using Workerd = import "/workerd/workerd.capnp";',
    'const config :Workerd.Config = (',
    '  services = [ (name = "main", worker = .mainWorker) ],',
    `  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],`,
    ');',
    'const mainWorker :Workerd.Worker = (',
    '  modules = [',
    ...modules,
    '  ],',
    `  compatibilityDate = ${JSON.stringify(date)},`,
    ');',
    '',
  ].join('\n');
}

/** Whether `url` answers: with a success, or with any status when `anyStatus` (a Worker that needs bindings it lacks still answers). */
async function answers(url: string, anyStatus = false): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return anyStatus || response.ok;
  } catch {
    return false;
  }
}

/** Builds the deploy bundle and serves it with workerd on a free loopback port. */
export async function startWorkerdDirect(timeoutMs = 60_000): Promise<DirectWorker> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-workerd-'));
  const { code, output } = await runWrangler(['deploy', '--dry-run', '--outdir', dir]);
  if (code !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${output}`);
  return serveWithWorkerd(dir, '/api/documents', timeoutMs);
}

/**
 * The floor under the Worker: a plain Hono app answering every GET with one static JSON text
 * of `bodyBytes` bytes (bench/plain-hono/worker.mjs), bundled by esbuild as wrangler would and
 * served by the same workerd.
 */
export async function startPlainHonoWorker(bodyBytes: number, timeoutMs = 60_000): Promise<DirectWorker> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-plain-worker-'));
  await build({
    absWorkingDir: PROJECT_ROOT, entryPoints: ['bench/plain-hono/worker.mjs'], outfile: join(dir, 'worker.js'),
    bundle: true, format: 'esm', platform: 'neutral', minify: true, define: { __BODY_BYTES__: String(bodyBytes) }, logLevel: 'warning',
  });
  return serveWithWorkerd(dir, '/', timeoutMs);
}

/**
 * Serves the bundle in `dir` (its `entry` and text and data modules) with workerd on a free
 * loopback port; removes `dir` when stopped. Ready when `probePath` answers (any status when
 * `anyStatus`: a Worker lacking the bindings it needs still answers).
 */
export async function serveWithWorkerd(dir: string, probePath: string, timeoutMs: number, options: { anyStatus?: boolean; entry?: string } = {}): Promise<DirectWorker> {
  const port = await freePort();
  writeFileSync(join(dir, 'config.capnp'), workerdConfig(readdirSync(dir), port, compatibilityDate(), options.entry));
  const spawned = performance.now();
  const child: ChildProcess = spawn(workerdBinary, ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => { log += d; });
  child.stderr!.on('data', (d: Buffer) => { log += d; });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + timeoutMs;
  while (!(await answers(`${url}${probePath}`, options.anyStatus))) {
    if (child.exitCode !== null || performance.now() > deadline) {
      await stop();
      throw new Error(`workerd did not serve the bundle:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return { url, pid: child.pid!, spawnToAnswerMs: performance.now() - spawned, stop };
}
