import { createRouter } from '../create-router.js';
import * as handlers from './stats.handlers.js';
import * as routes from './stats.routes.js';

export const statsRouter = createRouter().openapi(routes.stats, handlers.stats);
