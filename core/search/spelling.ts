// Typo rescue for words the index does not know. Only unknown words are corrected, so a
// correctly spelt query never gets fuzzy-only hits. The vocabulary is a few thousand terms
// whatever the corpus size, so a scan of the words of near length, pre-filtered by which
// letters they contain, then a bounded edit distance, stays within the query budget and
// needs no extra snapshot data (a deletion index would cost load time and memory).
import type { PostingsIndex } from './postings.js';

export interface Correction { term: string; display: string }

/**
 * Edits allowed for a word of this length: short words have too many neighbours, and a
 * second edit on a word of eight letters or fewer mostly lands on another real word
 * ("abacus" is two edits from "abuse"); typos are one edit far more often than two.
 */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated edits on a
 * substring), giving up early once every cell of a row exceeds the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (limit <= 1) return Math.min(limit + 1, withinOneEdit(a, b));
  const width = b.length + 1;
  // Three reused rows: the scan calls this thousands of times per corrected word.
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, rows[before + j - 2] + 1);
      }
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return rows[previous + b.length];
}

let rows = new Int32Array(3 * 64);

/**
 * 0 for equal words, 1 for one substitution, insertion, deletion or swap of neighbours, 2 for
 * more: the distance above for a limit of one edit, in one pass without the table. Most typo
 * candidates are words of eight letters or fewer, allowed one edit, and every shard of a
 * sharded deployment corrects the same words against the same vocabulary.
 */
export function withinOneEdit(a: string, b: string): 0 | 1 | 2 {
  if (a.length < b.length) [a, b] = [b, a];
  const extra = a.length - b.length;
  if (extra > 1) return 2;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length) return 0;
  const sameFrom = (from: number, shift: number): boolean => {
    for (let k = from; k < b.length; k++) if (a.charCodeAt(k + shift) !== b.charCodeAt(k)) return false;
    return true;
  };
  if (extra === 1) return sameFrom(i, 1) ? 1 : 2;
  if (sameFrom(i + 1, 0)) return 1;
  const swapped = i + 1 < a.length && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
  return swapped && sameFrom(i + 2, 0) ? 1 : 2;
}

/** Bit per letter a–z present: an edit removes at most one distinct letter from a word. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) mask |= 1 << letter;
  }
  return mask;
}

export function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

interface Bucket { ids: number[]; words: string[]; masks: number[] }

/** Words grouped by length, with their letter masks for a cheap pre-filter. */
export function bucketByLength(words: readonly string[], skip: (id: number) => boolean): Map<number, Bucket> {
  const buckets = new Map<number, Bucket>();
  words.forEach((word, id) => {
    if (skip(id)) return;
    let bucket = buckets.get(word.length);
    if (!bucket) buckets.set(word.length, (bucket = { ids: [], words: [], masks: [] }));
    bucket.ids.push(id);
    bucket.words.push(word);
    bucket.masks.push(letterMask(word));
  });
  return buckets;
}

/** Corrections remembered per engine: a few pages of distinct typos, dropped all at once when full. */
const REMEMBERED_MAX = 1000;

export class SpellingCorrector {
  // Built on first use (most isolates never see a typo): stems and printed forms by length.
  private stems?: Map<number, Bucket>;
  private surfaces?: Map<number, Bucket>;
  /**
   * The answer for each word already corrected: the vocabulary never changes under an engine,
   * and a query is asked again as its reader pages and ticks filters (and, sharded, by every
   * shard for each of those). A scan for a long word is the most expensive step of a query.
   */
  private readonly remembered = new Map<string, Correction | undefined>();

  constructor(private readonly index: PostingsIndex) {}

  /**
   * Nearest indexed term to an unknown word: fewest edits against the stem or against the
   * term's printed form, then the term found in more items, then the first in vocabulary order.
   */
  correct(surface: string, stem: string): Correction | undefined {
    const key = `${surface}\u0000${stem}`;
    if (this.remembered.has(key)) return this.remembered.get(key);
    const correction = this.nearest(surface, stem);
    if (this.remembered.size >= REMEMBERED_MAX) this.remembered.clear();
    this.remembered.set(key, correction);
    return correction;
  }

  private nearest(surface: string, stem: string): Correction | undefined {
    const limit = maxEdits(surface.length);
    if (limit === 0 || /\d/.test(surface)) return undefined;
    if (!this.stems || !this.surfaces) {
      const vocabulary = this.index.vocabulary;
      const hasDigit = (id: number) => /\d/.test(vocabulary[id]);
      this.stems = bucketByLength(vocabulary, hasDigit);
      this.surfaces = bucketByLength(this.index.printedForms, hasDigit);
    }
    const distances = new Map<number, number>();
    scan(this.stems, stem, limit, distances);
    scan(this.surfaces, surface, limit, distances);
    let best: { id: number; distance: number; df: number } | undefined;
    for (const [id, distance] of distances) {
      const df = this.index.df(id);
      if (!best || distance < best.distance || (distance === best.distance && (df > best.df || (df === best.df && id < best.id)))) {
        best = { id, distance, df };
      }
    }
    return best && { term: this.index.vocabulary[best.id], display: this.index.surface(best.id) };
  }
}

/** Records, per term id, the smallest distance (≤ limit) of a same-length-window word. */
export function scan(buckets: Map<number, Bucket>, word: string, limit: number, distances: Map<number, number>): void {
  const mask = letterMask(word);
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    const bucket = buckets.get(length);
    if (!bucket) continue;
    for (let k = 0; k < bucket.ids.length; k++) {
      const other = bucket.masks[k];
      if (popCount(mask & ~other) > limit || popCount(other & ~mask) > limit) continue;
      const distance = editDistance(word, bucket.words[k], limit);
      if (distance > limit) continue;
      const id = bucket.ids[k];
      const known = distances.get(id);
      if (known === undefined || distance < known) distances.set(id, distance);
    }
  }
}
