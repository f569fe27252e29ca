// Read side of the snapshot: term lookup, postings decoded lazily into typed arrays
// (only the terms queries touch, once per isolate), and BM25 length normalisation.
import { FIELDS, FIELD_WEIGHTS } from './snapshot.js';
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

// Standard BM25 constants; b < 1 keeps long items findable while still preferring
// items whose own (shorter) text is about the word.
const K1 = 1.2;
const B = 0.75;

export class PostingsIndex {
  readonly itemCount: number;
  private readonly termIds = new Map<string, number>();
  private readonly decoded = new Map<number, TermPostings>();
  /** Per field, per item: 1 / (1 - b + b · length / averageLength). */
  private readonly lengthNorms: Float32Array[];

  constructor(private readonly snapshot: Snapshot) {
    this.itemCount = snapshot.n;
    snapshot.terms.forEach((term, id) => this.termIds.set(term, id));
    this.lengthNorms = snapshot.lengths.map((lengths) => {
      const average = lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, lengths.length) || 1;
      return Float32Array.from(lengths, (l) => 1 / (1 - B + (B * l) / average));
    });
  }

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

  /** BM25 contribution of one posting (field-weighted), its idf capped for expansions. */
  score(postings: TermPostings, field: FieldPostings, k: number, idfCap = Infinity): number {
    const tf = field.tfs[k] * this.lengthNorms[field.field][field.items[k]];
    return field.weight * Math.min(postings.idf, idfCap) * ((tf * (K1 + 1)) / (tf + K1));
  }

  private decode(id: number): TermPostings {
    const flat = this.snapshot.postings[id];
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
