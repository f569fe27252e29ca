import { honoPath } from '../route-contract.js';
import type { App } from '../types.js';
import { validate } from '../validate.js';
import * as handlers from './items.handlers.js';
import { itemContract, ItemParamsSchema, itemWithSlashesPath } from './items.request.js';

export function registerItemRoutes(app: App): void {
  for (const path of [itemContract.path, itemWithSlashesPath]) app.get(honoPath(path), validate('param', ItemParamsSchema), (c) => handlers.item(c, c.req.valid('param')));
}
