// GET /api/items/{id} as documented: the contract (items.request.ts) plus the response shape,
// one item with everything linked to it.
import { createRoute } from '@hono/zod-openapi';
import { z } from '../zod.js';
import { errorResponse, ItemSchema, jsonResponse } from '../schemas.js';
import { itemContract } from './items.request.js';

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

export const item = createRoute({
  ...itemContract,
  responses: {
    200: jsonResponse(ItemDetailSchema, 'The item and its links.'),
    400: errorResponse('The id is empty or too long.'),
    404: errorResponse('No item has this id.'),
  },
});
export type ItemRoute = typeof item;
