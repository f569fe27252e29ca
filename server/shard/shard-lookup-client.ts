// The coordinator's side of POST /shard/lookup: one call to one shard, and a fan-out to many.
// A shard that fails, answers late or answers something else fails the whole answer, naming
// the shard (ShardSearchError → 503): never a silently shorter list.
import { ShardSearchError, shardPost, type ShardTarget } from '../../core/shard/index.js';
import { SHARD_LOOKUP_PATH, type OrderedItem, type ShardLookup, type ShardLookupAnswer } from './shard-lookups.js';

export async function lookupShard(target: ShardTarget, shard: number, lookup: ShardLookup, timeoutMs = 5_000): Promise<ShardLookupAnswer> {
  try {
    const { text, json } = await shardPost(target, { timeoutMs })(SHARD_LOOKUP_PATH, lookup);
    const answer = json as ShardLookupAnswer;
    for (const list of ['items', 'children', 'replies', 'citing'] as const) {
      if (!Array.isArray(answer?.[list])) throw new Error(`${SHARD_LOOKUP_PATH} answered 200 without "${list}": ${text.slice(0, 300)}`);
    }
    if (lookup.crosstab && typeof answer.crosstab !== 'object') throw new Error(`${SHARD_LOOKUP_PATH} answered 200 without a crosstab`);
    return answer;
  } catch (err) {
    throw new ShardSearchError(shard, err);
  }
}

/** Items from several shards in the order of the whole corpus. */
export const inCorpusOrder = (lists: readonly (readonly OrderedItem[])[]): OrderedItem[] =>
  lists.flat().sort((a, b) => a.order - b.order);
