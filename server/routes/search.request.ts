// GET /api/search as the server answers it: the documented query parameters and their schema.
import * as z from 'zod/mini';
import { ADDRESSEES, ITEM_TYPES, POSITIONS, URGENCIES } from '../../core/vocabulary.js';
import { THEME_IDS } from '../../core/themes.js';
import {
  EXTRA_FACET_FIELDS, FACET_FIELDS, FULFILMENT_VALUES, SORTS, type SearchFilters, type SearchParams,
} from '../../core/search/types.js';
import {
  booleanParam, documented, integerParam, oneOf, optional, queryParamsObject, repeatableEnum, repeatableText, reportIssue, singleText,
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

/** The facets whose values come from the corpus, not from a fixed list: checked against it (corpus-values.ts). */
export const CORPUS_VALUED_FILTERS = ['body', 'document', 'responsible', 'recommendingState'] as const;
export type CorpusValuedFilter = (typeof CORPUS_VALUED_FILTERS)[number];

/**
 * A filter whose values are the corpus' own (bodies, documents, ministries, States). The
 * document cannot list them, so it says where they are: `x-values-from` names the facet of a
 * search answer whose keys are the values accepted (the contract test reads it).
 */
const corpusValued = (facet: CorpusValuedFilter, what: string) => {
  const param = optional(repeatableText(200));
  return documented({ ...param, openapi: { ...param.openapi, 'x-values-from': `facets.${facet}` } }, {
    description: `${what}: one of the keys of facets.${facet} in an answer (any other value is refused with the list). `
      + 'Repeat to match any of several values.',
  });
};

// Fixed lists as zod enums want them (THEME_IDS is built from the theme table).
const THEMES = THEME_IDS as unknown as readonly [string, ...string[]];

export const SEARCH_PARAMS = {
  q: documented(optional(singleText(QUERY_MAX_LENGTH)), {
    description: `Full-text query, at most ${QUERY_MAX_LENGTH} characters. "quoted phrases", -excluded words, a OR b. Empty with filters lists items in document order.`,
    example: 'helpline',
  }),
  type: documented(optional(repeatableEnum(ITEM_TYPES)), { description: 'Item type; repeatable.' }),
  urgency: documented(optional(repeatableEnum(URGENCIES)), { description: 'Lanzarote grading of a recommendation; repeatable.' }),
  body: corpusValued('body', 'Monitoring body ("GRETA")'),
  year: documented(optional(yearParam()), {
    description: 'Year (2018) or inclusive range (2018..2023, ..2019, 2020..); exact years repeatable, one range.',
    example: ['2018..2023'],
  }),
  theme: documented(optional(repeatableEnum(THEMES)), { description: 'Theme id; repeatable.' }),
  document: corpusValued('document', 'Document id, as /api/documents lists them'),
  addressee: documented(optional(repeatableEnum(ADDRESSEES)), { description: 'Whom a recommendation addresses; repeatable.' }),
  commitment: documented(optional(booleanParam()), { description: 'Only statements of what the state will do (true) or the others (false).' }),
  ref: documented(optional(repeatableText(200)), {
    description: 'Cited recommendation ("III-25") or paragraph ("para:73"). Repeat to match any of several values.',
  }),
  fulfilment: documented(optional(repeatableEnum(FULFILMENT_VALUES)), {
    description: 'Reported fulfilment of an evaluated task (met, partially-met, not-met, different); repeatable. Counted in facets.fulfilment.',
  }),
  responsible: corpusValued('responsible', 'Body responsible for a task or promise, as counted: the name before any departments in parentheses ("MOI")'),
  recommendingState: corpusValued('recommendingState', 'A State that made a review recommendation (UN Universal Periodic Review), as printed'),
  position: documented(optional(repeatableEnum(POSITIONS)), {
    description: 'The position the State under review took on a recommendation (supported, noted); repeatable.',
  }),
  verbatim: documented(optional(booleanParam()), {
    description: 'true searches the words as typed, without spelling correction: the link behind parsed.searchInsteadFor.',
  }),
  disjunctiveFacets: documented(optional(booleanParam()), {
    description: 'true counts each filtered facet without its own filter, so that its other values say how many items ticking them '
      + 'would add (values of one facet mean any of them): a filter panel\'s counts in one request. The other facets count the matches.',
  }),
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

/** What people write for a parameter that spelling alone would not lead to. */
const SEARCH_ALIASES: Record<string, keyof typeof SEARCH_PARAMS> = {
  status: 'fulfilment', fulfillment: 'fulfilment', met: 'fulfilment', query: 'q', search: 'q', text: 'q',
  state: 'recommendingState', states: 'recommendingState', recommendedBy: 'recommendingState', ministry: 'responsible',
  actor: 'responsible', page: 'offset', size: 'limit', per_page: 'limit', order: 'sort', from: 'year', to: 'year',
  exact: 'verbatim', disjunctive: 'disjunctiveFacets', cites: 'ref', citation: 'ref', kind: 'type', grading: 'urgency',
};

export const SearchQuerySchema = queryParamsObject(SEARCH_PARAMS, SEARCH_ALIASES).check(z.superRefine((query, ctx) => {
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

const FILTER_FIELDS = [
  'type', 'urgency', 'body', 'year', 'theme', 'document', 'addressee', 'commitment', 'ref',
  'fulfilment', 'responsible', 'recommendingState', 'position',
] as const;

/** Every answer counts every facet: the review and fulfilment facets are what their filters offer. */
export const ANSWER_FACETS = [...FACET_FIELDS, ...EXTRA_FACET_FIELDS] as const;

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
    facets: ANSWER_FACETS,
    ...(query.verbatim ? { verbatim: true } : {}),
    ...(query.disjunctiveFacets ? { disjunctiveFacets: true } : {}),
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
