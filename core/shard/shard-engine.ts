// One shard's engine: the project's search engine over the shard's items, loaded so that
// it scores with the whole corpus' statistics, and answering with the rank keys the
// coordinator merges on.
//
// Why it reaches into the engine: BM25 in core/search takes the item count and average
// field length from the snapshot, and hits carry only a rounded score and a "partial"
// flag, not how many query clauses matched. Until the engine offers global statistics and
// exact rank keys itself (asked for in the README section on shards), this module (a) gives the engine
// a snapshot whose item count is the whole corpus' and whose field lengths are padded to
// the whole corpus' sum, and (b) reads the per-item clause count and unrounded score that
// the engine leaves in its reused arrays right after each search. test/shard/parity.test.ts
// fails if either stops matching the unsharded ranking.
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
    this.engine = new Engine(withGlobalStatistics(snapshot, header), items);
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
  const mismatch = itemsMismatch(snapshot, items);
  if (mismatch) throw new Error(`shard ${shard.index} snapshot ${mismatch}: split the corpus again`);
  items.forEach((item, index) => {
    const differs = indexedItemMismatch(snapshot, index, item);
    if (differs) throw new Error(`shard ${shard.index} item ${index} (${JSON.stringify(item.id)}) ${differs}: split the corpus again`);
  });
  return new ShardEngine(shard, snapshot, items);
}

/**
 * The engine computes idf from `n` and the average field length from `lengths` (over the
 * items that have the field); all must be the whole corpus'. The lengths are padded to the
 * whole corpus' item count: the other shards' items that have the field are stood for by as
 * many non-zero entries, summing to their tokens, so the average is computed from the same
 * integers as unsharded. Cost: the engine sizes its per-query arrays by `n` (~100 bytes per
 * corpus item per shard).
 */
function withGlobalStatistics(snapshot: Snapshot, header: ShardHeader): Snapshot {
  const lengths = snapshot.lengths.map((own, field) => {
    const padded = new Array<number>(header.globalItems).fill(0);
    let sum = 0;
    let present = 0;
    own.forEach((length, local) => { padded[local] = length; sum += length; if (length > 0) present++; });
    const others = header.globalLengthCounts[field] - present;
    const rest = header.globalLengthSums[field] - sum;
    for (let k = 0; k < others; k++) padded[own.length + k] = k < others - 1 ? 1 : rest - (others - 1);
    return padded;
  });
  return { ...snapshot, n: header.globalItems, lengths };
}

function wholeNumber(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, Math.floor(value));
}
