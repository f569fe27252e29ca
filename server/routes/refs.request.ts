// GET /api/refs/recommendation/{id} and /api/refs/paragraph/{n} as the server answers them:
// the documented path parameters and their schemas.
import { documented, integerParam, nonEmptyText, paramsObject } from '../query-params.js';
import type { RouteContract } from '../route-contract.js';

export const PARAGRAPH_MAX = 100_000;

const RECOMMENDATION_PATH_PARAMS = {
  id: documented(nonEmptyText(50), {
    description: 'Recommendation id as printed (case-insensitive), e.g. III-25.', example: 'III-25', required: true,
  }),
};
export const RecommendationParamsSchema = paramsObject(RECOMMENDATION_PATH_PARAMS);

const PARAGRAPH_PATH_PARAMS = {
  n: documented(integerParam('n', 1, PARAGRAPH_MAX), { description: 'Paragraph number of the cited report.', example: 73, required: true }),
};
export const ParagraphParamsSchema = paramsObject(PARAGRAPH_PATH_PARAMS);

export const recommendationContract: RouteContract = {
  method: 'get',
  path: '/api/refs/recommendation/{id}',
  tags: ['Cross-references'],
  summary: 'Items citing a recommendation',
  pathParams: RECOMMENDATION_PATH_PARAMS,
};

export const paragraphContract: RouteContract = {
  method: 'get',
  path: '/api/refs/paragraph/{n}',
  tags: ['Cross-references'],
  summary: 'Items citing a paragraph',
  pathParams: PARAGRAPH_PATH_PARAMS,
};
