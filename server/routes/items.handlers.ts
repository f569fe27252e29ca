// GET /api/items/{id}: the item and its links, resolved through the corpus link index.
import type { Item } from '../../core/schema.js';
import { errorBody } from '../errors.js';
import type { CorpusLinks } from '../corpus-links.js';
import type { ItemDetail } from '../docs/response-schemas.js';
import type { AppContext, Validated } from '../types.js';
import type { ItemParamsSchema } from './items.request.js';

/** The indexer links related items by id with a score and the shared terms; unknown ids are dropped. */
export function relatedItems(item: Item, links: CorpusLinks) {
  return (item.related ?? []).flatMap(({ id, score, terms }) => {
    const found = links.byId(id);
    return found ? [{ item: found, score, terms }] : [];
  });
}

export const item = (c: AppContext, { id }: Validated<typeof ItemParamsSchema>) => {
  const { links } = c.var.corpus;
  const found = links.byId(id);
  if (!found) return c.json(errorBody('item_not_found', { id }), 404);
  return c.json<ItemDetail>({
    item: found,
    footnotes: found.footnotes ?? [],
    parent: (found.parentId !== undefined && links.byId(found.parentId)) || null,
    children: links.children(found.id),
    respondsTo: (found.respondsTo !== undefined && links.byId(found.respondsTo)) || null,
    replies: links.replies(found.id),
    related: relatedItems(found, links),
  }, 200);
};
