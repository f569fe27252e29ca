// FlexSearch 0.8 as it comes: a Document index over the same fields, with its default
// tokenizer ("strict": whole words) and encoder, and its default query semantics (every word
// must match, in one field). It has no field weights, no filters on value lists or ranges and
// no typo switch: the bench filters its merged hits with the same predicate as the naive scan
// (asking for every match when a query has filters) and keeps the first ten.
import { Document } from 'flexsearch';
import type { Item } from '../../core/schema.js';
import { FIELDS, fieldText } from '../../core/search/snapshot.js';
import { matchesFilters } from '../queries.js';
import type { BenchQuery } from '../queries.js';
import type { BenchEngine, SearchableIndex } from './types.js';
import { TOP_K } from './types.js';

type FlexDocument = Record<string, string> & { id: string };
const newIndex = () => new Document<FlexDocument>({ document: { id: 'id', index: [...FIELDS] } });

class FlexSearchIndex implements SearchableIndex {
  private readonly byId: Map<string, Item>;
  constructor(readonly index: Document<FlexDocument>, private readonly items: readonly Item[]) {
    this.byId = new Map(items.map((item) => [item.id, item]));
  }
  search(query: BenchQuery): string[] {
    const limit = query.filters ? this.items.length : TOP_K;
    const merged = this.index.search(query.q, { limit, merge: true }) as unknown as { id: string }[];
    const ids = merged.map((hit) => hit.id);
    return (query.filters ? ids.filter((id) => matchesFilters(this.byId.get(id)!, query.filters)) : ids).slice(0, TOP_K);
  }
}

export const flexSearchEngine: BenchEngine = {
  name: 'FlexSearch 0.8',
  work: 'matches every word (no ranking by BM25, no field weights), filters by callback; no facet counts, no highlights',
  build: (items) => {
    const index = newIndex();
    for (const item of items) index.add({ id: item.id, ...Object.fromEntries(FIELDS.map((field) => [field, fieldText(item, field)])) } as FlexDocument);
    return new FlexSearchIndex(index, items);
  },
  serialize: (index) => {
    const chunks: Record<string, string> = {};
    (index as FlexSearchIndex).index.export((key: string, data: string) => { chunks[key] = data; });
    return JSON.stringify(chunks);
  },
  load: (serialized, items) => {
    const index = newIndex();
    for (const [key, data] of Object.entries(JSON.parse(serialized!) as Record<string, string>)) index.import(key, data);
    return new FlexSearchIndex(index, items);
  },
};
