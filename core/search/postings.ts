// Read side of the snapshot: term lookup, postings decoded lazily into typed arrays
// (only the terms queries touch, once per isolate), and BM25F's per-field length normalisation.
import { decodeNumbers } from './number-text.js';
import { FIELDS, FIELD_B, FIELD_WEIGHTS, postingStarts } from './snapshot.js';
import type { Snapshot } from './snapshot.js';

export interface FieldPostings {
  field: number;
  weight: number;
  /** Ascending item indices. */
  items: Int32Array;
  tfs: Uint16Array;
  /** positions[positionStart[k] .. positionStart[k + 1]) are posting k's word positions. */
  positionStart: Int32Array;
  positions: Int32Array;
}

export interface TermPostings {
  term: string;
  df: number;
  idf: number;
  fields: FieldPostings[];
}

// BM25 saturation: the first occurrences of a word say most about an item.
const K1 = 1.2;

export class PostingsIndex {
  readonly itemCount: number;
  private readonly termIds = new Map<string, number>();
  private readonly decoded = new Map<number, TermPostings>();
  /** Per field, per item: weight / (1 - b + b · length / averageLength), the field's b and weight. */
  private readonly lengthNorms: Float32Array[];
  /** Where each term's postings start in the snapshot's postings text. */
  private readonly starts: Int32Array;

  constructor(private readonly snapshot: Snapshot) {
    this.itemCount = snapshot.n;
    this.starts = postingStarts(snapshot);
    if (this.starts.length !== snapshot.terms.length + 1) throw new Error(`the snapshot has postings for ${this.starts.length - 1} terms, not ${snapshot.terms.length}`);
    snapshot.terms.forEach((term, id) => this.termIds.set(term, id));
    this.lengthNorms = snapshot.lengths.map((lengths, field) => {
      const name = FIELDS[field];
      const b = FIELD_B[name];
      const weight = FIELD_WEIGHTS[name];
      // Averaged over the items that have the field: most items have no title or context, and
      // counting them would make every title look many times longer than usual.
      let sum = 0;
      let present = 0;
      for (const length of lengths) if (length > 0) { sum += length; present++; }
      const average = sum / Math.max(1, present) || 1;
      return Float32Array.from(lengths, (l) => weight / (1 - b + (b * l) / average));
    });
  }

  /** Per item of a field: how much one occurrence there counts (weight and length normalisation). */
  norms(field: number): Float32Array { return this.lengthNorms[field]; }

  get vocabulary(): readonly string[] { return this.snapshot.terms; }

  has(term: string): boolean { return this.termIds.has(term); }

  termId(term: string): number | undefined { return this.termIds.get(term); }

  /** Most common printed form of a term, for "did you mean" display. */
  surface(termId: number): string { return this.snapshot.surfaces[termId] || this.snapshot.terms[termId]; }

  df(termId: number): number { return this.snapshot.df[termId]; }

  postings(term: string): TermPostings | undefined {
    const id = this.termIds.get(term);
    if (id === undefined) return undefined;
    let postings = this.decoded.get(id);
    if (!postings) this.decoded.set(id, (postings = this.decode(id)));
    return postings;
  }


  private decode(id: number): TermPostings {
    const flat = decodeNumbers(this.snapshot.postings, this.starts[id], this.starts[id + 1]);
    const df = this.snapshot.df[id];
    const n = this.snapshot.n;
    const fields: FieldPostings[] = [];
    let at = 0;
    while (at < flat.length) {
      const field = flat[at++];
      const count = flat[at++];
      const items = new Int32Array(count);
      const tfs = new Uint16Array(count);
      const positionStart = new Int32Array(count + 1);
      const positionList: number[] = [];
      let item = 0;
      for (let k = 0; k < count; k++) {
        item += flat[at++];
        const tf = flat[at++];
        items[k] = item;
        tfs[k] = tf;
        positionStart[k] = positionList.length;
        let position = 0;
        for (let p = 0; p < tf; p++) { position += flat[at++]; positionList.push(position); }
      }
      positionStart[count] = positionList.length;
      fields.push({ field, weight: FIELD_WEIGHTS[FIELDS[field]], items, tfs, positionStart, positions: Int32Array.from(positionList) });
    }
    return { term: this.snapshot.terms[id], df, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)), fields };
  }
}

/** BM25F: the saturated score of a term whose normalised, weighted frequencies add up to `tf`. */
export function saturate(idf: number, tf: number): number {
  return (idf * tf * (K1 + 1)) / (tf + K1);
}

/** Index of an item in a field's postings, or -1 (binary search over ascending items). */
export function findPosting(field: FieldPostings, item: number): number {
  let low = 0;
  let high = field.items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = field.items[middle];
    if (value === item) return middle;
    if (value < item) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
