import { honoPath } from '../route-contract.js';
import type { App } from '../types.js';
import { validate } from '../validate.js';
import * as handlers from './search.handlers.js';
import { searchContract, SearchQuerySchema } from './search.request.js';

export function registerSearchRoutes(app: App): void {
  app.get(honoPath(searchContract.path), validate('query', SearchQuerySchema), (c) => handlers.search(c, c.req.valid('query')));
}
