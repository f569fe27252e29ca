// GET /api/stats: basic counts over the corpus plus the indexer's own stats.json.
import { createRoute, z } from '@hono/zod-openapi';
import { ITEM_TYPES } from '../../core/schema.js';
import { repeatableEnum } from '../query-params.js';
import { errorResponse, jsonResponse } from '../schemas.js';
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

const counts = z.record(z.string(), z.number().int());

export const CorpusCountsSchema = z.object({
  items: z.number().int(),
  documents: z.number().int(),
  byType: counts,
  byDocument: counts,
  byBody: counts,
  byYear: counts,
  byUrgency: counts,
  byTheme: counts,
  commitments: z.number().int(),
}).openapi('CorpusCounts');

export const StatsResponseSchema = z.object({
  counts: CorpusCountsSchema,
  stats: z.unknown().openapi({ description: "The indexer's corpus/stats.json: recommendations by urgency|theme|body|year, share of 'require' per theme, deadlines per year, 2016–2019 fulfilment." }),
  crosstab: z.object({ by: z.array(z.string()), counts: counts }).optional(),
}).openapi('StatsResponse');

export const stats = createRoute({
  method: 'get',
  path: '/api/stats',
  tags: ['Statistics'],
  summary: 'Counts by type, document, body, year, urgency and theme; cross-tabulations',
  request: { query: StatsQuerySchema },
  responses: {
    200: jsonResponse(StatsResponseSchema, 'Corpus counts and indexer statistics.'),
    400: errorResponse('A parameter was invalid; the message names it.'),
  },
});
export type StatsRoute = typeof stats;
