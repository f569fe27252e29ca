// GET /api/items/{id}: the item and its links, as the corpus reader resolves them (the single
// app's over its link index, the shard coordinator's over its shards: one body for both).
import type { ItemWithLinks } from '../corpus-reader.js';
import { errorBody } from '../errors.js';
import type { ItemDetail } from '../docs/response-schemas.js';
import type { AppContext, Validated } from '../types.js';
import type { ItemParamsSchema } from './items.request.js';

/** The answer's body: links the corpus does not hold are null or left out. */
export function itemDetail(found: ItemWithLinks): ItemDetail {
  const { item } = found;
  return {
    item,
    footnotes: item.footnotes ?? [],
    parent: found.parent ?? null,
    children: found.children,
    respondsTo: found.respondsTo ?? null,
    replies: found.replies,
    related: found.related,
  };
}

export const item = async (c: AppContext, { id }: Validated<typeof ItemParamsSchema>) => {
  const found = await c.var.reader.itemWithLinks(id);
  if (!found) return c.json(errorBody('item_not_found', { id }), 404);
  return c.json<ItemDetail>(itemDetail(found), 200);
};
