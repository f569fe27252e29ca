// Shared types of the sharded search: the plan the indexer writes, what a shard answers and
// the one interface the coordinator talks to, whatever carries the call (in-process, a
// service binding, a Durable Object stub).
import type { SearchHit, SearchParams, SearchResult } from '../search/index.js';

/** One shard of a plan: whole groups (documents by default) and the items they hold. */
export interface PlannedShard {
  index: number;
  /** Group keys (document ids, or bodies…) in order of first appearance. */
  groups: string[];
  /** Global positions of the shard's items in the unsharded corpus, ascending. */
  ordinals: number[];
  /** True when a single group alone exceeds the per-shard maximum (it is never split). */
  oversized: boolean;
}

export interface ShardPlan {
  /** Items in the whole corpus. */
  total: number;
  maxItemsPerShard: number;
  shards: PlannedShard[];
}

/**
 * Which shard this is and where its items sit in the whole corpus. (The whole corpus'
 * statistics that make its scores the unsharded engine's are in its snapshot: Snapshot.corpus.)
 */
export interface ShardHeader {
  index: number;
  count: number;
  /** Global positions of this shard's items as [start, length] runs (a few runs per shard). */
  ordinalRuns: [number, number][];
}

/**
 * A hit as a shard returns it: the engine's hit plus what the coordinator needs to merge
 * lists from several shards in exactly the unsharded order.
 */
export interface ShardHit extends SearchHit {
  /** Position of the item in the unsharded corpus: the final tie-break, "document order". */
  order: number;
  /** [clauses matched, unrounded score]; [0, 0] when the query has no words. */
  rank: [number, number];
}

export interface ShardResult extends SearchResult {
  hits: ShardHit[];
}

/** Anything that answers a search for one shard: the coordinator needs nothing else. */
export interface ShardClient {
  /** Hits from offset 0 up to `limit` (which may exceed the engine's own page maximum). */
  search(params: SearchParams): Promise<ShardResult>;
}
