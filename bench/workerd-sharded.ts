// A sharded deployment served by workerd alone: the coordinator and every shard as Workers of
// one workerd process, joined by service bindings (Workers RPC, as deployed), with nothing in
// front. wrangler dev puts its dev proxy (a second workerd process) before the coordinator;
// this measures the Workers without it. Each Worker is the bundle `wrangler deploy --dry-run`
// writes. The shards' KV binding is workerd's own KV binding, which speaks KV's HTTP protocol
// (GET /<url-encoded key>) to a service: here a loopback server in this process holding the
// items that upload-items.ts would put, so a cold search reads each item over a socket as a
// deployed shard reads KV over the network. The Cache API before KV goes to a second stand-in
// that always misses (and stores nothing), so a cold search pays KV for every item it shows.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { freePort, runWrangler } from '../test/worker/wrangler-process.js';

const workerdBinary = (createRequire(import.meta.url)('workerd') as { default: string }).default;

export interface ShardedWorkerd {
  url: string;
  /** Every item read from the KV stand-in so far. */
  kvReads: () => number;
  stop: () => Promise<void>;
}

/** Reads the `[[services]]` bindings of a coordinator's wrangler.toml: binding name → Worker name. */
export function serviceBindings(toml: string): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const block of toml.split('[[services]]').slice(1)) {
    const binding = /^binding\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    const service = /^service\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    if (!binding || !service) throw new Error(`a [[services]] block names no binding or service:\n${block}`);
    bindings.set(binding, service);
  }
  return bindings;
}

const workerName = (toml: string): string => {
  const name = /^name\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (!name) throw new Error('a wrangler.toml names no Worker');
  return name;
};

const compatibilityDate = (toml: string): string => {
  const date = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(toml)?.[1];
  if (!date) throw new Error('a wrangler.toml has no compatibility_date');
  return date;
};

/** The modules of a dry-run bundle in `dir`, named as its code imports them, embedded relative to `base`. */
function moduleList(dir: string, base: string): string[] {
  const files = readdirSync(dir).filter((f) => /\.(js|json|bin)$/.test(f));
  const entries = files.filter((f) => f.endsWith('.js'));
  if (entries.length !== 1) throw new Error(`expected one JavaScript entry in ${dir}, found: ${entries.join(', ')}`);
  const kind = (f: string) => (f.endsWith('.js') ? 'esModule' : f.endsWith('.bin') ? 'data' : 'text');
  return [entries[0], ...files.filter((f) => f !== entries[0]).sort()]
    .map((f) => `    (name = ${JSON.stringify(f)}, ${kind(f)} = embed ${JSON.stringify(relative(base, join(dir, f)))}),`);
}

interface BuiltWorker { name: string; service: string; dir: string; toml: string }

/** The capnp config: one service per Worker, the coordinator on the socket, shards' ITEMS on the KV stand-in. */
export function shardedConfig(coordinator: BuiltWorker, shards: readonly BuiltWorker[], base: string, port: number, kvPort: number, cachePort: number): string {
  const bindings = serviceBindings(coordinator.toml);
  const byName = new Map(shards.map((s) => [s.name, s]));
  for (const [binding, name] of bindings) if (!byName.has(name)) throw new Error(`the coordinator's ${binding} names ${name}, which is not among the shards built`);
  const worker = (w: BuiltWorker, lines: string[], cache = false) => [
    `const ${w.service} :Workerd.Worker = (`,
    '  modules = [',
    ...moduleList(w.dir, base),
    '  ],',
    `  compatibilityDate = ${JSON.stringify(compatibilityDate(w.toml))},`,
    '  bindings = [',
    ...lines,
    '  ],',
    ...(cache ? ['  cacheApiOutbound = "edge-cache",'] : []),
    ');',
  ];
  return [
    'using Workerd = import "/workerd/workerd.capnp";',
    'const config :Workerd.Config = (',
    '  services = [',
    `    (name = "coordinator", worker = .${coordinator.service}),`,
    ...shards.map((s) => `    (name = ${JSON.stringify(s.name)}, worker = .${s.service}),`),
    `    (name = "items-kv", external = (address = "127.0.0.1:${kvPort}", http = ())),`,
    `    (name = "edge-cache", external = (address = "127.0.0.1:${cachePort}", http = ())),`,
    '  ],',
    `  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "coordinator") ],`,
    ');',
    ...worker(coordinator, [...bindings].map(([binding, name]) => `    (name = ${JSON.stringify(binding)}, service = ${JSON.stringify(name)}),`)),
    ...shards.flatMap((s) => worker(s, ['    (name = "ITEMS", kvNamespace = "items-kv"),'], true)),
    '',
  ].join('\n');
}

/** The KV stand-in: GET /<url-encoded key> answers the value, or 404 as KV's API does for a missing key. */
async function startItemsServer(itemFiles: readonly string[]): Promise<{ server: Server; port: number; reads: () => number }> {
  const values = new Map<string, string>();
  for (const file of itemFiles) {
    for (const { key, value } of JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: string }[]) values.set(key, value);
  }
  let reads = 0;
  const server = createServer((request, response) => {
    let key: string;
    try {
      key = decodeURIComponent(new URL(request.url ?? '/', 'http://kv').pathname.slice(1));
    } catch {
      response.writeHead(400).end();
      return;
    }
    const value = request.method === 'GET' ? values.get(key) : undefined;
    if (value === undefined) {
      response.writeHead(request.method === 'GET' ? 404 : 405).end();
      return;
    }
    reads++;
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(value);
  });
  const port = await freePort();
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { server, port, reads: () => reads };
}

/** The Cache API stand-in: every match a miss (workerd reads `Cf-Cache-Status: MISS`), every put dropped. */
async function startMissingCache(): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    request.resume();
    if (request.method === 'GET') response.writeHead(504, { 'cf-cache-status': 'MISS' }).end();
    else response.writeHead(204).end();
  });
  const port = await freePort();
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { server, port };
}

async function answers(url: string): Promise<boolean> {
  try {
    // A workerd that took the connection and hangs must not outlast the readiness deadline.
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the coordinator and every shard config with `wrangler deploy --dry-run` and serves them
 * from one workerd process; ready when the coordinator answers `probePath` (any status).
 */
export async function startShardedWorkerd(coordinatorConfig: string, shardConfigs: readonly string[], itemFiles: readonly string[], probePath = '/api/documents', timeoutMs = 120_000): Promise<ShardedWorkerd> {
  const base = mkdtempSync(join(tmpdir(), 'bench-workerd-sharded-'));
  const build = async (config: string, service: string): Promise<BuiltWorker> => {
    const dir = join(base, service);
    const { code, output } = await runWrangler(['deploy', '--dry-run', '--outdir', dir, '-c', config]);
    if (code !== 0) throw new Error(`wrangler deploy --dry-run -c ${config} failed:\n${output}`);
    const toml = readFileSync(config, 'utf8');
    return { name: workerName(toml), service, dir, toml };
  };
  const items = await startItemsServer(itemFiles);
  const cache = await startMissingCache();
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
    }
    items.server.close();
    cache.server.close();
    rmSync(base, { recursive: true, force: true });
  };
  try {
    const coordinator = await build(coordinatorConfig, 'coordinatorWorker');
    const shards: BuiltWorker[] = [];
    for (const [k, config] of shardConfigs.entries()) shards.push(await build(config, `shardWorker${k}`));
    const port = await freePort();
    writeFileSync(join(base, 'config.capnp'), shardedConfig(coordinator, shards, base, port, items.port, cache.port));
    child = spawn(workerdBinary, ['serve', 'config.capnp'], { cwd: base, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout!.on('data', (d: Buffer) => { log += d; });
    child.stderr!.on('data', (d: Buffer) => { log += d; });
    const url = `http://127.0.0.1:${port}`;
    const deadline = performance.now() + timeoutMs;
    while (!(await answers(`${url}${probePath}`))) {
      if (child.exitCode !== null || performance.now() > deadline) throw new Error(`workerd did not serve the sharded Workers:\n${log}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return { url, kvReads: items.reads, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
