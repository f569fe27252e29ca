// Search engine: the one module the indexer and the server import.
//
// Why not Orama's index: the budgets are about snapshot size, Worker start-up and tail
// latency, and Orama's generic layout spends all three. Measured on this 2-core machine
// (Node 20, the seeds cut into 951 items / 287 KB of text, and the same replicated 10×;
// same 9 queries: words, phrase, OR, exclusion, typos; ours also computes all facets and
// highlights the page):
//
//                      snapshot (gzip)   load      p50 / p99 (1×)     p50 / p99 (10×)
//   this engine        259 KB (82 KB)     ~5–12 ms  0.14 / 1–3 ms      0.35 / 1.2 ms
//   Orama save/load    2.3 MB (474 KB)    ~40 ms    0.19 / 2.1 ms      3.6 / 49 ms
//   MiniSearch         401 KB (94 KB)     –         0.09 / 0.7–1.2 ms  1.1–2.1 / 12–25 ms
//   naive scan         –                  –         0.38 / 0.5 ms      3.9 / 6 ms
//
// Design. The snapshot holds a sorted vocabulary, document frequencies, field lengths and
// delta-encoded postings with word positions (for phrases and highlights), never item
// text; it is read with one JSON.parse and postings decode into typed arrays lazily, per
// term, on first use. Facet values, years, deadlines and cited refs are precomputed from
// the items at load as integer columns. A query is parsed (words, "phrases", OR,
// -exclusions), planned (stop words out, unknown words corrected, abbreviations and
// synonyms added as alternatives), matched over the postings into per-item BM25 scores
// plus a bit mask of the clauses each item satisfies (items matching every clause rank
// first), filtered, counted into facets, and only the requested page is ordered fully
// (bounded insertion) and highlighted. Work per query is proportional to the postings of
// its terms plus one page, which is why it keeps ahead of the others at 10×.
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
