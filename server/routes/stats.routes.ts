// GET /api/stats as documented: basic counts over the corpus plus the indexer's own stats.json.
import { createRoute } from '@hono/zod-openapi';
import { z } from '../zod.js';
import { errorResponse, jsonResponse } from '../schemas.js';
import { statsContract } from './stats.request.js';

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
  ...statsContract,
  responses: {
    200: jsonResponse(StatsResponseSchema, 'Corpus counts and indexer statistics.'),
    400: errorResponse('A parameter was invalid; the message names it.'),
  },
});
export type StatsRoute = typeof stats;
