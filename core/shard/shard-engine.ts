// One shard's engine: the project's search engine over the shard's items, loaded so that
// it scores with the whole corpus' statistics, and answering with the rank keys the
// coordinator merges on.
//
// The shard's snapshot carries the whole corpus' item count and field length statistics
// (Snapshot.corpus), from which the engine's BM25 takes idf and average lengths. The rank
// keys (clauses matched, unrounded score) come from the engine's ranking phase
// (Engine.rank), which also lets the items live outside the isolate: a shard whose items are
// in Workers KV fetches only the page's items between ranking and building the hits.
import type { Item } from '../schema.js';
import { DEFAULT_LIMIT, Engine, MAX_LIMIT } from '../search/engine.js';
import { readingItems } from '../search/fetched-items.js';
import { FIELDS, SNAPSHOT_VERSION, indexedItemMismatch, itemsMismatch } from '../search/snapshot.js';
import type { Snapshot } from '../search/snapshot.js';
import type { ItemSource, SearchParams } from '../search/index.js';
import { fromRuns } from './plan-shards.js';
import type { ShardHeader, ShardHit, ShardResult } from './types.js';

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
    readonly header: ShardHeader, readonly snapshot: Snapshot, readonly items: ItemSource,
    private readonly companions: (index: number) => readonly number[] = () => [],
  ) {
    this.engine = new Engine(snapshot, items);
    this.ordinals = fromRuns(header.ordinalRuns);
    if (this.ordinals.length !== items.length) {
      throw new Error(`shard ${header.index} lists ${this.ordinals.length} item positions for ${items.length} items: split the corpus again`);
    }
  }

  /** Hits [offset, offset + limit) in unsharded order; limit is not capped at the engine's page maximum. */
  async search(params: SearchParams): Promise<ShardResult> {
    const offset = wholeNumber(params.offset, 0);
    const end = offset + wholeNumber(params.limit, DEFAULT_LIMIT);
    const hits: ShardHit[] = [];
    let first: ShardResult | undefined;
    let at = offset;
    // Deep pages come in engine-sized chunks; each chunk re-runs the query (rare: the API caps paging).
    do {
      const chunk = Math.min(MAX_LIMIT, end - at);
      const ranked = this.engine.rank({ ...params, offset: at, limit: chunk });
      const needed = this.engine.needed(ranked);
      const page = await readingItems(this.items, [...needed, ...needed.flatMap(this.companions)], () => this.engine.hits(ranked));
      page.hits.forEach((hit, k) => {
        const { index, tier, score } = ranked.page[k];
        hits.push({ ...hit, order: this.ordinals[index], rank: tier > 0 ? [tier, score] : [0, 0] });
      });
      first ??= { ...page, hits };
      at += chunk;
      if (page.hits.length < chunk) break;
    } while (at < end);
    return first;
  }
}

/** Parses a shard snapshot written by splitSnapshot: its header and the snapshot, checked for version and statistics. */
export function parseShardSnapshot(serialized: string): { header: ShardHeader; snapshot: Snapshot } {
  const { shard, snapshot } = JSON.parse(serialized) as { shard?: ShardHeader; snapshot?: Snapshot };
  if (!shard || !snapshot) throw new Error('not a shard snapshot (no "shard" header): split the corpus with splitSnapshot');
  if (snapshot.v !== SNAPSHOT_VERSION || snapshot.fields?.join() !== FIELDS.join()) {
    throw new Error(`shard ${shard.index} snapshot has version ${snapshot.v} / fields ${String(snapshot.fields)}: rebuild and split the corpus`);
  }
  if (!snapshot.corpus) throw new Error(`shard ${shard.index} snapshot has no whole-corpus statistics ("corpus"): split the corpus again`);
  return { header: shard, snapshot };
}

/** A shard holding its items in the isolate: every item is checked against the snapshot now. */
export function loadShardEngine(serialized: string, items: Item[]): ShardEngine {
  const { header, snapshot } = parseShardSnapshot(serialized);
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
