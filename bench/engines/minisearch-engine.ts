// MiniSearch configured like this project's engine: same fields and field weights, the
// project's own word splitter, folding, stop words and stemmer (via tokenize/processTerm),
// no prefix search, fuzzy matching only for the typo set, filters on the same item fields.
import MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { Item } from '../../core/schema.js';
import { FIELDS, FIELD_WEIGHTS, fieldText } from '../../core/search/snapshot.js';
import type { FieldName } from '../../core/search/snapshot.js';
import { foldWord } from '../../core/text/fold.js';
import { forEachWord, isStopWord, stemWord } from '../../core/text/tokenize.js';
import { matchesFilters } from '../queries.js';
import type { BenchQuery } from '../queries.js';
import type { BenchEngine, SearchableIndex } from './types.js';
import { TOP_K } from './types.js';

// MiniSearch's own suggestion for typo tolerance: up to 20 % of the term's length in edits.
const FUZZY = 0.2;

const OPTIONS: Options<Item> = {
  idField: 'id',
  fields: [...FIELDS],
  extractField: (item, field) => (field === 'id' ? item.id : fieldText(item, field as FieldName)),
  tokenize: (text) => {
    const words: string[] = [];
    forEachWord(text, (start, end) => { words.push(text.slice(start, end)); });
    return words;
  },
  processTerm: (term) => {
    const folded = foldWord(term);
    return isStopWord(folded) ? null : stemWord(folded);
  },
  searchOptions: { boost: { ...FIELD_WEIGHTS }, prefix: false, fuzzy: false },
};

class MiniSearchIndex implements SearchableIndex {
  private readonly byId: Map<string, Item>;
  constructor(readonly index: MiniSearch<Item>, items: readonly Item[]) {
    this.byId = new Map(items.map((item) => [item.id, item]));
  }
  search(query: BenchQuery, typoTolerant: boolean): string[] {
    const filters = query.filters;
    const results = this.index.search(query.q, {
      fuzzy: typoTolerant ? FUZZY : false,
      ...(filters ? { filter: (result) => matchesFilters(this.byId.get(result.id as string)!, filters) } : {}),
    });
    return results.slice(0, TOP_K).map((result) => result.id as string);
  }
}

export const miniSearchEngine: BenchEngine = {
  name: 'MiniSearch 7',
  work: 'ranks (BM25+, any word), filters by callback; no facet counts, no highlights',
  build: (items) => {
    const index = new MiniSearch<Item>(OPTIONS);
    index.addAll(items);
    return new MiniSearchIndex(index, items);
  },
  serialize: (index) => JSON.stringify((index as MiniSearchIndex).index),
  load: (serialized, items) => new MiniSearchIndex(MiniSearch.loadJSON<Item>(serialized!, OPTIONS), items),
};
