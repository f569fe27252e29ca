// GET /api/refs/recommendation/{id} and /api/refs/paragraph/{n}: who cites a recommendation
// or a paragraph of the report (through footnotes, "Ibid." resolved by the indexer). The
// contracts are in refs.request.ts; this adds the responses, for the OpenAPI document.
import { createRoute } from '@hono/zod-openapi';
import { errorResponse, ItemListSchema, jsonResponse } from '../schemas.js';
import { paragraphContract, recommendationContract } from './refs.request.js';

const citing = (what: string) => jsonResponse(ItemListSchema, `Items citing ${what}, each once, in document order (empty when none does).`);

export const recommendation = createRoute({
  ...recommendationContract,
  responses: { 200: citing('the recommendation'), 400: errorResponse('The id is empty or too long.') },
});
export type RecommendationRoute = typeof recommendation;

export const paragraph = createRoute({
  ...paragraphContract,
  responses: { 200: citing('the paragraph'), 400: errorResponse('n is not a paragraph number.') },
});
export type ParagraphRoute = typeof paragraph;
