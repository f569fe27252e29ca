import { createRouter } from '../create-router.js';
import * as handlers from './refs.handlers.js';
import * as routes from './refs.routes.js';

export const refsRouter = createRouter()
  .openapi(routes.recommendation, handlers.recommendation)
  .openapi(routes.paragraph, handlers.paragraph);
