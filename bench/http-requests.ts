// The bench's queries as API URLs, and a sequential client that times them end to end.
import { latencyOf } from './measure.js';
import type { Latency } from './measure.js';
import { QUERY_SETS } from './queries.js';
import type { BenchQuery } from './queries.js';

export function searchPath(query: BenchQuery, limit = 10): string {
  const params = new URLSearchParams({ q: query.q, limit: String(limit) });
  const filters = query.filters ?? {};
  for (const field of ['type', 'urgency', 'theme', 'body', 'document'] as const) {
    for (const value of filters[field] ?? []) params.append(field, value);
  }
  if (filters.year) params.append('year', `${filters.year.from ?? ''}..${filters.year.to ?? ''}`);
  return `/api/search?${params}`;
}

/** Every query of the three sets, interleaved, as paths. */
export const ALL_SEARCH_PATHS: string[] = Object.values(QUERY_SETS).flat().map((query) => searchPath(query));

export interface SequentialRun {
  latency: Latency;
  /** Answers other than 200, and requests that got no answer at all. */
  failures: number;
  /** The request that got no answer and ended the run (refused, reset, timed out), with its reason: empty when every request was answered. */
  errors: string[];
  /** Mean body size of the answers, in bytes (uncompressed: no Accept-Encoding is sent). */
  meanBytes: number;
}

/** The reason a fetch got no answer: undici's "fetch failed" says nothing; its cause does. */
function fetchFailure(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  const base = err instanceof Error ? err.message : String(err);
  return cause ? `${base} (${[cause.code, cause.message].filter(Boolean).join(': ')})` : base;
}

/** Longer than any answer measured (p99 under 1 s at 200×), far shorter than undici's 5-minute header timeout. */
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * `count` requests one after another, cycling through `paths`; bodies are read fully. A request
 * that gets no answer (refused, reset, or none within `timeoutMs`) ends the run: the server has
 * stopped answering, and every request left is counted as failed with that reason, so the figures
 * measured so far are reported next to it instead of the bench waiting on a server that hangs.
 */
export async function sequentialRequests(baseUrl: string, paths: readonly string[], count: number, timeoutMs = REQUEST_TIMEOUT_MS): Promise<SequentialRun> {
  const samples: number[] = [];
  const errors: string[] = [];
  let failures = 0;
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const path = paths[k % paths.length];
    const started = performance.now();
    try {
      // Identity: fetch would ask for gzip, and the load test's client (autocannon) does not.
      const response = await fetch(baseUrl + path, { headers: { 'Accept-Encoding': 'identity' }, signal: AbortSignal.timeout(timeoutMs) });
      bytes += (await response.arrayBuffer()).byteLength;
      samples.push(performance.now() - started);
      if (response.status !== 200) failures++;
    } catch (err) {
      failures += count - k;
      errors.push(`GET ${path}: ${fetchFailure(err)}; the ${count - k - 1} requests after it were not sent`);
      break;
    }
  }
  return { latency: latencyOf(samples), failures, errors, meanBytes: samples.length === 0 ? 0 : bytes / samples.length };
}

/** Time to the first 200 from a server that may still be starting (connection refused → retry). */
export async function firstResponse(baseUrl: string, path: string, timeoutMs = 30_000): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  for (;;) {
    try {
      const response = await fetch(baseUrl + path);
      await response.arrayBuffer();
      return { ms: performance.now() - started, status: response.status };
    } catch (err) {
      if (performance.now() - started > timeoutMs) throw err;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
