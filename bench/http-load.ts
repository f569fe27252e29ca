// Bounded load on loopback (autocannon, fixed connections and duration) against one server,
// several rounds in a row, with resident memory of the server's processes before and after
// each: memory is "flat" when the last round leaves the main process where the first did.
import autocannon from 'autocannon';
import { ALL_SEARCH_PATHS, sequentialRequests, type SequentialRun } from './http-requests.js';
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
}

export interface LoadRun {
  target: string;
  settings: LoadSettings;
  processes: WatchedProcess[];
  sequential?: SequentialRun;
  /** Sequential requests to a route that does no search: the server's own floor. */
  floor?: SequentialRun;
  rssBefore: (number | undefined)[];
  rounds: LoadRound[];
  /** Main process: RSS after the last search round minus after the first; flat when under FLAT_GROWTH_BYTES. */
  rssGrowthAfterFirstRound?: number;
  flat?: boolean;
}

// A few MB of allocator slack between rounds is normal; a leak per request would add far more
// (each round is thousands of requests).
export const FLAT_GROWTH_BYTES = 8 * MB;

async function round(baseUrl: string, paths: readonly string[], label: string, settings: LoadSettings, processes: WatchedProcess[]): Promise<LoadRound> {
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
  };
}

/**
 * `settings.rounds` rounds over every bench query, then optionally one control round on a
 * route that does no search (`controlPath`), to tell the app's memory from the runtime's.
 */
export async function loadTest(target: string, baseUrl: string, processes: WatchedProcess[], settings: LoadSettings,
  options: { sequential?: number; floorPath?: string; controlPath?: string } = {}): Promise<LoadRun> {
  // Sequential first: latency without concurrency, and the warm-up (JIT, lazily decoded postings).
  const sequential = options.sequential ? await sequentialRequests(baseUrl, ALL_SEARCH_PATHS, options.sequential) : undefined;
  const floor = options.sequential && options.floorPath ? await sequentialRequests(baseUrl, [options.floorPath], options.sequential) : undefined;
  const rssBefore = processes.map((p) => rssBytes(p.pid));
  const rounds: LoadRound[] = [];
  for (let k = 0; k < settings.rounds; k++) rounds.push(await round(baseUrl, ALL_SEARCH_PATHS, 'search (all sets)', settings, processes));
  const first = rounds[0]?.rssAfter[0];
  const last = rounds[rounds.length - 1]?.rssAfter[0];
  if (options.controlPath) rounds.push(await round(baseUrl, [options.controlPath], `control: ${options.controlPath}`, settings, processes));
  const growth = first !== undefined && last !== undefined && settings.rounds > 1 ? last - first : undefined;
  return {
    target, settings, processes, sequential, floor, rssBefore, rounds,
    ...(growth !== undefined ? { rssGrowthAfterFirstRound: growth, flat: growth < FLAT_GROWTH_BYTES } : {}),
  };
}
