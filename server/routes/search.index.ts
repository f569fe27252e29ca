import { createRouter } from '../create-router.js';
import { servedRoute } from '../route-contract.js';
import * as handlers from './search.handlers.js';
import { searchContract } from './search.request.js';
import type { SearchRoute } from './search.routes.js';

export const searchRouter = createRouter().openapi(servedRoute<SearchRoute>(searchContract), handlers.search);
