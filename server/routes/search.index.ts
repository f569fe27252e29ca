import { createRouter } from '../create-router.js';
import * as handlers from './search.handlers.js';
import * as routes from './search.routes.js';

export const searchRouter = createRouter().openapi(routes.search, handlers.search);
