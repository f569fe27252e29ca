// Running wrangler from tests: the Worker bundle (deploy --dry-run) and the local Workers
// runtime (wrangler dev), both offline: no metrics, no update check, no Request.cf download.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const PROJECT_ROOT = process.cwd();
const WRANGLER_BIN = join(PROJECT_ROOT, 'node_modules/wrangler/bin/wrangler.js');

export const OFFLINE_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  // The banner is where wrangler checks npm for a newer version.
  WRANGLER_HIDE_BANNER: 'true',
  // Otherwise wrangler dev fetches a sample Request.cf object from workers.cloudflare.com.
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

export function runWrangler(args: string[], timeoutMs = 120_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER_BIN, ...args], { cwd: PROJECT_ROOT, env: OFFLINE_ENV });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`wrangler ${args.join(' ')} took over ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** A loopback port nobody listens on right now (others run wrangler dev on this machine too). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface DevWorker {
  url: string;
  /** wrangler's DevTools endpoint (http://127.0.0.1:<port>/json lists the Worker's inspector). */
  inspectorPort: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `wrangler dev` on free loopback ports and resolves once it says it is ready. */
export async function startWranglerDev(timeoutMs = 90_000): Promise<DevWorker> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [
    WRANGLER_BIN, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
    '--log-level', 'info', '--show-interactive-dev-session=false',
  ], { cwd: PROJECT_ROOT, env: OFFLINE_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`wrangler dev not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      void stop().then(() => reject(err));
    };
    const onData = (data: Buffer) => {
      output += data;
      if (/Ready on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`wrangler dev exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, inspectorPort, output: () => output, stop };
}
