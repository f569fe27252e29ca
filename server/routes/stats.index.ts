import { createRouter } from '../create-router.js';
import { servedRoute } from '../route-contract.js';
import * as handlers from './stats.handlers.js';
import { statsContract } from './stats.request.js';
import type { StatsRoute } from './stats.routes.js';

export const statsRouter = createRouter().openapi(servedRoute<StatsRoute>(statsContract), handlers.stats);
