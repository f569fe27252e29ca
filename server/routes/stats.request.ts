// GET /api/stats as the server answers it: the documented query parameters and their schema.
import * as z from 'zod/mini';
import { ITEM_TYPES } from '../../core/vocabulary.js';
import { documented, optional, queryParamsObject, repeatableEnum } from '../query-params.js';
import type { RouteContract } from '../route-contract.js';
import { CROSSTAB_FIELDS } from './stats-crosstab.js';

const splitFields = (text: string) => text.split(',').map((f) => f.trim()).filter(Boolean);
const FIELD = `(${CROSSTAB_FIELDS.join('|')})`;

const STATS_PARAMS = {
  by: documented(optional({
    schema: z.pipe(z.pipe(z.string().check(z.maxLength(100)), z.transform(splitFields)), z.array(z.enum(CROSSTAB_FIELDS)).check(z.minLength(1), z.maxLength(3))),
    openapi: { type: 'string', maxLength: 100, pattern: `^\\s*${FIELD}\\s*(,\\s*${FIELD}\\s*){0,2}$` },
  }), {
    description: `Cross-tabulate by one to three comma-separated fields (${CROSSTAB_FIELDS.join(', ')}), e.g. theme,year.`,
    example: 'theme,year',
  }),
  type: documented(optional(repeatableEnum(ITEM_TYPES)), { description: 'Count only items of these types; repeatable.' }),
};
export const StatsQuerySchema = queryParamsObject(STATS_PARAMS);

export const statsContract: RouteContract = {
  method: 'get',
  path: '/api/stats',
  tags: ['Statistics'],
  summary: 'Counts by type, document, body, year, urgency and theme; cross-tabulations',
  query: STATS_PARAMS,
};
