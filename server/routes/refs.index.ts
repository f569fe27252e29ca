import { createRouter } from '../create-router.js';
import { servedRoute } from '../route-contract.js';
import * as handlers from './refs.handlers.js';
import { paragraphContract, recommendationContract } from './refs.request.js';
import type { ParagraphRoute, RecommendationRoute } from './refs.routes.js';

export const refsRouter = createRouter()
  .openapi(servedRoute<RecommendationRoute>(recommendationContract), handlers.recommendation)
  .openapi(servedRoute<ParagraphRoute>(paragraphContract), handlers.paragraph);
