import { createRouter } from '../create-router.js';
import { honoPath } from '../route-contract.js';
import { validate } from '../validate.js';
import * as handlers from './items.handlers.js';
import { itemContract, ItemParamsSchema, itemWithSlashesPath } from './items.request.js';

export const itemsRouter = createRouter();
for (const path of [itemContract.path, itemWithSlashesPath]) itemsRouter.get(honoPath(path), validate('param', ItemParamsSchema), handlers.item);
