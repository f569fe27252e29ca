// Word positions inside one item's field, read from the postings: phrase checks for the
// matcher and the words to mark for the highlighter. The phrase check runs for every
// candidate item of a phrase query, so it works on index ranges into the postings and
// allocates nothing unless it finds something.
import { findPosting } from './postings.js';
import type { FieldPostings, TermPostings } from './postings.js';

const NONE = new Int32Array(0);
const NO_STARTS: number[] = [];

function fieldPostings(term: TermPostings, field: number): FieldPostings | undefined {
  for (const postings of term.fields) if (postings.field === field) return postings;
  return undefined;
}

/** Ascending word positions of a term in one field of an item (empty when absent). */
export function termPositions(term: TermPostings, field: number, item: number): Int32Array {
  const postings = fieldPostings(term, field);
  const k = postings ? findPosting(postings, item) : -1;
  return k < 0 ? NONE : postings!.positions.subarray(postings!.positionStart[k], postings!.positionStart[k + 1]);
}

// Per phrase term: its positions array and the range belonging to the item (reused).
const lists: Int32Array[] = [];
let from = new Int32Array(8);
let to = new Int32Array(8);

/**
 * Positions of the first term wherever every term sits at its offset from it, in one
 * field; with `firstOnly`, stops at the first such place.
 */
export function phraseStarts(terms: TermPostings[], offsets: number[], item: number, field: number, firstOnly = false): number[] {
  if (from.length < terms.length) { from = new Int32Array(terms.length * 2); to = new Int32Array(terms.length * 2); }
  for (let i = 0; i < terms.length; i++) {
    const postings = fieldPostings(terms[i], field);
    const k = postings ? findPosting(postings, item) : -1;
    if (k < 0) return NO_STARTS;
    lists[i] = postings!.positions;
    from[i] = postings!.positionStart[k];
    to[i] = postings!.positionStart[k + 1];
  }
  let starts = NO_STARTS;
  for (let p = from[0]; p < to[0]; p++) {
    const start = lists[0][p] - offsets[0];
    let all = true;
    for (let i = 1; i < terms.length && all; i++) all = includes(lists[i], from[i], to[i], start + offsets[i]);
    if (!all) continue;
    if (starts === NO_STARTS) starts = [];
    starts.push(start);
    if (firstOnly) break;
  }
  lists.length = 0;
  return starts;
}

/** True when the phrase occurs in any one field of the item. */
export function hasPhrase(terms: TermPostings[], offsets: number[], item: number): boolean {
  for (const postings of terms[0].fields) {
    if (phraseStarts(terms, offsets, item, postings.field, true).length > 0) return true;
  }
  return false;
}

/**
 * True when, in one field of the item, each term stands within `window` words of the next
 * (in either order): the words of a query found close together, not necessarily adjacent.
 */
export function withinWindow(terms: TermPostings[], item: number, window: number): boolean {
  for (const postings of terms[0].fields) {
    const field = postings.field;
    let close = true;
    for (let i = 0; i + 1 < terms.length && close; i++) {
      close = nearby(termPositions(terms[i], field, item), termPositions(terms[i + 1], field, item), window);
    }
    if (close) return true;
  }
  return false;
}

/** Whether two ascending position lists hold a pair at most `window` apart (a merge walk). */
function nearby(a: Int32Array, b: Int32Array, window: number): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.abs(a[i] - b[j]) <= window) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

/** Binary search of sorted[low, high). */
function includes(sorted: Int32Array, low: number, high: number, wanted: number): boolean {
  let lo = low;
  let hi = high - 1;
  while (lo <= hi) {
    const middle = (lo + hi) >> 1;
    if (sorted[middle] === wanted) return true;
    if (sorted[middle] < wanted) lo = middle + 1;
    else hi = middle - 1;
  }
  return false;
}
