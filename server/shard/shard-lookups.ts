// What a shard answers besides search, for the coordinator's item, refs and stats routes:
// items by id, the items under a parent, replying to an item or citing a reference, and a
// cross-tabulation of its items. Every item comes with its position in the whole corpus
// ("order"), so the coordinator lists items from several shards in the unsharded order.
import * as z from 'zod/mini';
import '../zod-messages.js';
import type { Item } from '../../core/schema.js';
import { ITEM_TYPES } from '../../core/vocabulary.js';
import { buildCorpusLinks } from '../corpus-links.js';
import { CROSSTAB_FIELDS, crosstab } from '../routes/stats-crosstab.js';

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

/** Lookups over one shard's items; `ordinals[local]` is each item's position in the whole corpus. */
export function createShardLookups(items: readonly Item[], ordinals: readonly number[]): (lookup: ShardLookup) => ShardLookupAnswer {
  if (ordinals.length !== items.length) throw new Error(`${ordinals.length} item positions for ${items.length} items: split the corpus again`);
  const orderOf = new Map(items.map((item, local) => [item, ordinals[local]]));
  let links: ReturnType<typeof buildCorpusLinks> | undefined;
  const ordered = (list: readonly Item[]): OrderedItem[] => list.map((item) => ({ order: orderOf.get(item)!, item }));
  return (lookup) => {
    links ??= buildCorpusLinks(items);
    const found = links;
    return {
      items: ordered((lookup.ids ?? []).flatMap((id) => found.byId(id) ?? [])),
      children: ordered(lookup.children === undefined ? [] : found.children(lookup.children)),
      replies: ordered(lookup.replies === undefined ? [] : found.replies(lookup.replies)),
      citing: ordered([
        ...(lookup.recommendation === undefined ? [] : found.citingRecommendation(lookup.recommendation)),
        ...(lookup.paragraph === undefined ? [] : found.citingParagraph(lookup.paragraph)),
      ]),
      ...(lookup.crosstab ? { crosstab: crosstab(items, lookup.crosstab.by, lookup.crosstab.type) } : {}),
    };
  };
}
