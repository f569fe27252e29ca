// Which items go to which shard. A group (a document by default, or a body…) is never
// split: its items answer "items of this document" queries and link to each other, so one
// shard can serve them. Groups fill shards in order of first appearance, so shards hold
// long runs of the corpus order and a shard's ordinals compress to a few runs.
import type { Item } from '../schema.js';
import type { PlannedShard, ShardPlan } from './types.js';

export interface PlanOptions {
  /** Key of the group an item belongs to; items with the same key share a shard. */
  groupOf?: (item: Item) => string;
}

const byDocument = (item: Item): string => item.document;

export function planShards(items: readonly Item[], maxItemsPerShard: number, options: PlanOptions = {}): ShardPlan {
  if (!Number.isInteger(maxItemsPerShard) || maxItemsPerShard < 1) {
    throw new RangeError(`maxItemsPerShard must be a positive integer, not ${maxItemsPerShard}`);
  }
  const groupOf = options.groupOf ?? byDocument;
  const groups = new Map<string, number[]>();
  items.forEach((item, ordinal) => {
    const key = groupOf(item);
    const members = groups.get(key);
    if (members) members.push(ordinal);
    else groups.set(key, [ordinal]);
  });

  const shards: PlannedShard[] = [];
  let current: PlannedShard | undefined;
  for (const [key, members] of groups) {
    if (!current || current.ordinals.length + members.length > maxItemsPerShard) {
      // An empty shard still takes an oversized group: it has to live somewhere whole.
      if (!current || current.ordinals.length > 0) {
        current = { index: shards.length, groups: [], ordinals: [], oversized: false };
        shards.push(current);
      }
    }
    current.groups.push(key);
    current.ordinals.push(...members);
    if (current.ordinals.length > maxItemsPerShard) current.oversized = true;
  }
  for (const shard of shards) shard.ordinals.sort((a, b) => a - b);
  return { total: items.length, maxItemsPerShard, shards };
}

/** [start, length] runs of ascending ordinals: what a shard header stores. */
export function toRuns(ordinals: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const ordinal of ordinals) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === ordinal) last[1]++;
    else runs.push([ordinal, 1]);
  }
  return runs;
}

export function fromRuns(runs: readonly (readonly [number, number])[]): number[] {
  const ordinals: number[] = [];
  for (const [start, length] of runs) for (let k = 0; k < length; k++) ordinals.push(start + k);
  return ordinals;
}
