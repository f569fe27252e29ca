// Cuts the indexer's whole-corpus snapshot into one snapshot per shard, without indexing
// anything again. Each shard keeps only its own items' postings and field lengths, but the
// whole corpus' vocabulary, document frequencies and printed forms: BM25 idf, the order in
// which a query's terms are intersected and typo correction then come out exactly as in
// the unsharded engine, so shard scores are comparable and merge into the same ranking.
// (The global vocabulary costs each shard a few bytes per term, a small share of its postings.)
import type { Item } from '../schema.js';
import { FIELDS, itemColumns, parseSnapshot, postingLists, postingsAsText } from '../search/snapshot.js';
import type { CorpusStatistics, Snapshot } from '../search/snapshot.js';
import { packSnapshot } from '../search/packed-snapshot.js';
import { toRuns } from './plan-shards.js';
import type { ShardHeader, ShardPlan } from './types.js';

export interface ShardFiles {
  header: ShardHeader;
  items: Item[];
  /** What a shard loads with loadShardEngine: its snapshot packed (packed-snapshot.ts), the header in its head. */
  snapshot: Uint8Array;
}

export interface SplitOptions {
  /** The prefix of the items' keys in Workers KV ("<corpus version>"), carried in each shard's head. */
  keyPrefix?: string;
}

export function splitSnapshot(serialized: string, items: readonly Item[], plan: ShardPlan, options: SplitOptions = {}): ShardFiles[] {
  const global = parseSnapshot(serialized, items);
  if (plan.total !== items.length) throw new Error(`shard plan covers ${plan.total} items, the corpus has ${items.length}: plan again`);
  const shardOf = new Int32Array(items.length).fill(-1);
  const localOf = new Int32Array(items.length);
  for (const shard of plan.shards) {
    shard.ordinals.forEach((ordinal, local) => {
      if (shardOf[ordinal] !== -1) throw new Error(`item ${ordinal} is planned into shards ${shardOf[ordinal]} and ${shard.index}`);
      shardOf[ordinal] = shard.index;
      localOf[ordinal] = local;
    });
  }
  const missing = shardOf.indexOf(-1);
  if (missing !== -1) throw new Error(`item ${missing} (${items[missing].id}) is in no shard of the plan`);

  const postings = slicePostings(global, plan.shards.length, shardOf, localOf);
  const corpus: CorpusStatistics = {
    n: items.length,
    lengthSums: global.lengths.map((lengths) => lengths.reduce((sum, l) => sum + l, 0)),
    lengthCounts: global.lengths.map((lengths) => lengths.filter((l) => l > 0).length),
  };
  return plan.shards.map((shard) => {
    const shardItems = shard.ordinals.map((ordinal) => items[ordinal]);
    const header: ShardHeader = { index: shard.index, count: plan.shards.length, ordinalRuns: toRuns(shard.ordinals) };
    const own = (ordinal: number) => shardOf[ordinal] === shard.index;
    const snapshot: Snapshot = {
      v: global.v, ...itemColumns(shardItems), fields: FIELDS,
      lengths: global.lengths.map((lengths) => shard.ordinals.map((ordinal) => lengths[ordinal])),
      terms: global.terms, surfaces: global.surfaces, df: global.df, corpus,
      ...postingsAsText(postings[shard.index]), expansions: global.expansions, english: global.english,
      // Cited keys and answer pairs come from the whole corpus' (document metadata is not in the items).
      refs: global.refs.flatMap(([key, items]): Snapshot['refs'] => {
        const local = items.filter(own).map((ordinal) => localOf[ordinal]);
        return local.length > 0 ? [[key, local]] : [];
      }),
      answers: global.answers.filter(([answer, question]) => own(answer) && own(question))
        .map(([answer, question]): [number, number] => [localOf[answer], localOf[question]]),
    };
    // Each item's parent as its position in the shard + 1 (0: none, or in another shard): read
    // in place when the shard starts, where a JSON list of pairs had to be parsed and checked.
    const localIndex = new Map(shardItems.map((item, local) => [item.id, local]));
    const parents = shardItems.map((item) => (item.parentId === undefined ? 0 : (localIndex.get(item.parentId) ?? -1) + 1));
    const extra = { shard: header, ...(options.keyPrefix === undefined ? {} : { keyPrefix: options.keyPrefix }) };
    return { header, items: shardItems, snapshot: packSnapshot(snapshot, extra, { parents }) };
  });
}

/**
 * Per shard, per term: the term's postings restricted to the shard's items, renumbered to
 * local item indices, in the snapshot's flat format ([field, count, then per posting
 * itemDelta, tf, positionDeltas…]); [] where the shard has no item with the term.
 */
function slicePostings(global: Snapshot, shardCount: number, shardOf: Int32Array, localOf: Int32Array): number[][][] {
  const out: number[][][] = Array.from({ length: shardCount }, () => []);
  // Per shard, within the current term: field whose header was written, where its count
  // sits, and the previous local item (postings are delta-encoded per field).
  const fieldOpen = new Int32Array(shardCount);
  const countAt = new Int32Array(shardCount);
  const previous = new Int32Array(shardCount);
  for (const flat of postingLists(global)) {
    const lists = out.map((perTerm) => { const list: number[] = []; perTerm.push(list); return list; });
    fieldOpen.fill(-1);
    let at = 0;
    while (at < flat.length) {
      const field = flat[at++];
      const count = flat[at++];
      let item = 0;
      for (let k = 0; k < count; k++) {
        item += flat[at++];
        const tf = flat[at++];
        const shard = shardOf[item];
        const list = lists[shard];
        if (fieldOpen[shard] !== field) {
          fieldOpen[shard] = field;
          list.push(field, 0);
          countAt[shard] = list.length - 1;
          previous[shard] = 0;
        }
        list[countAt[shard]]++;
        list.push(localOf[item] - previous[shard], tf);
        previous[shard] = localOf[item];
        for (let p = 0; p < tf; p++) list.push(flat[at++]);
      }
    }
  }
  return out;
}
