// Search engine: the one module the indexer and the server import.
//
// Why this index and not Orama's, MiniSearch's or FlexSearch's: the budgets are about snapshot
// size, Worker start-up and latency at 10x the seeds, and a search box must find something for
// a typo or a stop word. `npm run bench` runs them all on the same items and queries (24 plain,
// 16 faceted, 16 misspelt; top 10). Its run of 2026-12-04 11:11 UTC (BENCHMARKS.md; 2 cores
// shared with other work, so the p99 figures are noisy):
//
//                        snapshot 1x      load ms   plain p50 / p99 ms       typo p50  no hit   overlap@10
//                        raw (gzip)       1x / 10x  1x           10x         10x, ms   (sets*)  with ours 1x
//   this engine          233 KB (96 KB)   2.1 / 22  0.24 / 0.77  0.60 / 10.6 0.65      0/0/0    -
//   MiniSearch 7         255 KB (51 KB)   7.7 / 153 0.09 / 0.38  0.83 / 6.8  0.66      0/0/1    0.54
//   Orama 3 (BM25)       2.4 MB (430 KB)  30 / 396  0.23 / 1.9   3.5 / 39    1.3       0/0/4    0.38
//   Orama 3, tolerance 1 2.4 MB (430 KB)  22 / 429  0.64 / 3.3   6.4 / 88    2.4       0/0/1    0.39
//   FlexSearch 0.8       1.5 MB (100 KB)  13 / 305  0.02 / 0.11  0.05 / 5.2  0.008     2/1/13   0.38
//   naive scan           -                0.4 / 8   0.38 / 0.81  3.6 / 10    3.5       0/0/4    0.46
//   * queries with no hit at all in the plain / faceted / typo sets
//
// Ours does the most per query: it parses the query syntax, counts the facets over every
// match and highlights the page; Orama counts 6 facets; MiniSearch, FlexSearch and the scan
// only rank. FlexSearch is fastest where it answers because it requires every word and does not
// rank by BM25: it finds nothing for 13 of the 16 misspelt queries and for 2 plain ones.
//
// Design. The snapshot holds a sorted vocabulary, document frequencies, field lengths and
// delta-encoded postings with word positions (for phrases and highlights), never item
// text; it is read with one JSON.parse and postings decode into typed arrays lazily, per
// term, on first use. Facet values, years, deadlines, cited refs, item numbers and answer–
// question pairs are precomputed from the items at index time. A query is parsed (citations,
// words, "phrases", OR, -exclusions), planned (stop words out, unknown non-English words
// corrected, abbreviations and synonyms added as alternatives, citations answered by the
// items citing them), matched over the postings into per-item BM25F scores plus a bit mask
// of the clauses each item satisfies (items citing what the query cites first, then items
// matching every clause), filtered, counted into facets, and only the requested page is
// ordered fully (bounded insertion) and highlighted. Work per query grows with the postings
// of its terms and the number of matches (facets), not with the corpus' text, which is why it
// keeps ahead of the others that rank at 10× at the median (its p99 there moves run to run).
import type { Item } from '../schema.js';
import { Engine } from './engine.js';
import { buildSnapshot, parseSnapshot } from './snapshot.js';
import type { ItemSource, Lexicon, SearchParams, SearchResult } from './types.js';

export * from './types.js';
/** Every facet the engine can count (SearchParams.facets). */
export { ALL_FACET_FIELDS } from './facets.js';

export interface SearchEngine {
  search(params: SearchParams): SearchResult;
  itemById(id: string): Item | undefined;
  /** What differs between `item` and the item indexed at `index` (id or content), or undefined. */
  indexedItemMismatch(index: number, item: Item): string | undefined;
}

/** Index items (indexer side, Node); the same engine a loaded snapshot gives. */
export function buildSearchEngine(items: Item[], lexicon: Lexicon): SearchEngine {
  return new Engine(buildSnapshot(items, lexicon), items);
}

/** The snapshot the indexer writes to corpus/search-index.json (items are stored apart). */
export function serializeSearchEngine(engine: SearchEngine): string {
  if (!(engine instanceof Engine)) throw new Error('serializeSearchEngine needs an engine made by buildSearchEngine or loadSearchEngine');
  // A packed snapshot's typed views would not come out as the JSON form's arrays.
  if (!Array.isArray(engine.snapshot.df)) throw new Error('serializeSearchEngine needs a JSON snapshot, not a packed one');
  return JSON.stringify(engine.snapshot);
}

/**
 * Server side: one JSON.parse, no re-indexing, no pass over the items; `items` may be an
 * array or a store that parses each item on first use.
 */
export function loadSearchEngine(snapshot: string, items: ItemSource): SearchEngine {
  return new Engine(parseSnapshot(snapshot, items), items);
}
