// What a shard answers besides search, for the coordinator's item, refs and stats routes:
// items by id, the items under a parent, replying to an item or citing a reference (from the
// links written with the shard), and a cross-tabulation of its items (from the snapshot's
// facet columns), so that only the items in the answer are fetched. Every item comes with its position in the whole corpus
// ("order"), so the coordinator lists items from several shards in the unsharded order.
import * as z from 'zod/mini';
import '../zod-messages.js';
import type { Item } from '../../core/schema.js';
import { ITEM_TYPES } from '../../core/vocabulary.js';
import type { ShardEngine } from '../../core/shard/shard-engine.js';
import { readingItems } from '../../core/search/fetched-items.js';
import { CROSSTAB_FIELDS, crosstabOfColumns } from '../routes/stats-crosstab.js';
import type { ShardLinks } from './shard-links.js';

export const SHARD_LOOKUP_PATH = '/shard/lookup';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Bounds of the public routes (item id ≤ 300, recommendation ≤ 50, up to 3 fields). */
const ShardLookupBody = z.strictObject({
  ids: z.optional(z.array(text(300)).check(z.maxLength(500))),
  children: z.optional(text(300)),
  replies: z.optional(text(300)),
  recommendation: z.optional(text(50)),
  paragraph: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000))),
  crosstab: z.optional(z.strictObject({
    by: z.array(z.enum(CROSSTAB_FIELDS)).check(z.minLength(1), z.maxLength(3)),
    type: z.optional(z.array(z.enum(ITEM_TYPES)).check(z.maxLength(50))),
  })),
});

export type ShardLookup = z.infer<typeof ShardLookupBody>;

export interface OrderedItem { order: number; item: Item }

export interface ShardLookupAnswer {
  /** The requested ids this shard holds (the others are in other shards, or nowhere). */
  items: OrderedItem[];
  children: OrderedItem[];
  replies: OrderedItem[];
  /** Items citing the recommendation or paragraph asked for. */
  citing: OrderedItem[];
  crosstab?: Record<string, number>;
}

export type ParsedLookup = { ok: true; lookup: ShardLookup } | { ok: false; problem: string };

export function parseLookupBody(body: string): ParsedLookup {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'is not JSON' };
  }
  const parsed = ShardLookupBody.safeParse(json);
  return parsed.success ? { ok: true, lookup: parsed.data } : { ok: false, problem: z.prettifyError(parsed.error).replace(/\n/g, ' ') };
}

/** Lookups over one shard: its links, its facet columns (cross-tabulation) and its items, fetched for the answer. */
export function createShardLookups(shard: ShardEngine, links: ShardLinks): (lookup: ShardLookup) => Promise<ShardLookupAnswer> {
  const count = shard.snapshot.ids.length;
  return async (lookup) => {
    const ids = (lookup.ids ?? []).flatMap((id) => shard.positionOf(id) ?? []);
    const children = lookup.children === undefined ? [] : links.children(lookup.children);
    const replies = lookup.replies === undefined ? [] : links.replies(lookup.replies);
    const citing = [
      ...(lookup.recommendation === undefined ? [] : links.citingRecommendation(lookup.recommendation)),
      ...(lookup.paragraph === undefined ? [] : links.citingParagraph(lookup.paragraph)),
    ];
    const ordered = (list: readonly number[]): OrderedItem[] => list.map((local) => ({ order: shard.ordinals[local], item: shard.items.at(local)! }));
    return readingItems(shard.items, [...ids, ...children, ...replies, ...citing], () => ({
      items: ordered(ids),
      children: ordered(children),
      replies: ordered(replies),
      citing: ordered(citing),
      ...(lookup.crosstab ? { crosstab: crosstabOfColumns(shard.snapshot.facets, count, lookup.crosstab.by, lookup.crosstab.type) } : {}),
    }));
  };
}
