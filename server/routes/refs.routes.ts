// GET /api/refs/recommendation/{id} and /api/refs/paragraph/{n}: who cites a recommendation
// or a paragraph of the report (through footnotes, "Ibid." resolved by the indexer).
import { createRoute, z } from '@hono/zod-openapi';
import { integerParam } from '../query-params.js';
import { errorResponse, ItemListSchema, jsonResponse } from '../schemas.js';

export const PARAGRAPH_MAX = 100_000;

export const RecommendationParamsSchema = z.object({
  id: z.string().min(1).max(50).openapi({
    param: { name: 'id', in: 'path' },
    description: 'Recommendation id as printed (case-insensitive), e.g. III-25.',
    example: 'III-25',
  }),
});

export const ParagraphParamsSchema = z.object({
  n: integerParam('n', 1, PARAGRAPH_MAX).openapi({
    param: { name: 'n', in: 'path' }, type: 'integer', minimum: 1, maximum: PARAGRAPH_MAX,
    description: 'Paragraph number of the cited report.', example: 73,
  }),
});

const citing = (what: string) => jsonResponse(ItemListSchema, `Items citing ${what}, each once, in document order (empty when none does).`);

export const recommendation = createRoute({
  method: 'get',
  path: '/api/refs/recommendation/{id}',
  tags: ['Cross-references'],
  summary: 'Items citing a recommendation',
  request: { params: RecommendationParamsSchema },
  responses: { 200: citing('the recommendation'), 400: errorResponse('The id is empty or too long.') },
});
export type RecommendationRoute = typeof recommendation;

export const paragraph = createRoute({
  method: 'get',
  path: '/api/refs/paragraph/{n}',
  tags: ['Cross-references'],
  summary: 'Items citing a paragraph',
  request: { params: ParagraphParamsSchema },
  responses: { 200: citing('the paragraph'), 400: errorResponse('n is not a paragraph number.') },
});
export type ParagraphRoute = typeof paragraph;
