import { createRouter } from '../create-router.js';
import * as handlers from './items.handlers.js';
import * as routes from './items.routes.js';

export const itemsRouter = createRouter()
  .openapi(routes.item, handlers.item)
  .openapi(routes.itemWithSlashes, handlers.item);
