import { createRouter } from '../create-router.js';
import { servedRoute } from '../route-contract.js';
import * as handlers from './items.handlers.js';
import { itemContract, itemWithSlashesContract } from './items.request.js';
import type { ItemRoute } from './items.routes.js';

export const itemsRouter = createRouter()
  .openapi(servedRoute<ItemRoute>(itemContract), handlers.item)
  .openapi(servedRoute<ItemRoute>(itemWithSlashesContract), handlers.item);
