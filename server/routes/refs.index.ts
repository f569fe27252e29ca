import { createRouter } from '../create-router.js';
import { honoPath } from '../route-contract.js';
import { validate } from '../validate.js';
import * as handlers from './refs.handlers.js';
import { paragraphContract, ParagraphParamsSchema, recommendationContract, RecommendationParamsSchema } from './refs.request.js';

export const refsRouter = createRouter()
  .get(honoPath(recommendationContract.path), validate('param', RecommendationParamsSchema), handlers.recommendation)
  .get(honoPath(paragraphContract.path), validate('param', ParagraphParamsSchema), handlers.paragraph);
