// Search engine public API. Minimal first version (naive scan) so the server can build
// against the names; the indexed engine replaces the bodies behind the same signatures.
import type { Item } from '../schema.js';
import { FACET_FIELDS } from './types.js';
import type { FacetField, Lexicon, SearchParams, SearchResult, SearchHit } from './types.js';

export * from './types.js';

export interface SearchEngine {
  search(params: SearchParams): SearchResult;
  readonly items: readonly Item[];
  itemById(id: string): Item | undefined;
}

const words = (s: string): string[] =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function facetValues(item: Item, field: FacetField): string[] {
  switch (field) {
    case 'theme': return item.themes;
    case 'year': return [String(item.year)];
    case 'commitment': return [String(item.commitment === true)];
    default: {
      const v = item[field];
      return v === undefined ? [] : [String(v)];
    }
  }
}

function createEngine(items: Item[]): SearchEngine {
  const byId = new Map(items.map((it) => [it.id, it]));
  return {
    items,
    itemById: (id) => byId.get(id),
    search(params) {
      const q = words(params.q ?? '');
      const hits: SearchHit[] = [];
      for (const item of items) {
        const text = new Set(words(`${item.title ?? ''} ${item.text}`));
        const score = q.filter((w) => text.has(w)).length;
        if (q.length === 0 || score > 0) hits.push({ item, score, highlights: {} });
      }
      if (q.length > 0) hits.sort((a, b) => b.score - a.score);
      const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, {}])) as SearchResult['facets'];
      for (const h of hits) for (const f of FACET_FIELDS) {
        for (const v of facetValues(h.item, f)) facets[f][v] = (facets[f][v] ?? 0) + 1;
      }
      const offset = params.offset ?? 0;
      return {
        count: hits.length,
        hits: hits.slice(offset, offset + (params.limit ?? 20)),
        facets,
        parsed: { terms: q, phrases: [], excluded: [], alternatives: [], expansions: {}, corrections: {} },
      };
    },
  };
}

export function buildSearchEngine(items: Item[], _lexicon: Lexicon): SearchEngine {
  return createEngine(items);
}

export function serializeSearchEngine(_engine: SearchEngine): string {
  return JSON.stringify({ version: 0 });
}

export function loadSearchEngine(_snapshot: string, items: Item[]): SearchEngine {
  return createEngine(items);
}
