// GET /api/search as the server answers it: the query parameters, validated with zod.
// The response schemas are in search.routes.ts (documentation only, see route-contract.ts).
import { z } from '../zod.js';
import { ADDRESSEES, ITEM_TYPES, URGENCIES } from '../../core/vocabulary.js';
import { THEME_IDS } from '../../core/themes.js';
import { SORTS } from '../../core/search/types.js';
import {
  booleanParam, integerParam, repeatableEnum, repeatableText, reportIssue, singleText, yearParam,
} from '../query-params.js';
import type { RouteContract } from '../route-contract.js';

export const QUERY_MAX_LENGTH = 500;
export const LIMIT_MAX = 100;
/** Exports exist to take a whole result set away, so they may ask for more per request. */
export const EXPORT_LIMIT_MAX = 5000;
export const OFFSET_MAX = 100_000;
export const DEFAULT_LIMIT = 20;
export const EXPORT_FORMATS = ['json', 'csv'] as const;

const facetText = (what: string) => repeatableText(200).optional().openapi({
  description: `${what}. Repeat to match any of several values.`,
});

export const SearchQuerySchema = z
  .object({
    q: singleText(QUERY_MAX_LENGTH).optional().openapi({
      description: `Full-text query, at most ${QUERY_MAX_LENGTH} characters. "quoted phrases", -excluded words, a OR b. Empty with filters lists items in document order.`,
      example: 'helpline',
    }),
    type: repeatableEnum(ITEM_TYPES).optional().openapi({ description: 'Item type; repeatable.' }),
    urgency: repeatableEnum(URGENCIES).optional().openapi({ description: 'Lanzarote grading of a recommendation; repeatable.' }),
    body: facetText('Monitoring body, as in the facet counts'),
    year: yearParam().optional().openapi({
      description: 'Year (2018) or inclusive range (2018..2023, ..2019, 2020..); exact years repeatable, one range.',
      example: ['2018..2023'],
    }),
    theme: facetText(`Theme id (${THEME_IDS.join(', ')})`),
    document: facetText('Document id'),
    addressee: repeatableEnum(ADDRESSEES).optional().openapi({ description: 'Whom a recommendation addresses; repeatable.' }),
    commitment: booleanParam().optional().openapi({ description: 'Only statements of what the state will do (true) or the others (false).' }),
    ref: facetText('Cited recommendation ("III-25") or paragraph ("para:73")'),
    limit: integerParam('limit', 0, EXPORT_LIMIT_MAX).optional().openapi({
      type: 'integer', minimum: 0, maximum: LIMIT_MAX, default: DEFAULT_LIMIT,
      description: `Hits per page, 0–${LIMIT_MAX} (0 returns only count and facets); up to ${EXPORT_LIMIT_MAX} with format.`,
    }),
    offset: integerParam('offset', 0, OFFSET_MAX).optional().openapi({
      type: 'integer', minimum: 0, maximum: OFFSET_MAX, default: 0, description: 'Hits to skip, for paging.',
    }),
    sort: z.enum(SORTS).optional().openapi({ description: 'Order of hits; relevance by default (document order when q is empty).' }),
    format: z.enum(EXPORT_FORMATS).optional().openapi({
      description: 'Download the hits as a file: csv (UTF-8 with BOM, one row per item) or json.',
    }),
  })
  .superRefine((query, ctx) => {
    if (query.format === undefined && query.limit !== undefined && query.limit > LIMIT_MAX) {
      reportIssue(ctx, 'out_of_range', {
        param: 'limit', min: 0, max: LIMIT_MAX,
        hint: `Page with offset, or export with format=csv or format=json (up to ${EXPORT_LIMIT_MAX}).`,
      }, ['limit']);
    }
  });
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const searchContract = {
  method: 'get',
  path: '/api/search',
  tags: ['Search'],
  summary: 'Full-text search with filters, facet counts, paging and export',
  request: { query: SearchQuerySchema },
} as const satisfies RouteContract;
