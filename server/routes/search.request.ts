// GET /api/search as the server answers it: the documented query parameters and their schema.
import * as z from 'zod/mini';
import { ADDRESSEES, ITEM_TYPES, URGENCIES } from '../../core/vocabulary.js';
import { THEME_IDS } from '../../core/themes.js';
import { SORTS, type SearchFilters, type SearchParams } from '../../core/search/types.js';
import {
  booleanParam, documented, integerParam, oneOf, optional, paramsObject, repeatableEnum, repeatableText, reportIssue, singleText,
  yearParam,
} from '../query-params.js';
import type { RouteContract } from '../route-contract.js';

export const QUERY_MAX_LENGTH = 500;
export const LIMIT_MAX = 100;
/** Exports exist to take a whole result set away, so they may ask for more per request. */
export const EXPORT_LIMIT_MAX = 5000;
export const OFFSET_MAX = 100_000;
export const DEFAULT_LIMIT = 20;
/** Files to take a result set away; format=atom is a feed, a page of the newest hits. */
export const EXPORT_FORMATS = ['json', 'csv'] as const;
export const FORMATS = [...EXPORT_FORMATS, 'atom'] as const;
export type SearchFormat = (typeof FORMATS)[number];

const isExport = (format: SearchFormat | undefined) => format === 'json' || format === 'csv';

const EXPORT_LIMIT_HINT = `With format=csv or format=json it may be up to ${EXPORT_LIMIT_MAX}.`;

const facetText = (what: string) => documented(optional(repeatableText(200)), {
  description: `${what}. Repeat to match any of several values.`,
});

export const SEARCH_PARAMS = {
  q: documented(optional(singleText(QUERY_MAX_LENGTH)), {
    description: `Full-text query, at most ${QUERY_MAX_LENGTH} characters. "quoted phrases", -excluded words, a OR b. Empty with filters lists items in document order.`,
    example: 'helpline',
  }),
  type: documented(optional(repeatableEnum(ITEM_TYPES)), { description: 'Item type; repeatable.' }),
  urgency: documented(optional(repeatableEnum(URGENCIES)), { description: 'Lanzarote grading of a recommendation; repeatable.' }),
  body: facetText('Monitoring body, as in the facet counts'),
  year: documented(optional(yearParam()), {
    description: 'Year (2018) or inclusive range (2018..2023, ..2019, 2020..); exact years repeatable, one range.',
    example: ['2018..2023'],
  }),
  theme: facetText(`Theme id (${THEME_IDS.join(', ')})`),
  document: facetText('Document id'),
  addressee: documented(optional(repeatableEnum(ADDRESSEES)), { description: 'Whom a recommendation addresses; repeatable.' }),
  commitment: documented(optional(booleanParam()), { description: 'Only statements of what the state will do (true) or the others (false).' }),
  ref: facetText('Cited recommendation ("III-25") or paragraph ("para:73")'),
  // Any size parses here; the range depends on format and is checked with it below.
  limit: documented(optional(integerParam('limit', 0, Number.MAX_SAFE_INTEGER, {
    defaultValue: DEFAULT_LIMIT, stated: { max: LIMIT_MAX, hint: EXPORT_LIMIT_HINT },
  })), {
    description: `Hits per page, 0–${LIMIT_MAX} (0 returns only count and facets); up to ${EXPORT_LIMIT_MAX} with format=csv or format=json.`,
  }),
  offset: documented(optional(integerParam('offset', 0, OFFSET_MAX, { defaultValue: 0 })), { description: 'Hits to skip, for paging.' }),
  sort: documented(optional(oneOf(SORTS)), {
    description: 'Order of hits; relevance by default (document order when q is empty), newest first (year) with format=atom.',
  }),
  format: documented(optional(oneOf(FORMATS)), {
    description: 'Download the answer as a file: csv (UTF-8 with BOM, one row per hit) or json (the SearchResponse itself); '
      + 'or atom, an Atom 1.0 feed of the same hits for feed readers, newest document first, the query in its title.',
  }),
};

export const SearchQuerySchema = paramsObject(SEARCH_PARAMS).check(z.superRefine((query, ctx) => {
  if (!isExport(query.format) && query.limit !== undefined && query.limit > LIMIT_MAX) {
    reportIssue(ctx, 'out_of_range', {
      param: 'limit', min: 0, max: LIMIT_MAX,
      hint: `Page with offset, or export with format=csv or format=json (up to ${EXPORT_LIMIT_MAX}).`,
    }, ['limit']);
  }
  if (isExport(query.format) && query.limit !== undefined && query.limit > EXPORT_LIMIT_MAX) {
    reportIssue(ctx, 'out_of_range', { param: 'limit', min: 0, max: EXPORT_LIMIT_MAX, hint: 'Export the rest with offset and further requests.' }, ['limit']);
  }
}));
export type SearchQuery = z.output<typeof SearchQuerySchema>;

const FILTER_FIELDS = ['type', 'urgency', 'body', 'year', 'theme', 'document', 'addressee', 'commitment', 'ref'] as const;

/** The validated query as engine parameters (the single Worker's route and the shard coordinator). */
export function searchParamsOf(query: SearchQuery): SearchParams {
  const filters: SearchFilters = {};
  for (const field of FILTER_FIELDS) {
    if (query[field] !== undefined) (filters as Record<string, unknown>)[field] = query[field];
  }
  return {
    q: query.q ?? '',
    filters,
    limit: query.limit ?? DEFAULT_LIMIT,
    offset: query.offset ?? 0,
    // A feed reader wants what is new: the feed's page is the newest hits unless sort says otherwise.
    ...(query.sort ? { sort: query.sort } : query.format === 'atom' ? { sort: 'year' as const } : {}),
  };
}

export const searchContract: RouteContract = {
  method: 'get',
  path: '/api/search',
  tags: ['Search'],
  summary: 'Full-text search with filters, facet counts, paging and export',
  query: SEARCH_PARAMS,
};
