// Child servers for the HTTP sections and their memory: the Node entry compiled and started
// directly (one process, so its RSS is the server's), the plain Hono app beside it, and the
// workerd processes under wrangler dev.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNodeEntry } from '../scripts/build-node.js';
import { freePort, PROJECT_ROOT } from '../test/worker/wrangler-process.js';

export interface NodeServer { url: string; pid: number; stop: () => Promise<void> }

/** The Node entry as npm start runs it: compiled JavaScript (scripts/build-node.ts) in one plain node process. */
export async function startNodeServer(corpusDir: string, timeoutMs = 60_000): Promise<NodeServer> {
  return startNodeScript(await buildNodeEntry(), { CORPUS_DIR: corpusDir }, timeoutMs);
}

/** The plain Hono app serving one static JSON text of `bodyBytes` bytes (bench/plain-hono/node-server.mjs). */
export const startPlainHonoNode = (bodyBytes: number, timeoutMs = 60_000): Promise<NodeServer> =>
  startNodeScript(join(PROJECT_ROOT, 'bench/plain-hono/node-server.mjs'), { BODY_BYTES: String(bodyBytes) }, timeoutMs);

/** A JavaScript server in one plain node process (no loader) on a free port, ready once it prints "Serving". */
async function startNodeScript(script: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<NodeServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: PROJECT_ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Node server not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (data: Buffer) => {
      output += data;
      if (/Serving/.test(output)) { clearTimeout(timer); resolve(); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Node server exited with ${code}:\n${output}`)); });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}

/** Resident memory of a process in bytes (Linux /proc), undefined elsewhere or when gone. */
export function rssBytes(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/** Pids of this process' descendants named `name` (others run wrangler dev on this machine too). */
export function descendantsNamed(name: string, root = process.pid): number[] {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so split after the last ')'.
      const close = stat.lastIndexOf(')');
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parents.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch { /* exited meanwhile */ }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  return [...names].filter(([pid, comm]) => comm.startsWith(name) && isDescendant(pid)).map(([pid]) => pid);
}

/**
 * wrangler dev runs two workerd processes: one runs the Worker (it has the inspector), the
 * other is wrangler's dev proxy in front of it (it owns the public port). Told apart by
 * their command lines.
 */
export function wranglerDevProcesses(): { label: string; pid: number }[] {
  return descendantsNamed('workerd').map((pid) => {
    let cmdline = '';
    try { cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { /* exited */ }
    return { label: cmdline.includes('--inspector-addr') ? 'workerd running the Worker' : 'workerd of the dev proxy', pid };
  }).sort((a, b) => (a.label < b.label ? 1 : -1));
}
