import { honoPath } from '../route-contract.js';
import type { App } from '../types.js';
import { validate } from '../validate.js';
import * as handlers from './stats.handlers.js';
import { statsContract, StatsQuerySchema } from './stats.request.js';

export function registerStatsRoutes(app: App): void {
  app.get(honoPath(statsContract.path), validate('query', StatsQuerySchema), (c) => handlers.stats(c, c.req.valid('query')));
}
