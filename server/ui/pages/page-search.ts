// The search page's searches, run on the server with the same validation and engine parameters
// as GET /api/search, so the first HTML shows what the API would answer for the same address.
import type { CorpusReader } from '../../corpus-reader.js';
import { issueToErrorBody } from '../../validate.js';
import { searchParamsOf, SearchQuerySchema } from '../../routes/search.request.js';
import { documentNames, type DocumentNames } from '../model/documents.js';
import { readingView, type SearchOutcome } from '../model/search-data.js';
import { apiSearchParams, FACET_FIELDS, PAGE_PARAMS, pageNumberProblem, type SearchState } from '../model/url-state.js';

const API_PARAMS = new Set(['q', ...FACET_FIELDS, 'ref', 'sort', 'verbatim']);

/** Query parameters as the API's validator sees them: one value as a string, repeated ones as a list. */
function asValidatorInput(params: URLSearchParams): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    input[name] = values.length === 1 ? values[0] : values;
  }
  return input;
}

/**
 * The address checked as the API checks a search: the first problem in the API's own words.
 * A GET form sends empty fields (q=, sort=), and both commitment boxes ticked mean no filter:
 * those are the form's way of saying "nothing", not mistakes.
 */
export async function addressProblem(params: URLSearchParams, corpus: CorpusReader): Promise<string | undefined> {
  const api = new URLSearchParams();
  for (const [name, value] of params) {
    if (API_PARAMS.has(name) && value.trim() !== '' && !api.getAll(name).includes(value)) api.append(name, value);
  }
  if (api.getAll('commitment').length === 2 && new Set(api.getAll('commitment')).size === 2) api.delete('commitment');
  const result = SearchQuerySchema.safeParse(asValidatorInput(api));
  if (!result.success) return issueToErrorBody(result.error.issues[0], asValidatorInput(api)).error.message;
  return (await corpus.refusedFilter(searchParamsOf(result.data).filters))?.error.message;
}

/** What the page says about an address it reads only in part. */
export function addressNotices(params: URLSearchParams): string[] {
  const unknown = [...new Set(params.keys())].filter((name) => !PAGE_PARAMS.includes(name));
  const notices = unknown.map((name) => `The search page does not use the parameter “${name}”, so it was left out. `
    + (name === 'format' || name === 'limit' ? 'Use the export links for files.' : 'See the API documentation for what the API takes.'));
  const pageProblem = pageNumberProblem(params);
  return pageProblem ? [...notices, pageProblem] : notices;
}

function search(corpus: CorpusReader, params: URLSearchParams) {
  const parsed = SearchQuerySchema.safeParse(asValidatorInput(params));
  // The state only holds values the address check let through.
  if (!parsed.success) throw new Error(`page search refused: ${parsed.error.issues[0].message}`);
  return corpus.search(searchParamsOf(parsed.data));
}

/** One page of hits, with each filtered facet's counts taken without its own filter (as the browser asks the API). */
export async function runPageSearch(corpus: CorpusReader, state: SearchState): Promise<SearchOutcome> {
  const started = performance.now();
  const result = await search(corpus, apiSearchParams(state));
  return {
    count: result.count,
    hits: result.hits.map((hit) => ({ item: hit.item, highlights: hit.highlights, partial: hit.partial, cites: hit.cites, question: hit.question })),
    facets: result.facets,
    reading: readingView(result.parsed),
    tookMs: Math.round((performance.now() - started) * 1000) / 1000,
  };
}

const names = new WeakMap<CorpusReader, DocumentNames>();

export function corpusDocumentNames(corpus: CorpusReader): DocumentNames {
  let found = names.get(corpus);
  if (!found) names.set(corpus, (found = documentNames(corpus.documents)));
  return found;
}
