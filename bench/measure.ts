// Timing and memory primitives shared by every bench section.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// npm run bench starts Node without --expose-gc; this is the documented way to get gc()
// at run time, needed so that heap figures measure what an engine keeps, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap plus typed-array buffers (engines keep much of their index in typed arrays). */
export function retainedBytes(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Bytes a value built by `make` keeps alive (the value is returned so it stays alive). */
export function measureRetained<T>(make: () => T): { value: T; bytes: number; ms: number } {
  const before = retainedBytes();
  const started = performance.now();
  const value = make();
  const ms = performance.now() - started;
  const bytes = retainedBytes() - before;
  return { value, bytes, ms };
}

/** measureRetained for a value that is only complete once `warm` has run on it (an isolate after its first requests). */
export async function measureRetainedWarm<T>(make: () => T, warm: (value: T) => Promise<void>): Promise<{ value: T; bytes: number }> {
  const before = retainedBytes();
  const value = make();
  await warm(value);
  return { value, bytes: retainedBytes() - before };
}

export function timeMs(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export interface Latency { p50: number; p99: number; samples: number }

export function latencyOf(samples: readonly number[]): Latency {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length };
}

export const MB = 1024 * 1024;
