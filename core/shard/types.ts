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
 * A hit as a shard ranks it, without its item: where it is in the shard (`index`) and in the
 * whole corpus (`order`, the final tie-break), its rank keys ([clauses matched, unrounded
 * score]; [0, 0] when the query has no words) and the keys of the other orders. The
 * coordinator merges these, then asks each shard for the items of the hits on its page only.
 */
export interface ShardKey {
  index: number;
  order: number;
  rank: [number, number];
  partial: boolean;
  cites: boolean;
  /** 0 when the item has no year. */
  year: number;
  /** The deadline sort key; null when the item has none (sorted last). */
  deadline: number | null;
}

/** A shard's first answer: its count, facets and reading of the query, its top keys, and the hits of the first keys when asked. */
export interface ShardRanking extends Omit<SearchResult, 'hits'> {
  keys: ShardKey[];
  /** The hits of keys[0 … withHits), when the ranking was asked for them. */
  hits?: SearchHit[];
}

/** Anything that answers for one shard: the coordinator needs nothing else. */
export interface ShardClient {
  /**
   * Keys from offset 0 up to `limit` (which may exceed the engine's own page maximum), and the
   * hits of the first `withHits` of them (a lone shard's first page: no second call).
   */
  rank(params: SearchParams, withHits?: number): Promise<ShardRanking>;
  /** The hits of these keys (from rank with the same params), in their order. */
  hits(params: SearchParams, keys: readonly ShardKey[]): Promise<SearchHit[]>;
}
