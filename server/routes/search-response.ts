// The search answer as JSON text. Hits repeat whole items, most of an answer's bytes, and
// JSON.stringify was the largest cost of a search request: each item is stringified once per
// isolate and spliced into every answer that returns it, so a request serializes only what
// differs per query (scores, highlights, facets). The text equals JSON.stringify of the same
// answer object (search-response.test.ts). A hit is its item without `related`, the list of
// related items that only the item's own page shows (GET /api/items/{id}): it was a sixth of
// an answer's bytes, plus its `label`, the number a card and a citation show ("II-6" for a
// Lanzarote recommendation, whose printed label is its id's and not a `number`).
import { itemLabel } from '../../core/citation.js';
import type { Item } from '../../core/schema.js';
import type { QueryReading, SearchHit, SearchParams, SearchResult, Sort } from '../../core/search/index.js';
import { DEFAULT_LIMIT } from './search.request.js';

export interface SearchAnswer {
  query: { q: string; filters: Record<string, unknown>; limit: number; offset: number; sort?: Sort; verbatim?: true; disjunctiveFacets?: true };
  count: number;
  hits: readonly SearchHit[];
  facets: SearchResult['facets'];
  tookMs: number;
  parsed: QueryReading;
}

/** The documented answer to a search: the query as understood, then the engine's result. */
export function searchAnswer(params: SearchParams, result: SearchResult, tookMs: number): SearchAnswer {
  return {
    query: {
      q: params.q ?? '', filters: { ...params.filters }, limit: params.limit ?? DEFAULT_LIMIT, offset: params.offset ?? 0, sort: params.sort,
      ...(params.verbatim ? { verbatim: true as const } : {}),
      ...(params.disjunctiveFacets ? { disjunctiveFacets: true as const } : {}),
    },
    count: result.count,
    hits: result.hits,
    facets: result.facets,
    tookMs,
    parsed: result.parsed,
  };
}

const itemJsonCache = new WeakMap<Item, string>();

/** The item as a hit shows it: without its related items, with its label when it has one. */
export function hitItem(item: Item): Omit<Item, 'related'> & { label?: string } {
  const { related: _related, ...shown } = item;
  const label = itemLabel(item);
  return label === undefined ? shown : { ...shown, label };
}

function itemJson(item: Item): string {
  let json = itemJsonCache.get(item);
  if (json === undefined) itemJsonCache.set(item, (json = JSON.stringify(hitItem(item))));
  return json;
}

/**
 * `{ ...hitItem(item), score, partial, highlights, cites?, question? }` as JSON, without
 * stringifying the item again: `cites` when the item cites what the query cites, `question`
 * for an answer, reply or promise (the question it answers, which its card shows).
 */
function hitJson(hit: SearchHit): string {
  const item = itemJson(hit.item);
  const open = item === '{}' ? '{' : `${item.slice(0, -1)},`;
  const cites = hit.cites ? ',"cites":true' : '';
  const question = hit.question ? `,"question":${JSON.stringify(hit.question)}` : '';
  return `${open}"score":${JSON.stringify(hit.score)},"partial":${hit.partial === true},"highlights":${JSON.stringify(hit.highlights)}${cites}${question}}`;
}

export function searchAnswerJson(answer: SearchAnswer): string {
  return `{"query":${JSON.stringify(answer.query)},"count":${JSON.stringify(answer.count)},`
    + `"hits":[${answer.hits.map(hitJson).join(',')}],"facets":${JSON.stringify(answer.facets)},`
    + `"tookMs":${JSON.stringify(answer.tookMs)},"parsed":${JSON.stringify(answer.parsed)}}`;
}
