// Sharded search, runtime-neutral: plan and split on the indexer side, load a shard and
// coordinate shards on the server side (Worker or Node).
export * from './types.js';
export { planShards, toRuns, fromRuns, type PlanOptions } from './plan-shards.js';
export { splitSnapshot, type ShardFiles } from './split-snapshot.js';
export { ShardEngine, loadShardEngine, parseShardSnapshot } from './shard-engine.js';
export { mergeShardRankings, sumFacets, pageOf, type Page, type PlacedKey } from './merge.js';
export { createShardCoordinator, ShardSearchError, HITS_PER_CALL, type ShardCoordinator } from './coordinator.js';
export {
  inProcessShardClient, remoteShardClient, shardPost, SHARD_RANK_PATH, SHARD_HITS_PATH,
  type FetchTarget, type FetchShardOptions, type RpcTarget, type ShardPost, type ShardReply, type ShardSearcher, type ShardTarget,
} from './clients.js';
