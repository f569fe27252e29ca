// GET /api/search as documented: the contract (search.request.ts) plus the response shape.
import { createRoute } from '@hono/zod-openapi';
import { z } from '../zod.js';
import { FACET_FIELDS, SORTS } from '../../core/search/types.js';
import { errorResponse, ItemSchema } from '../schemas.js';
import { searchContract } from './search.request.js';

const counts = z.record(z.string(), z.number().int());

export const SearchHitSchema = ItemSchema.extend({
  score: z.number(),
  partial: z.boolean().openapi({ description: "True when the item matches only some of the query's words (ranked after full matches)." }),
  highlights: z.object({
    text: z.string().optional(),
    title: z.string().optional(),
  }).openapi({ description: 'HTML-escaped snippets with <mark> around matched terms.' }),
}).openapi('SearchHit');

export const ParsedQuerySchema = z.object({
  terms: z.array(z.string()),
  phrases: z.array(z.string()),
  excluded: z.array(z.string()),
  alternatives: z.array(z.array(z.string())),
  expansions: z.record(z.string(), z.array(z.string())),
  corrections: z.record(z.string(), z.string()),
}).openapi('ParsedQuery');

export const EchoedQuerySchema = z.object({
  q: z.string(),
  filters: z.record(z.string(), z.unknown()),
  limit: z.number().int(),
  offset: z.number().int(),
  sort: z.enum(SORTS).optional(),
}).openapi({ description: 'The query as the server understood it.' });

export const SearchResponseSchema = z.object({
  query: EchoedQuerySchema,
  count: z.number().int(),
  hits: z.array(SearchHitSchema),
  facets: z.record(z.enum(FACET_FIELDS), counts).openapi({ description: 'Counts per facet value over all matches.' }),
  tookMs: z.number(),
  parsed: ParsedQuerySchema,
}).openapi('SearchResponse');

export const search = createRoute({
  ...searchContract,
  responses: {
    200: {
      content: {
        'application/json': { schema: SearchResponseSchema },
        'text/csv': { schema: z.string() },
      },
      description: 'Hits, count and facets; a file download when format is given.',
    },
    400: errorResponse('A query parameter is invalid; the message names it and the fix.'),
  },
});
export type SearchRoute = typeof search;
