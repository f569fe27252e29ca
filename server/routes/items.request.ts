// GET /api/items/{id} as the server answers it: the path parameter, validated with zod.
// The response schema is in items.routes.ts (documentation only, see route-contract.ts).
import { z } from '../zod.js';
import type { RouteContract } from '../route-contract.js';

export const ItemParamsSchema = z.object({
  id: z.string().min(1).max(300).openapi({
    param: { name: 'id', in: 'path' },
    description: 'Item id, e.g. lanzarote-factsheet-cz-2023/rec/II-6 (slashes may be sent as is or as %2F).',
    example: 'lanzarote-factsheet-cz-2023/rec/II-6',
  }),
});

const itemContractAt = (path: string) => ({
  method: 'get',
  path,
  tags: ['Items'],
  summary: 'One item with its footnotes, parent, parts, replies and related items',
  request: { params: ItemParamsSchema },
} as const satisfies RouteContract);

export const itemContract = itemContractAt('/api/items/{id}');
/** Ids contain slashes; this undocumented twin accepts them unencoded. */
export const itemWithSlashesContract = itemContractAt('/api/items/{id{.+}}');
