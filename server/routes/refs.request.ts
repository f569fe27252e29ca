// GET /api/refs/recommendation/{id} and /api/refs/paragraph/{n} as the server answers them:
// the path parameters, validated with zod. Responses are in refs.routes.ts (see route-contract.ts).
import { z } from '../zod.js';
import { integerParam } from '../query-params.js';
import type { RouteContract } from '../route-contract.js';

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

export const recommendationContract = {
  method: 'get',
  path: '/api/refs/recommendation/{id}',
  tags: ['Cross-references'],
  summary: 'Items citing a recommendation',
  request: { params: RecommendationParamsSchema },
} as const satisfies RouteContract;

export const paragraphContract = {
  method: 'get',
  path: '/api/refs/paragraph/{n}',
  tags: ['Cross-references'],
  summary: 'Items citing a paragraph',
  request: { params: ParagraphParamsSchema },
} as const satisfies RouteContract;
