// GET /api/stats as the server answers it: the query parameters, validated with zod. The
// response schemas are in stats.routes.ts (documentation only, see route-contract.ts).
import { z } from '../zod.js';
import { ITEM_TYPES } from '../../core/vocabulary.js';
import { repeatableEnum } from '../query-params.js';
import type { RouteContract } from '../route-contract.js';
import { CROSSTAB_FIELDS } from './stats-crosstab.js';

export const StatsQuerySchema = z.object({
  by: z
    .string()
    .max(100)
    .transform((v) => v.split(',').map((f) => f.trim()).filter(Boolean))
    .pipe(z.array(z.enum(CROSSTAB_FIELDS)).min(1).max(3))
    .optional()
    .openapi({ description: `Cross-tabulate by one to three comma-separated fields (${CROSSTAB_FIELDS.join(', ')}), e.g. theme,year.`, example: 'theme,year' }),
  type: repeatableEnum(ITEM_TYPES).optional().openapi({ description: 'Count only items of these types; repeatable.' }),
});

export const statsContract = {
  method: 'get',
  path: '/api/stats',
  tags: ['Statistics'],
  summary: 'Counts by type, document, body, year, urgency and theme; cross-tabulations',
  request: { query: StatsQuerySchema },
} as const satisfies RouteContract;
