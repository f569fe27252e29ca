// One corpus scale, every engine, in one process: build time, memory kept after build and
// after load, snapshot size, load time, and per-query latency for the three query sets,
// plus the top-10 ids the quality checks compare.
import { gzipSync } from 'node:zlib';
import type { Item } from '../core/schema.js';
import type { Lexicon } from '../core/search/index.js';
import type { BenchEngine, SearchableIndex } from './engines/types.js';
import { latencyOf, measureRetained, median, timeMs } from './measure.js';
import type { Latency } from './measure.js';
import { QUERY_SETS } from './queries.js';
import type { QuerySetName } from './queries.js';

export interface ScaleSettings {
  /** Builds timed (the median is reported); memory is measured on the first. */
  buildRuns: number;
  loadRuns: number;
  /** Passes over each query set after one warm-up pass. */
  rounds: number;
}

export interface EngineRun {
  engine: string;
  /** What the engine does per query beyond ranking (BenchEngine.work). */
  work: string;
  buildMs: number;
  bytesAfterBuild: number;
  snapshotBytes?: number;
  snapshotGzipBytes?: number;
  loadMs: number;
  bytesAfterLoad: number;
  latency: Record<QuerySetName, Latency>;
  /** Top-10 ids per query of each set (first measured pass). */
  top: Record<QuerySetName, string[][]>;
  /** Top-10 ids of the correctly spelt query behind each typo query. */
  intendedTop: string[][];
  /** The serialized index, kept only when asked (the shard bench splits it). */
  snapshot?: string;
}

const SET_NAMES = Object.keys(QUERY_SETS) as QuerySetName[];

/**
 * Builds, serializes and loads each engine in turn (memory is measured one engine at a
 * time), then times the loaded engines on the same queries, taking turns pass by pass:
 * whatever else runs on the machine meanwhile slows every engine alike, while within a
 * pass each engine keeps its own data in the CPU caches (per query turns would penalise
 * the engine with the smallest working set, evicted by the scan's megabytes of text).
 */
export function benchEngines(engines: readonly BenchEngine[], items: Item[], lexicon: Lexicon, settings: ScaleSettings, keepSnapshotOf?: BenchEngine): EngineRun[] {
  const prepared = engines.map((engine) => prepare(engine, items, lexicon, settings, engine === keepSnapshotOf));
  for (const set of SET_NAMES) {
    const queries = QUERY_SETS[set];
    const typoTolerant = set === 'typo';
    // Warm-up: JIT, lazily decoded postings.
    for (const { index } of prepared) for (const query of queries) index.search(query, typoTolerant);
    const samples = prepared.map((): number[] => []);
    for (let round = 0; round < settings.rounds; round++) {
      prepared.forEach(({ index, run }, e) => {
        queries.forEach((query, k) => {
          const started = performance.now();
          const ids = index.search(query, typoTolerant);
          samples[e].push(performance.now() - started);
          if (round === 0) (run.top[set] ??= [])[k] = ids;
        });
      });
    }
    prepared.forEach(({ run }, e) => { run.latency[set] = latencyOf(samples[e]); });
  }
  for (const { index, run } of prepared) {
    run.intendedTop = QUERY_SETS.typo.map((query) => index.search({ q: query.intended ?? query.q }, false));
  }
  return prepared.map(({ run }) => run);
}

function prepare(engine: BenchEngine, items: Item[], lexicon: Lexicon, settings: ScaleSettings, keepSnapshot: boolean): { run: EngineRun; index: SearchableIndex } {
  const built = buildAndSerialize(engine, items, lexicon, settings.buildRuns);
  const snapshot = built.snapshot;
  const loaded = measureRetained(() => engine.load(snapshot, items, lexicon));
  const loadTimes = [loaded.ms];
  for (let run = 1; run < settings.loadRuns; run++) loadTimes.push(timeMs(() => engine.load(snapshot, items, lexicon)));
  const run: EngineRun = {
    engine: engine.name,
    work: engine.work,
    buildMs: median(built.times),
    bytesAfterBuild: built.bytes,
    ...(snapshot !== undefined ? { snapshotBytes: Buffer.byteLength(snapshot), snapshotGzipBytes: gzipSync(snapshot, { level: 9 }).length } : {}),
    loadMs: median(loadTimes),
    bytesAfterLoad: loaded.bytes,
    latency: {} as EngineRun['latency'],
    top: {} as EngineRun['top'],
    intendedTop: [],
    ...(keepSnapshot && snapshot !== undefined ? { snapshot } : {}),
  };
  return { run, index: loaded.value };
}

/** The built index stays local here, so it is garbage by the time loading is measured. */
function buildAndSerialize(engine: BenchEngine, items: Item[], lexicon: Lexicon, runs: number) {
  const built = measureRetained(() => engine.build(items, lexicon));
  const times = [built.ms];
  for (let run = 1; run < runs; run++) times.push(timeMs(() => engine.build(items, lexicon)));
  return { snapshot: engine.serialize(built.value), bytes: built.bytes, times };
}

/** |A ∩ B| / max(|A|, |B|) over two top-k lists, averaged over queries (1 when both are empty). */
export function meanOverlap(a: readonly string[][], b: readonly string[][]): number {
  let sum = 0;
  a.forEach((ids, k) => {
    const other = new Set(b[k]);
    const size = Math.max(ids.length, b[k].length);
    sum += size === 0 ? 1 : ids.filter((id) => other.has(id)).length / size;
  });
  return a.length === 0 ? NaN : sum / a.length;
}

/** Queries of a set for which the engine returned nothing. */
export function emptyAnswers(top: readonly string[][]): number {
  return top.filter((ids) => ids.length === 0).length;
}
