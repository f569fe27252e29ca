// The HTTP section: each server under autocannon on loopback, next to a plain Hono app on the
// same runtime answering one static JSON text the size of the app's average search answer, so
// that the cost of the app itself (routing, validation, search, serialization) is visible:
// Node runs the compiled entry (what npm start serves), workerd the deploy bundle with nothing
// in front; wrangler dev (its proxy in front) is loaded longer to judge memory flatness.
import type { DevWorker } from '../test/worker/wrangler-process.js';
import { loadTest, type LoadRun, type LoadSettings } from './http-load.js';
import { startNodeServer, startPlainHonoNode, wranglerDevProcesses, type NodeServer } from './processes.js';
import { FLOOR_PATH } from './worker-bench.js';
import { startPlainHonoWorker, startWorkerdDirect, type DirectWorker } from './workerd-direct.js';

export const CONNECTIONS = 50;
/** Rounds in a row on the app's servers (memory before and after); one round for the plain apps. */
const LOAD: LoadSettings = { connections: CONNECTIONS, durationSeconds: 10, rounds: 3 };
const ONE_ROUND: LoadSettings = { ...LOAD, rounds: 1 };
const STATIC_PATHS = ['/'];

export interface SideBySideRow { runtime: string; served: string; run: LoadRun }

export interface HttpBench {
  load: LoadRun[];
  errors: string[];
  /** Mean bytes of the app's search answers, the size of the plain apps' static JSON. */
  bodyBytes?: number;
  sideBySide: SideBySideRow[];
}

type Server = NodeServer | DirectWorker;

async function withServer(start: () => Promise<Server>, what: string, bench: HttpBench, use: (server: Server) => Promise<void>): Promise<void> {
  const server = await start().catch((err: Error) => { bench.errors.push(`${what}: ${err.message.split('\n')[0]}`); return undefined; });
  if (!server) return;
  try {
    await use(server);
  } finally {
    await server.stop();
  }
}

export async function benchHttp(options: { corpusDir: string; devWorker?: DevWorker; withWorker: boolean; log: (message: string) => void }): Promise<HttpBench> {
  const bench: HttpBench = { load: [], errors: [], sideBySide: [] };
  const { devWorker, log } = options;
  if (devWorker) {
    bench.load.push(await loadTest('wrangler dev', devWorker.url, wranglerDevProcesses(), LOAD, { controlPath: FLOOR_PATH, inspectorPort: devWorker.inspectorPort }));
    log('load test on wrangler dev done');
  } else if (options.withWorker) {
    bench.errors.push('wrangler dev: not running (see Worker section)');
  }
  await devWorker?.stop();

  const add = (runtime: string, served: string, run: LoadRun) => {
    bench.load.push(run);
    bench.sideBySide.push({ runtime, served, run });
    log(`load test: ${run.target} done`);
  };
  await withServer(() => startNodeServer(options.corpusDir), 'Node server', bench, async (node) => {
    const run = await loadTest('Node: this app (dist/node/server.js)', node.url, [{ label: 'Node server', pid: node.pid }], LOAD, { sequential: 300, floorPath: FLOOR_PATH });
    bench.bodyBytes = run.sequential && Math.round(run.sequential.meanBytes);
    add('Node', 'this app: GET /api/search, every bench query', run);
  });
  const bytes = bench.bodyBytes;
  if (bytes === undefined) return bench;
  const staticRun = (target: string, server: Server) =>
    loadTest(target, server.url, [{ label: 'plain Hono', pid: server.pid }], ONE_ROUND, { paths: STATIC_PATHS, label: 'static JSON', sequential: 300 });
  await withServer(() => startPlainHonoNode(bytes), 'plain Hono on Node', bench, async (plain) => {
    add('Node', `plain Hono: one static JSON of ${bytes} bytes`, await staticRun('Node: plain Hono, static JSON', plain));
  });
  if (!options.withWorker) return bench;
  await withServer(() => startWorkerdDirect(), 'workerd serving the deploy bundle', bench, async (direct) => {
    const run = await loadTest('workerd: this app (deploy bundle)', direct.url, [{ label: 'workerd', pid: direct.pid }], ONE_ROUND, { sequential: 300 });
    add('workerd', 'this app: GET /api/search, every bench query', run);
  });
  await withServer(() => startPlainHonoWorker(bytes), 'plain Hono on workerd', bench, async (plain) => {
    add('workerd', `plain Hono: one static JSON of ${bytes} bytes`, await staticRun('workerd: plain Hono, static JSON', plain));
  });
  return bench;
}
