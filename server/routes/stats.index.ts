import { createRouter } from '../create-router.js';
import { honoPath } from '../route-contract.js';
import { validate } from '../validate.js';
import * as handlers from './stats.handlers.js';
import { statsContract, StatsQuerySchema } from './stats.request.js';

export const statsRouter = createRouter().get(honoPath(statsContract.path), validate('query', StatsQuerySchema), handlers.stats);
