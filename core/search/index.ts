// Search engine: the one module the indexer and the server import.
//
// Why not Orama's index: the budgets are about snapshot size, Worker start-up and tail
// latency, and Orama's generic layout spends all three. Measured on this 2-core machine
// (Node 20; the seeds cut into 951 items / 287 KB of text, and the same replicated 10×;
// the same 9 queries: words, phrase, OR, exclusion, typos; ours also parses the syntax,
// counts all facets and highlights the page; Orama counts facets; MiniSearch and the scan
// only rank; p99 over 360 runs
// varies run to run with single GC pauses):
//
//                      snapshot (gzip)   load      p50 / p99 at 1×      p50 / p99 at 10×
//   this engine        259 KB (82 KB)    5–12 ms   0.13 / 1.8–4.3 ms    0.26–0.29 / 0.8–5 ms
//   Orama save/load    2.3 MB (474 KB)   40–57 ms  0.20–0.26 / 2.1 ms   3.7 / 50 ms
//   MiniSearch         401 KB (94 KB)    –         0.09 / 0.75–1.2 ms   1.1–2.1 / 9–25 ms
//   naive scan         –                 –         0.39 / 0.5 ms        3.9 / 5.6–6.7 ms
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
// keeps ahead of the others at 10×.
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

/**
 * Server side: one JSON.parse, no re-indexing, no pass over the items; `items` may be an
 * array or a store that parses each item on first use.
 */
export function loadSearchEngine(snapshot: string, items: ItemSource): SearchEngine {
  return new Engine(parseSnapshot(snapshot, items), items);
}
