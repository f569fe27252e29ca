// This project's engine (core/search), driven exactly as the API drives it.
import { buildSearchEngine, loadSearchEngine, serializeSearchEngine } from '../../core/search/index.js';
import type { SearchEngine } from '../../core/search/index.js';
import type { BenchQuery } from '../queries.js';
import type { BenchEngine, SearchableIndex } from './types.js';
import { TOP_K } from './types.js';

class ProjectIndex implements SearchableIndex {
  constructor(readonly engine: SearchEngine) {}
  search(query: BenchQuery): string[] {
    // Typo rescue is always on: unknown words are corrected, known ones never fuzzed.
    return this.engine.search({ q: query.q, filters: query.filters, limit: TOP_K }).hits.map((hit) => hit.item.id);
  }
}

export const projectEngine: BenchEngine = {
  name: 'this project',
  work: 'parses query syntax, ranks (all-words first, BM25), counts 8 facets over all matches, highlights the 10 hits',
  build: (items, lexicon) => new ProjectIndex(buildSearchEngine(items, lexicon)),
  serialize: (index) => serializeSearchEngine((index as ProjectIndex).engine),
  load: (serialized, items) => new ProjectIndex(loadSearchEngine(serialized!, items)),
};
