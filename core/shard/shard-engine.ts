// One shard's engine: the project's search engine over the shard's items, loaded so that
// it scores with the whole corpus' statistics, answering in two phases: the keys of its top
// hits (no item read), then the hits of the keys the coordinator kept for its page.
//
// The shard's snapshot carries the whole corpus' item count and field length statistics
// (Snapshot.corpus), from which the engine's BM25 takes idf and average lengths. The keys
// come from the engine's ranking phase (Engine.rank), which reads no item; only the second
// phase reads items, so a shard whose items live in Workers KV fetches the page's items and
// nothing else, however deep the page.
import type { Item } from '../schema.js';
import { DEFAULT_LIMIT, Engine, MAX_LIMIT, type RankedItem } from '../search/engine.js';
import { readingItems } from '../search/fetched-items.js';
import { indexedItemMismatch, itemsMismatch } from '../search/snapshot.js';
import type { SnapshotView } from '../search/snapshot.js';
import { unpackSnapshot } from '../search/packed-snapshot.js';
import type { ItemSource, SearchHit, SearchParams } from '../search/index.js';
import { fromRuns } from './plan-shards.js';
import type { ShardHeader, ShardKey, ShardRanking } from './types.js';

export class ShardEngine {
  private readonly engine: Engine;
  /** Position in the whole corpus of each of the shard's items. */
  readonly ordinals: number[];

  /**
   * `companions(index)`: items read with the item at `index` when it is a page's question (its
   * list's lead-in, the parent), fetched with the page so that building the hits needs no
   * second round of fetching.
   */
  constructor(
    readonly header: ShardHeader, readonly snapshot: SnapshotView, readonly items: ItemSource,
    private readonly companions: (index: number) => readonly number[] = () => [],
  ) {
    this.engine = new Engine(snapshot, items);
    this.ordinals = fromRuns(header.ordinalRuns);
    if (this.ordinals.length !== items.length) {
      throw new Error(`shard ${header.index} lists ${this.ordinals.length} item positions for ${items.length} items: split the corpus again`);
    }
  }

  /** The item's position in the shard, or undefined when the shard holds no item with this id. */
  positionOf(id: string): number | undefined {
    return this.engine.positionOf(id);
  }

  /** Keys of hits [offset, offset + limit) in unsharded order; limit is not capped at the engine's page maximum. */
  rank(params: SearchParams): ShardRanking {
    const offset = wholeNumber(params.offset, 0);
    const end = offset + wholeNumber(params.limit, DEFAULT_LIMIT);
    const keys: ShardKey[] = [];
    let first: ShardRanking | undefined;
    let at = offset;
    // Deep pages come in engine-sized chunks; each chunk re-runs the query (rare: the API caps paging).
    do {
      const chunk = Math.min(MAX_LIMIT, end - at);
      const ranked = this.engine.rank({ ...params, offset: at, limit: chunk });
      for (const item of ranked.page) keys.push(this.keyOf(item));
      first ??= { count: ranked.count, facets: ranked.facets, parsed: ranked.parsed, keys };
      at += chunk;
      if (ranked.page.length < chunk) break;
    } while (at < end);
    return first;
  }

  /** The hits of keys this shard ranked for the same params, their items fetched first when they live elsewhere. */
  async hits(params: SearchParams, keys: readonly ShardKey[]): Promise<SearchHit[]> {
    const page = keys.map((key): RankedItem => {
      if (!(Number.isInteger(key.index) && key.index >= 0 && key.index < this.ordinals.length) || this.ordinals[key.index] !== key.order) {
        throw new RangeError(`shard ${this.header.index} holds no item ${key.index} at corpus position ${key.order}: rank again`);
      }
      return { index: key.index, tier: key.rank[0], score: key.rank[1], partial: key.partial, cites: key.cites, year: key.year, deadline: key.deadline };
    });
    const needed = this.engine.needed(page);
    return readingItems(this.items, [...needed, ...needed.flatMap(this.companions)], () => this.engine.pageHits(params, page));
  }

  private keyOf(item: RankedItem): ShardKey {
    return {
      index: item.index, order: this.ordinals[item.index], rank: item.tier > 0 ? [item.tier, item.score] : [0, 0],
      partial: item.partial, cites: item.cites, year: item.year, deadline: item.deadline,
    };
  }
}

/** A shard snapshot as parseShardSnapshot reads it. */
export interface ParsedShardSnapshot {
  header: ShardHeader;
  snapshot: SnapshotView;
  /** Each item's parent as its position in the shard + 1; 0 where the shard does not hold it. */
  parents: Uint32Array;
  /** The prefix of the items' keys in Workers KV, when the shards were written for a deployment. */
  keyPrefix?: string;
}

/** Parses a shard snapshot written by splitSnapshot: its header and the snapshot, checked for version and statistics. */
export function parseShardSnapshot(packed: ArrayBuffer | ArrayBufferView): ParsedShardSnapshot {
  const { snapshot, extra, extraNumbers } = unpackSnapshot(packed);
  const { shard: header, keyPrefix } = (extra ?? {}) as { shard?: ShardHeader; keyPrefix?: unknown };
  if (!header) throw new Error('not a shard snapshot (no "shard" header): split the corpus with splitSnapshot');
  if (!snapshot.corpus) throw new Error(`shard ${header.index} snapshot has no whole-corpus statistics ("corpus"): split the corpus again`);
  const parents = extraNumbers('parents');
  if (parents?.length !== snapshot.ids.length) {
    throw new Error(`shard ${header.index} snapshot has ${parents ? `${parents.length} parent links` : 'no parent links'} for ${snapshot.ids.length} items: split the corpus again`);
  }
  if (keyPrefix !== undefined && typeof keyPrefix !== 'string') throw new Error(`shard ${header.index} snapshot's KV key prefix is ${JSON.stringify(keyPrefix)}, not text: write the shards again`);
  return { header, snapshot, parents, keyPrefix };
}

/** A shard holding its items in the isolate: every item is checked against the snapshot now. */
export function loadShardEngine(packed: ArrayBuffer | ArrayBufferView, items: Item[]): ShardEngine {
  const { header, snapshot } = parseShardSnapshot(packed);
  const mismatch = itemsMismatch(snapshot, items);
  if (mismatch) throw new Error(`shard ${header.index} snapshot ${mismatch}: split the corpus again`);
  items.forEach((item, index) => {
    const differs = indexedItemMismatch(snapshot, index, item);
    if (differs) throw new Error(`shard ${header.index} item ${index} (${JSON.stringify(item.id)}) ${differs}: split the corpus again`);
  });
  return new ShardEngine(header, snapshot, items);
}

function wholeNumber(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, Math.floor(value));
}
