// Bounded load on loopback (autocannon, fixed connections and duration) against one server,
// several rounds in a row, with resident memory of the server's processes before and after
// each: memory is "flat" when the last round leaves the main process where the first did.
// Under wrangler dev, given the inspector port, the Worker isolate's heap after a forced GC is
// read too and judged instead: workerd's RSS is mostly the runtime's, not the Worker's.
import autocannon from 'autocannon';
import { ALL_SEARCH_PATHS, sequentialRequests, type SequentialRun } from './http-requests.js';
import { connectIsolateInspector, type HeapUsage, type IsolateInspector } from './isolate-heap.js';
import { MB } from './measure.js';
import { rssBytes } from './processes.js';

export interface LoadSettings { connections: number; durationSeconds: number; rounds: number }

export interface WatchedProcess { label: string; pid: number }

export interface LoadRound {
  /** Which requests the round cycled through. */
  paths: string;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  /** RSS per watched process after the round (same order as `processes`). */
  rssAfter: (number | undefined)[];
  /** The Worker isolate's JS heap after a forced GC, read after `rssAfter`. */
  isolateHeapAfter?: HeapUsage;
}

export interface LoadRun {
  target: string;
  settings: LoadSettings;
  processes: WatchedProcess[];
  sequential?: SequentialRun;
  /** Sequential requests to a route that does no search: the server's own floor. */
  floor?: SequentialRun;
  rssBefore: (number | undefined)[];
  isolateHeapBefore?: HeapUsage;
  /** Why the isolate heap was not read (only set when an inspector port was given). */
  isolateHeapError?: string;
  rounds: LoadRound[];
  /** Main process: RSS after the last search round minus after the first. */
  rssGrowthAfterFirstRound?: number;
  /** Isolate heap (used) after the last search round minus after the first. */
  isolateHeapGrowthAfterFirstRound?: number;
  /** Growth under FLAT_GROWTH_BYTES: of the isolate heap when it was read, else of the main process' RSS. */
  flat?: boolean;
}

// A few MB of allocator slack between rounds is normal; a leak per request would add far more
// (each round is thousands of requests).
export const FLAT_GROWTH_BYTES = 8 * MB;

async function round(baseUrl: string, paths: readonly string[], label: string, settings: LoadSettings, processes: WatchedProcess[],
  readHeap: () => Promise<HeapUsage | undefined>): Promise<LoadRound> {
  const result = await autocannon({
    url: baseUrl, connections: settings.connections, duration: settings.durationSeconds, timeout: 10,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    paths: label,
    requests: result.requests.total ?? 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: result.requests.average,
    rssAfter: processes.map((p) => rssBytes(p.pid)),
    isolateHeapAfter: await readHeap(),
  };
}

/** Heap reads that record the first failure and stop, so a broken inspector costs figures, not the load test. */
async function isolateHeapReader(baseUrl: string, inspectorPort: number | undefined) {
  let inspector: IsolateInspector | undefined;
  let error: string | undefined;
  if (inspectorPort !== undefined) {
    inspector = await connectIsolateInspector(inspectorPort, baseUrl).catch((err: Error) => { error = `inspector port ${inspectorPort}: ${err.message}`; return undefined; });
  }
  const read = async (): Promise<HeapUsage | undefined> => {
    if (!inspector || error) return undefined;
    return inspector.heapAfterGc().catch((err: Error) => { error = err.message; return undefined; });
  };
  return { read, error: () => error, close: () => inspector?.close() };
}

/**
 * `settings.rounds` rounds over every bench query, then optionally one control round on a
 * route that does no search (`controlPath`), to tell the app's memory from the runtime's.
 */
export async function loadTest(target: string, baseUrl: string, processes: WatchedProcess[], settings: LoadSettings,
  options: { sequential?: number; floorPath?: string; controlPath?: string; inspectorPort?: number; paths?: readonly string[]; label?: string } = {}): Promise<LoadRun> {
  const paths = options.paths ?? ALL_SEARCH_PATHS;
  const label = options.label ?? 'search (all sets)';
  // Sequential first: latency without concurrency, and the warm-up (JIT, lazily decoded postings).
  const sequential = options.sequential ? await sequentialRequests(baseUrl, paths, options.sequential) : undefined;
  const floor = options.sequential && options.floorPath ? await sequentialRequests(baseUrl, [options.floorPath], options.sequential) : undefined;
  const rssBefore = processes.map((p) => rssBytes(p.pid));
  const heap = await isolateHeapReader(baseUrl, options.inspectorPort);
  const rounds: LoadRound[] = [];
  let isolateHeapBefore: HeapUsage | undefined;
  try {
    isolateHeapBefore = await heap.read();
    for (let k = 0; k < settings.rounds; k++) rounds.push(await round(baseUrl, paths, label, settings, processes, heap.read));
    if (options.controlPath) rounds.push(await round(baseUrl, [options.controlPath], `control: ${options.controlPath}`, settings, processes, heap.read));
  } finally {
    heap.close();
  }
  const search = rounds.slice(0, settings.rounds);
  const growthOf = (at: (r: LoadRound) => number | undefined): number | undefined => {
    if (search.length < 2) return undefined;
    const first = at(search[0]);
    const last = at(search[search.length - 1]);
    return first !== undefined && last !== undefined ? last - first : undefined;
  };
  const rssGrowth = growthOf((r) => r.rssAfter[0]);
  const heapGrowth = growthOf((r) => r.isolateHeapAfter?.usedSize);
  const judged = heapGrowth ?? rssGrowth;
  return {
    target, settings, processes, sequential, floor, rssBefore, rounds,
    ...(isolateHeapBefore ? { isolateHeapBefore } : {}),
    ...(heap.error() ? { isolateHeapError: heap.error() } : {}),
    ...(rssGrowth !== undefined ? { rssGrowthAfterFirstRound: rssGrowth } : {}),
    ...(heapGrowth !== undefined ? { isolateHeapGrowthAfterFirstRound: heapGrowth } : {}),
    ...(judged !== undefined ? { flat: judged < FLAT_GROWTH_BYTES } : {}),
  };
}
