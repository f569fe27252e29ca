import { createRouter } from '../create-router.js';
import { honoPath } from '../route-contract.js';
import { validate } from '../validate.js';
import * as handlers from './search.handlers.js';
import { searchContract, SearchQuerySchema } from './search.request.js';

export const searchRouter = createRouter().get(honoPath(searchContract.path), validate('query', SearchQuerySchema), handlers.search);
