// What the bench asks of every engine it compares: build from items, serialize to the
// text a Worker would ship, load that text back, answer a query with its top-10 ids.
import type { Item } from '../../core/schema.js';
import type { Lexicon } from '../../core/search/index.js';
import type { BenchQuery } from '../queries.js';

export const TOP_K = 10;

export interface SearchableIndex {
  /** Ids of the top TOP_K hits; `typoTolerant` turns on the engine's fuzzy matching if it has a switch. */
  search(query: BenchQuery, typoTolerant: boolean): string[];
}

export interface BenchEngine {
  name: string;
  /** What the engine does per query beyond ranking, for the report. */
  work: string;
  build(items: Item[], lexicon: Lexicon): SearchableIndex;
  /** undefined: the engine has no index to ship (the naive scan). */
  serialize(index: SearchableIndex): string | undefined;
  load(serialized: string | undefined, items: Item[], lexicon: Lexicon): SearchableIndex;
}
