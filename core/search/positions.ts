// Word positions inside one item's field, read from the postings: phrase checks for the
// matcher and the words to mark for the highlighter.
import { findPosting } from './postings.js';
import type { FieldPostings, TermPostings } from './postings.js';

const NONE = new Int32Array(0);

/** Ascending word positions of a term in one field of an item (empty when absent). */
export function termPositions(term: TermPostings, field: number, item: number): Int32Array {
  const postings = term.fields.find((f) => f.field === field);
  const k = postings ? findPosting(postings, item) : -1;
  return k < 0 ? NONE : postings!.positions.subarray(postings!.positionStart[k], postings!.positionStart[k + 1]);
}

/**
 * Positions of the first term wherever every term sits at its offset from it, in one
 * field; with `firstOnly`, stops at the first such place.
 */
export function phraseStarts(terms: TermPostings[], offsets: number[], item: number, field: number, firstOnly = false): number[] {
  const lists = terms.map((term) => termPositions(term, field, item));
  if (lists.some((list) => list.length === 0)) return [];
  const starts: number[] = [];
  for (const position of lists[0]) {
    const start = position - offsets[0];
    if (lists.every((list, i) => includes(list, start + offsets[i]))) {
      starts.push(start);
      if (firstOnly) break;
    }
  }
  return starts;
}

/** True when the phrase occurs in any one field of the item. */
export function hasPhrase(terms: TermPostings[], offsets: number[], item: number): boolean {
  return terms[0].fields.some((f: FieldPostings) => phraseStarts(terms, offsets, item, f.field, true).length > 0);
}

function includes(sorted: Int32Array, wanted: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === wanted) return true;
    if (sorted[middle] < wanted) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
