// The search answer as JSON text. Hits repeat whole items, most of an answer's bytes, and
// JSON.stringify was the largest cost of a search request: each item is stringified once per
// isolate and spliced into every answer that returns it, so a request serializes only what
// differs per query (scores, highlights, facets). The text equals JSON.stringify of the same
// answer object (search-response.test.ts). A hit is its item without `related`, the list of
// related items that only the item's own page shows (GET /api/items/{id}): it was a sixth of
// an answer's bytes.
import type { Item } from '../../core/schema.js';
import type { ParsedQueryInfo, SearchHit, SearchParams, SearchResult, Sort } from '../../core/search/index.js';
import { DEFAULT_LIMIT } from './search.request.js';

export interface SearchAnswer {
  query: { q: string; filters: Record<string, unknown>; limit: number; offset: number; sort?: Sort };
  count: number;
  hits: readonly SearchHit[];
  facets: SearchResult['facets'];
  tookMs: number;
  parsed: ParsedQueryInfo;
}

/** The documented answer to a search: the query as understood, then the engine's result. */
export function searchAnswer(params: SearchParams, result: SearchResult, tookMs: number): SearchAnswer {
  return {
    query: { q: params.q ?? '', filters: { ...params.filters }, limit: params.limit ?? DEFAULT_LIMIT, offset: params.offset ?? 0, sort: params.sort },
    count: result.count,
    hits: result.hits,
    facets: result.facets,
    tookMs,
    parsed: result.parsed,
  };
}

const itemJsonCache = new WeakMap<Item, string>();

/** The item as a hit shows it. */
export function hitItem(item: Item): Omit<Item, 'related'> {
  const { related: _related, ...shown } = item;
  return shown;
}

function itemJson(item: Item): string {
  let json = itemJsonCache.get(item);
  if (json === undefined) itemJsonCache.set(item, (json = JSON.stringify(hitItem(item))));
  return json;
}

/** `{ ...hitItem(item), score, partial, highlights }` as JSON, without stringifying the item again. */
function hitJson(hit: SearchHit): string {
  const item = itemJson(hit.item);
  const open = item === '{}' ? '{' : `${item.slice(0, -1)},`;
  return `${open}"score":${JSON.stringify(hit.score)},"partial":${hit.partial === true},"highlights":${JSON.stringify(hit.highlights)}}`;
}

export function searchAnswerJson(answer: SearchAnswer): string {
  return `{"query":${JSON.stringify(answer.query)},"count":${JSON.stringify(answer.count)},`
    + `"hits":[${answer.hits.map(hitJson).join(',')}],"facets":${JSON.stringify(answer.facets)},`
    + `"tookMs":${JSON.stringify(answer.tookMs)},"parsed":${JSON.stringify(answer.parsed)}}`;
}
