// Everything one bench run measured: what run.ts fills in and report.ts renders.
import type { EngineRun } from './engine-bench.js';
import type { SideBySideRow } from './http-bench.js';
import type { LoadRun } from './http-load.js';
import type { Machine } from './machine.js';
import type { PageRun } from './page-bench.js';
import type { RelevanceRun } from './relevance/report.js';
import type { ShardBenchRun } from './shard-bench.js';
import type { ShardedScaleRun } from './sharded-scale-bench.js';
import type { ShardedWorkerRun } from './sharded-worker-bench.js';
import type { WorkerRun } from './worker-bench.js';

export interface ScaleRun {
  factor: number;
  items: number;
  /** Distinct index terms (this project's snapshot). */
  vocabulary: number;
  itemsJsonBytes: number;
  itemsJsonGzipBytes: number;
  /** Memory the parsed items keep (all engines need the items to show hits). */
  itemsBytes: number;
  rounds: number;
  engines: EngineRun[];
}

export interface BenchResults {
  command: string;
  date: string;
  machine: Machine;
  baseSource: string;
  baseItems: number;
  /** runIndexer on seeds/ into a temporary folder, when it ran. */
  indexerMs?: number;
  indexerError?: string;
  scales: ScaleRun[];
  /** Judged queries over the shipped corpus (corpus/), when it exists. */
  relevance?: RelevanceRun;
  shards?: ShardBenchRun;
  worker?: WorkerRun;
  workerError?: string;
  shardedWorker?: ShardedWorkerRun;
  shardedWorkerError?: string;
  /** --sharded-scales: the sharded deployment under wrangler dev at each scale. */
  shardedScales?: { runs: ShardedScaleRun[]; maxItems: number; requests: number };
  shardedScalesError?: string;
  load: LoadRun[];
  loadErrors: string[];
  /** The app and a plain Hono app serving a static JSON of the app's mean answer size, per runtime. */
  sideBySide: SideBySideRow[];
  staticBodyBytes?: number;
  /** The search page in Chromium against the Node server. */
  page?: PageRun;
  pageError?: string;
  durationSeconds: number;
}
