// The values the corpus-valued filters accept (body, document, responsible, recommending
// State): what the corpus holds, so that `body=constructor` or `document=zzz` is a 400 listing
// the values instead of an answer that silently matches nothing. Counted once per loaded
// corpus (or per shard coordinator), on the first request that filters by one of them.
import type { SearchFilters, SearchParams, SearchResult } from '../core/search/types.js';
import type { LoadedCorpus } from './corpus.js';
import { errorBody, type ErrorBody } from './errors.js';
import { CORPUS_VALUED_FILTERS, type CorpusValuedFilter } from './routes/search.request.js';

export type CorpusValues = Record<CorpusValuedFilter, readonly string[]>;

/** The search that counts every value: no words, no filter, no hit, only these facets. */
export const VALUES_SEARCH: SearchParams = { q: '', limit: 0, facets: [...CORPUS_VALUED_FILTERS] };

/** The values from an answer to VALUES_SEARCH, in the facets' order (most items first). */
export function valuesOfFacets(facets: SearchResult['facets']): CorpusValues {
  return Object.fromEntries(CORPUS_VALUED_FILTERS.map((field) => [field, Object.keys(facets[field] ?? {})])) as unknown as CorpusValues;
}

const cache = new WeakMap<LoadedCorpus, CorpusValues>();

/** A loaded corpus's values; documents as /api/documents lists them (a document may have no item). */
export function corpusValues(corpus: LoadedCorpus): CorpusValues {
  let values = cache.get(corpus);
  if (!values) {
    values = { ...valuesOfFacets(corpus.engine.search(VALUES_SEARCH).facets), document: corpus.documents.map((doc) => doc.id) };
    cache.set(corpus, values);
  }
  return values;
}

/** Whether any corpus-valued filter is given (only then are the values needed). */
export const filtersByCorpusValues = (filters: SearchFilters | undefined): boolean =>
  filters !== undefined && CORPUS_VALUED_FILTERS.some((field) => filters[field]?.length);

/** The first filter value not among `values`, as the API's 400 body. */
export function unknownValue(values: CorpusValues, filters: SearchFilters | undefined): ErrorBody | undefined {
  if (!filters) return undefined;
  for (const field of CORPUS_VALUED_FILTERS) {
    const allowed = new Set(values[field]);
    const wrong = filters[field]?.find((value) => !allowed.has(value));
    if (wrong !== undefined) return errorBody('value_not_allowed', { param: field, value: wrong, allowed: values[field] });
  }
  return undefined;
}

/** The first filter value the loaded corpus does not hold, as the API's 400 body. */
export const unknownFilterValue = (corpus: LoadedCorpus, filters: SearchFilters | undefined): ErrorBody | undefined =>
  (filtersByCorpusValues(filters) ? unknownValue(corpusValues(corpus), filters) : undefined);
