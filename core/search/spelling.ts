// Typo rescue for words the index does not know. Only unknown words are corrected, so a
// correctly spelt query never gets fuzzy-only hits; the vocabulary is a few thousand terms
// whatever the corpus size, so a length-bucketed linear scan with a bounded edit distance
// stays well under the query budget and needs no extra snapshot data.
import type { PostingsIndex } from './postings.js';

export interface Correction { term: string; display: string }

/** Edits allowed for a word of this length: short words have too many neighbours. */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 5 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated edits on a
 * substring), giving up early once every cell of a row exceeds the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
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

export class SpellingCorrector {
  /** Term ids grouped by term length, built on first use (most isolates never need it). */
  private byLength?: Map<number, number[]>;

  constructor(private readonly index: PostingsIndex) {}

  /**
   * Nearest indexed term to an unknown word: fewest edits against the stem or against the
   * term's printed form, then the term found in more items, then alphabetical.
   */
  correct(surface: string, stem: string): Correction | undefined {
    const limit = maxEdits(surface.length);
    if (limit === 0 || /\d/.test(surface)) return undefined;
    const buckets = this.buckets();
    let best: { id: number; distance: number; df: number } | undefined;
    // Stems are shorter than their words, so the window spans both lengths.
    for (let length = Math.min(stem.length, surface.length) - limit - 2; length <= surface.length + limit; length++) {
      for (const id of buckets.get(length) ?? []) {
        const term = this.index.vocabulary[id];
        const distance = Math.min(
          editDistance(stem, term, limit),
          editDistance(surface, this.index.surface(id), limit),
        );
        if (distance > limit) continue;
        const df = this.index.df(id);
        if (!best || distance < best.distance || (distance === best.distance && df > best.df)) best = { id, distance, df };
      }
    }
    return best && { term: this.index.vocabulary[best.id], display: this.index.surface(best.id) };
  }

  private buckets(): Map<number, number[]> {
    if (this.byLength) return this.byLength;
    const byLength = new Map<number, number[]>();
    this.index.vocabulary.forEach((term, id) => {
      if (/\d/.test(term)) return;
      const list = byLength.get(term.length);
      if (list) list.push(id);
      else byLength.set(term.length, [id]);
    });
    return (this.byLength = byLength);
  }
}
