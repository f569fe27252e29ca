// One shard's engine: the project's search engine over the shard's items, loaded so that
// it scores with the whole corpus' statistics, and answering with the rank keys the
// coordinator merges on.
//
// The shard's snapshot carries the whole corpus' item count and field length statistics
// (Snapshot.corpus), from which the engine's BM25 takes idf and average lengths. Why it
// still reaches into the engine: hits carry only a rounded score and a "partial" flag, not
// how many query clauses matched. Until the engine offers exact rank keys itself (asked for
// in the README section on shards), this module reads the per-item clause count and
// unrounded score that the engine leaves in its reused arrays right after each search.
// test/shard/parity.test.ts fails if that stops matching the unsharded ranking.
import type { Item } from '../schema.js';
import { DEFAULT_LIMIT, Engine, MAX_LIMIT } from '../search/engine.js';
import { FIELDS, SNAPSHOT_VERSION, indexedItemMismatch, itemsMismatch } from '../search/snapshot.js';
import type { Snapshot } from '../search/snapshot.js';
import type { SearchHit, SearchParams } from '../search/index.js';
import { fromRuns } from './plan-shards.js';
import type { ShardHeader, ShardHit, ShardResult } from './types.js';

/** The engine's per-query scratch that holds each matched item's rank keys after a search. */
interface RankScratch {
  tier: Uint8Array;
  matcher: { score: Float64Array };
}

export class ShardEngine {
  private readonly engine: Engine;
  private readonly ordinals: number[];
  private readonly localOf: Map<Item, number>;
  private readonly tier: Uint8Array;
  private readonly score: Float64Array;
  private readonly byId: Map<string, Item>;

  constructor(readonly header: ShardHeader, snapshot: Snapshot, readonly items: readonly Item[]) {
    this.engine = new Engine(snapshot, items);
    this.ordinals = fromRuns(header.ordinalRuns);
    if (this.ordinals.length !== items.length) {
      throw new Error(`shard ${header.index} lists ${this.ordinals.length} item positions for ${items.length} items: split the corpus again`);
    }
    this.localOf = new Map(items.map((item, local) => [item, local]));
    this.byId = new Map(items.map((item) => [item.id, item]));
    const scratch = this.engine as unknown as RankScratch;
    this.tier = scratch.tier;
    this.score = scratch.matcher.score;
  }

  itemById(id: string): Item | undefined {
    return this.byId.get(id);
  }

  /** Hits [offset, offset + limit) in unsharded order; limit is not capped at the engine's page maximum. */
  search(params: SearchParams): ShardResult {
    const offset = wholeNumber(params.offset, 0);
    const end = offset + wholeNumber(params.limit, DEFAULT_LIMIT);
    const hits: ShardHit[] = [];
    let first: ShardResult | undefined;
    let at = offset;
    // Deep pages come in engine-sized chunks; each chunk re-runs the query (rare: the API caps paging).
    do {
      const chunk = Math.min(MAX_LIMIT, end - at);
      // Only matched items get a clause count, so a query without words must leave zeros.
      this.tier.fill(0);
      const page = this.engine.search({ ...params, offset: at, limit: chunk });
      for (const hit of page.hits) hits.push(this.ranked(hit));
      first ??= { ...page, hits };
      at += chunk;
      if (page.hits.length < chunk) break;
    } while (at < end);
    return first;
  }

  private ranked(hit: SearchHit): ShardHit {
    const local = this.localOf.get(hit.item)!;
    const tier = this.tier[local];
    return { ...hit, order: this.ordinals[local], rank: tier > 0 ? [tier, this.score[local]] : [0, 0] };
  }
}

/** Parses a shard snapshot written by splitSnapshot and checks it belongs to these items. */
export function loadShardEngine(serialized: string, items: Item[]): ShardEngine {
  const { shard, snapshot } = JSON.parse(serialized) as { shard?: ShardHeader; snapshot?: Snapshot };
  if (!shard || !snapshot) throw new Error('not a shard snapshot (no "shard" header): split the corpus with splitSnapshot');
  if (snapshot.v !== SNAPSHOT_VERSION || snapshot.fields?.join() !== FIELDS.join()) {
    throw new Error(`shard ${shard.index} snapshot has version ${snapshot.v} / fields ${String(snapshot.fields)}: rebuild and split the corpus`);
  }
  if (!snapshot.corpus) throw new Error(`shard ${shard.index} snapshot has no whole-corpus statistics ("corpus"): split the corpus again`);
  const mismatch = itemsMismatch(snapshot, items);
  if (mismatch) throw new Error(`shard ${shard.index} snapshot ${mismatch}: split the corpus again`);
  items.forEach((item, index) => {
    const differs = indexedItemMismatch(snapshot, index, item);
    if (differs) throw new Error(`shard ${shard.index} item ${index} (${JSON.stringify(item.id)}) ${differs}: split the corpus again`);
  });
  return new ShardEngine(shard, snapshot, items);
}

function wholeNumber(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, Math.floor(value));
}
