// GET /api/items/{id}: one item with everything linked to it.
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponse, ItemSchema, jsonResponse } from '../schemas.js';

export const ItemParamsSchema = z.object({
  id: z.string().min(1).max(300).openapi({
    param: { name: 'id', in: 'path' },
    description: 'Item id, e.g. lanzarote-factsheet-cz-2023/rec/II-6 (slashes may be sent as is or as %2F).',
    example: 'lanzarote-factsheet-cz-2023/rec/II-6',
  }),
});

export const ItemDetailSchema = z.object({
  item: ItemSchema,
  footnotes: ItemSchema.shape.footnotes.unwrap().openapi({ description: "The item's footnotes, refs resolved." }),
  parent: ItemSchema.nullable().openapi({ description: 'The item this one is part of.' }),
  children: z.array(ItemSchema).openapi({ description: 'Parts of this item, in document order.' }),
  respondsTo: ItemSchema.nullable().openapi({ description: 'The item this one answers (a question, goal or recommendation).' }),
  replies: z.array(ItemSchema).openapi({ description: 'Items answering this one (replies, answers), in document order.' }),
  related: z.array(z.object({
    item: ItemSchema,
    score: z.number(),
    terms: z.array(z.string()).openapi({ description: 'Terms the two items share, which made them related.' }),
  })).openapi({ description: 'Items of other documents on the same matter, best first.' }),
}).openapi('ItemDetail');

const itemRoute = (path: string, hide: boolean) => createRoute({
  method: 'get',
  path,
  hide,
  tags: ['Items'],
  summary: 'One item with its footnotes, parent, parts, replies and related items',
  request: { params: ItemParamsSchema },
  responses: {
    200: jsonResponse(ItemDetailSchema, 'The item and its links.'),
    400: errorResponse('The id is empty or too long.'),
    404: errorResponse('No item has this id.'),
  },
});

export const item = itemRoute('/api/items/{id}', false);
/** Ids contain slashes; this undocumented twin accepts them unencoded. */
export const itemWithSlashes = itemRoute('/api/items/{id{.+}}', true);
export type ItemRoute = typeof item;
