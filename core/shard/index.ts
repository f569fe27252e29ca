// Sharded search, runtime-neutral: plan and split on the indexer side, load a shard and
// coordinate shards on the server side (Worker or Node).
export * from './types.js';
export { planShards, toRuns, fromRuns, type PlanOptions } from './plan-shards.js';
export { splitSnapshot, type ShardFiles } from './split-snapshot.js';
export { ShardEngine, loadShardEngine, parseShardSnapshot } from './shard-engine.js';
export { mergeShardResults, sumFacets, pageOf, type Page } from './merge.js';
export { createShardCoordinator, ShardSearchError, type ShardCoordinator } from './coordinator.js';
export { inProcessShardClient, fetchShardClient, SHARD_SEARCH_PATH, type FetchTarget, type FetchShardOptions } from './clients.js';
