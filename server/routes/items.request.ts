// GET /api/items/{id} as the server answers it: the documented path parameter and its schema.
import { documented, nonEmptyText, paramsObject } from '../query-params.js';
import type { RouteContract } from '../route-contract.js';

const ITEM_PATH_PARAMS = {
  id: documented(nonEmptyText(300), {
    description: 'Item id, e.g. lanzarote-factsheet-cz-2023/rec/II-6 (slashes may be sent as is or as %2F).',
    example: 'lanzarote-factsheet-cz-2023/rec/II-6',
    required: true,
  }),
};
export const ItemParamsSchema = paramsObject(ITEM_PATH_PARAMS);

export const itemContract: RouteContract = {
  method: 'get',
  path: '/api/items/{id}',
  tags: ['Items'],
  summary: 'One item with its footnotes, parent, parts, replies and related items',
  pathParams: ITEM_PATH_PARAMS,
};
/** Ids contain slashes; this undocumented twin accepts them unencoded. */
export const itemWithSlashesPath = '/api/items/{id{.+}}';
