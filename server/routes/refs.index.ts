import { honoPath } from '../route-contract.js';
import type { App } from '../types.js';
import { validate } from '../validate.js';
import * as handlers from './refs.handlers.js';
import { paragraphContract, ParagraphParamsSchema, recommendationContract, RecommendationParamsSchema } from './refs.request.js';

export function registerRefRoutes(app: App): void {
  app.get(honoPath(recommendationContract.path), validate('param', RecommendationParamsSchema), (c) => handlers.recommendation(c, c.req.valid('param')));
  app.get(honoPath(paragraphContract.path), validate('param', ParagraphParamsSchema), (c) => handlers.paragraph(c, c.req.valid('param')));
}
