// Which words of an item's field a query matched, for highlighting: every occurrence of
// a single word or of the words of an unquoted group, but a phrase (quoted, or a
// multi-word synonym) only where its words stand together.
import type { QueryPlan } from './plan.js';
import { phraseStarts, termPositions } from './positions.js';
import type { PostingsIndex, TermPostings } from './postings.js';
import type { MarkedWord } from './highlight.js';

export function markedWords(index: PostingsIndex, plan: QueryPlan, item: number, field: number): MarkedWord[] {
  const marked: MarkedWord[] = [];
  for (const clause of plan.clauses) {
    for (const alternative of clause.alternatives) {
      const typed = !alternative.expansion;
      const postings = alternative.terms.map((term) => index.postings(term));
      if (alternative.adjacent) {
        if (postings.some((p) => !p)) continue;
        for (const start of phraseStarts(postings as TermPostings[], alternative.offsets, item, field)) {
          alternative.terms.forEach((term, i) => marked.push({ position: start + alternative.offsets[i], term, typed }));
        }
        continue;
      }
      postings.forEach((p, i) => {
        if (!p) return;
        for (const position of termPositions(p, field, item)) marked.push({ position, term: alternative.terms[i], typed });
      });
    }
  }
  return marked;
}
