// The search page's whole state lives in its URL, so a view can be bookmarked, shared and cited.
// Page URLs use the API's own parameter names (plus `page`), so exports map one to one.
import { EXTRA_FACET_FIELDS, FACET_FIELDS as COUNTED_FIELDS, SORTS, type AnyFacetField, type Sort } from '../../../core/search/types.js';

/** Every facet the page filters by: those every answer counts, and fulfilment, responsible and the review facets. */
export const FACET_FIELDS: readonly AnyFacetField[] = [...COUNTED_FIELDS, ...EXTRA_FACET_FIELDS];
type FacetField = AnyFacetField;

export const PAGE_SIZE = 20;
/** The API refuses offsets above 100 000 and queries above 500 characters. */
const OFFSET_MAX = 100_000;
export const QUERY_MAX_LENGTH = 500;
export const MAX_PAGE = Math.floor(OFFSET_MAX / PAGE_SIZE) + 1;
/** What an export may take in one file (the API's limit for format=csv|json). */
export const EXPORT_LIMIT = 5000;

export type Filters = Record<FacetField, string[]>;

export interface SearchState {
  q: string;
  filters: Filters;
  /** Cited recommendation ("III-25") or paragraph ("para:73"): a filter with no facet counts. */
  ref: string[];
  sort?: Sort;
  /** Search the words as typed (the "Search instead for" link after a spelling correction). */
  verbatim?: boolean;
  page: number;
}

export const emptyFilters = (): Filters =>
  Object.fromEntries(FACET_FIELDS.map((field) => [field, []])) as unknown as Filters;

export const emptyState = (): SearchState => ({ q: '', filters: emptyFilters(), ref: [], page: 1 });

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];

const isSort = (value: string | null): value is Sort => value !== null && (SORTS as readonly string[]).includes(value);

/** Every parameter the search page reads; the page says so when an address has others. */
export const PAGE_PARAMS: readonly string[] = ['q', ...FACET_FIELDS, 'ref', 'sort', 'verbatim', 'page'];

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const field of FACET_FIELDS) filters[field] = unique(params.getAll(field));
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().slice(0, QUERY_MAX_LENGTH),
    filters,
    ref: unique(params.getAll('ref')),
    sort: isSort(sort) ? sort : undefined,
    ...(params.get('verbatim') === 'true' ? { verbatim: true } : {}),
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1,
  };
}

function appendFilters(params: URLSearchParams, state: SearchState): void {
  for (const field of FACET_FIELDS) {
    const values = state.filters[field];
    // commitment is a single boolean in the API: both values ticked means no filter at all.
    if (field === 'commitment') {
      if (values.length === 1) params.set(field, values[0]);
      continue;
    }
    for (const value of values) params.append(field, value);
  }
  for (const ref of state.ref) params.append('ref', ref);
}

/** The page's own query string, in a stable order; defaults are left out to keep links short. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const field of FACET_FIELDS) for (const value of state.filters[field]) params.append(field, value);
  for (const ref of state.ref) params.append('ref', ref);
  if (state.sort !== undefined) params.set('sort', state.sort);
  if (state.verbatim) params.set('verbatim', 'true');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function searchPageHref(state: SearchState): string {
  const query = searchStateToParams(state).toString();
  return query === '' ? '/' : `/?${query}`;
}

/**
 * Query for /api/search: one page of hits, and with a filter ticked, each filtered facet counted
 * without its own filter (disjunctiveFacets), so its other values show what ticking them adds.
 */
export function apiSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.verbatim) params.set('verbatim', 'true');
  appendFilters(params, state);
  if (filteredFacets(state).length > 0) params.set('disjunctiveFacets', 'true');
  if (state.sort !== undefined) params.set('sort', state.sort);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String((state.page - 1) * PAGE_SIZE));
  return params;
}

/** The API's own export of every hit of the current search (up to its limit), as a file. */
export function exportHref(state: SearchState, format: 'csv' | 'json'): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.verbatim) params.set('verbatim', 'true');
  appendFilters(params, state);
  if (state.sort !== undefined) params.set('sort', state.sort);
  params.set('limit', String(EXPORT_LIMIT));
  params.set('format', format);
  return `/api/search?${params.toString()}`;
}

/** The current search as an Atom feed: same query and filters; the feed takes the newest hits itself. */
export function feedHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.verbatim) params.set('verbatim', 'true');
  appendFilters(params, state);
  params.set('format', 'atom');
  return `/api/search?${params.toString()}`;
}

export function toggleFilter(state: SearchState, field: FacetField, value: string): SearchState {
  const current = state.filters[field];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [field]: next }, page: 1 };
}

export const hasFilters = (state: SearchState): boolean =>
  state.ref.length > 0 || FACET_FIELDS.some((field) => state.filters[field].length > 0);

/** Facets whose own filter is set: their counts must come from a query without that filter. */
export const filteredFacets = (state: SearchState): FacetField[] =>
  FACET_FIELDS.filter((field) => state.filters[field].length > 0);

/** The state a submitted search form describes: its query, ticked filters and sort, from page 1. */
export const stateFromForm = (form: FormData): SearchState =>
  ({ ...parseSearchState(new URLSearchParams(form as unknown as Record<string, string>)), page: 1 });

export const lastPageOf = (count: number): number => Math.max(1, Math.ceil(count / PAGE_SIZE));

/** What is wrong with the address's page number, in words; undefined when nothing is. */
export function pageNumberProblem(params: URLSearchParams): string | undefined {
  const values = params.getAll('page');
  if (values.length === 0) return undefined;
  if (values.length > 1) return 'The address gives more than one page number; showing the first.';
  const page = values[0].trim();
  if (!/^\d{1,9}$/.test(page) || Number(page) < 1) return `“${values[0]}” is not a page number; showing page 1.`;
  if (Number(page) > MAX_PAGE) return `Results go no further than page ${MAX_PAGE.toLocaleString('en-GB')}; showing that page.`;
  return undefined;
}

/**
 * Items a ticked year value stands for, from the year counts without the year filter: a year's
 * own count, or the sum over a range ("2018..2023", "..2019", "2020..").
 */
export function yearValueCount(value: string, yearCounts: Record<string, number>): number {
  const range = /^(\d{4})?\.\.(\d{4})?$/.exec(value);
  if (!range) return yearCounts[value] ?? 0;
  const from = range[1] === undefined ? -Infinity : Number(range[1]);
  const to = range[2] === undefined ? Infinity : Number(range[2]);
  return Object.entries(yearCounts).reduce((sum, [year, count]) => (Number(year) >= from && Number(year) <= to ? sum + count : sum), 0);
}
