// Several Workers in one wrangler dev session (offline, loopback), for the sharded tests and
// the bench; the single-Worker helper is test/worker/wrangler-process.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort, OFFLINE_ENV, PROJECT_ROOT } from '../worker/wrangler-process.js';

export interface MultiWorkerDev {
  url: string;
  stop: () => Promise<void>;
  /** The last lines wrangler dev wrote (after start-up too): what to show when a request got no answer. */
  recentOutput: () => string;
}

const KEPT_OUTPUT_CHARS = 20_000;

/**
 * `wrangler dev -c first -c second …` on free loopback ports: the first config's Worker gets
 * the port, the others run alongside it and answer its service bindings. Resolves when ready;
 * fails fast on a runtime error (e.g. a shard that cannot load its files). `persistTo`: the local
 * state folder upload-items.ts wrote the items' KV namespace into.
 */
export async function startMultiWorkerDev(configs: string[], timeoutMs = 90_000, persistTo?: string): Promise<MultiWorkerDev> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [
    join(PROJECT_ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'dev', ...configs.flatMap((c) => ['-c', c]),
    '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort), '--show-interactive-dev-session=false',
    // Where upload-items.ts put the shards' items (local KV).
    ...(persistTo ? ['--persist-to', persistTo] : []),
  ], { cwd: PROJECT_ROOT, env: OFFLINE_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  let output = '';
  let ready = false;
  // The output is kept after start-up too: a connection wrangler dev drops mid-run is explained there, if anywhere.
  const keep = (data: Buffer | string) => { output = (output + data).slice(-KEPT_OUTPUT_CHARS); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('exit', (code, signal) => keep(`\n[wrangler dev exited: ${signal ?? code}]\n`));
  await new Promise<void>((resolve, reject) => {
    const fail = (err: Error) => { clearTimeout(timer); void stop().then(() => reject(err)); };
    const timer = setTimeout(() => fail(new Error(`wrangler dev not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    // Only while starting: an error logged once the Workers answer (a request a Worker refused,
    // say) is for the test or bench to see in recentOutput(), not a reason to stop wrangler dev
    // under the requests still running.
    const onData = () => {
      if (ready) return;
      if (/Ready on http/.test(output)) { ready = true; clearTimeout(timer); resolve(); }
      else if (/\[ERROR\]/.test(output)) fail(new Error(`wrangler dev failed:\n${output}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => { if (!ready) fail(new Error(`wrangler dev exited with ${code}:\n${output}`)); });
  });
  return { url: `http://127.0.0.1:${port}`, stop, recentOutput: () => output.slice(-4000) };
}
