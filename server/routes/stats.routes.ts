// GET /api/stats: basic counts over the corpus plus the indexer's own stats.json.
import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from '../schemas.js';

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
  stats: z.unknown().openapi({ description: "The indexer's corpus/stats.json (null when absent); its shape will grow with the analysis." }),
}).openapi('StatsResponse');

export const stats = createRoute({
  method: 'get',
  path: '/api/stats',
  tags: ['Statistics'],
  summary: 'Counts by type, document, body, year, urgency and theme',
  responses: { 200: jsonResponse(StatsResponseSchema, 'Corpus counts and indexer statistics.') },
});
export type StatsRoute = typeof stats;
