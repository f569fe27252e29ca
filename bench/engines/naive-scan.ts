// The baseline: no index, every query scans every item's lower-cased title and text for
// each query word as a substring. Ranked by words found, then occurrences, then document
// order. It has no typo tolerance: the typo set shows what that costs in results.
import type { Item } from '../../core/schema.js';
import { foldWord } from '../../core/text/fold.js';
import { forEachWord, isStopWord } from '../../core/text/tokenize.js';
import { matchesFilters } from '../queries.js';
import type { BenchQuery } from '../queries.js';
import type { BenchEngine, SearchableIndex } from './types.js';
import { TOP_K } from './types.js';

function queryWords(q: string): string[] {
  const words: string[] = [];
  forEachWord(q, (start, end) => {
    const word = q.slice(start, end).toLowerCase();
    if (!isStopWord(foldWord(word))) words.push(word);
  });
  return words;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

class NaiveScan implements SearchableIndex {
  private readonly haystacks: string[];
  constructor(private readonly items: readonly Item[]) {
    this.haystacks = items.map((item) => `${item.title ?? ''}\n${item.text}`.toLowerCase());
  }
  search(query: BenchQuery): string[] {
    const words = queryWords(query.q);
    const hits: { index: number; found: number; count: number }[] = [];
    for (let index = 0; index < this.items.length; index++) {
      if (!matchesFilters(this.items[index], query.filters)) continue;
      let found = 0;
      let count = 0;
      for (const word of words) {
        const n = occurrences(this.haystacks[index], word);
        if (n > 0) { found++; count += n; }
      }
      if (found > 0) hits.push({ index, found, count });
    }
    hits.sort((a, b) => b.found - a.found || b.count - a.count || a.index - b.index);
    return hits.slice(0, TOP_K).map((hit) => this.items[hit.index].id);
  }
}

export const naiveScanEngine: BenchEngine = {
  name: 'naive scan',
  work: 'substring scan of every item; ranks by words found and occurrences; no facets, no highlights',
  build: (items) => new NaiveScan(items),
  serialize: () => undefined,
  load: (_serialized, items) => new NaiveScan(items),
};
