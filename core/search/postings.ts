// Read side of the snapshot: term lookup, postings decoded lazily into typed arrays
// (only the terms queries touch, once per isolate), and BM25F's per-field length normalisation.
import { decodeNumbers } from './number-text.js';
import { compareText, FIELDS, FIELD_B, FIELD_WEIGHTS, postingStarts } from './snapshot.js';
import type { SnapshotView, StringList, WholeNumbers } from './snapshot.js';

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

/**
 * Decoded postings kept per isolate, in estimated bytes (their typed arrays and the objects V8
 * keeps around them, TYPED_ARRAY_COST and TERM_COST). Every term decoded at once
 * would not fit an isolate's 128 MB at series scale (a 90,400-item snapshot's whole vocabulary
 * kept 211 MiB in Node), and a long-lived isolate meets ever more words; the least recently
 * used terms go first, to be decoded again when a query next needs them.
 */
export const DECODED_POSTINGS_BUDGET = 24 * 2 ** 20;
// What V8 keeps beside the numbers, estimated from Node's heap: most terms are rare, so the
// objects around their few numbers weigh more than the numbers (all 95,528 terms of the
// snapshot above: 85 MB of numbers, 214.6 MiB retained).
const TYPED_ARRAY_COST = 200;
const TERM_COST = 300;

export class PostingsIndex {
  readonly itemCount: number;
  /** Decoded terms by id, least recently used first (a Map keeps insertion order). */
  private readonly decoded = new Map<number, { postings: TermPostings; bytes: number }>();
  private keptBytes = 0;
  /**
   * Per field, per item: weight / (1 - b + b · length / averageLength), the field's b and weight;
   * computed when a query first scores the field, not when the isolate starts.
   */
  private readonly lengthNorms: (Float32Array | undefined)[];
  /** Where each term's postings start in the snapshot's postings text. */
  private readonly starts: WholeNumbers;
  /** Items of the whole corpus for idf: more than this snapshot's when it is one shard of it. */
  private readonly corpusItems: number;

  constructor(private readonly snapshot: SnapshotView, private readonly budgetBytes = DECODED_POSTINGS_BUDGET) {
    this.itemCount = snapshot.n;
    this.corpusItems = snapshot.corpus?.n ?? snapshot.n;
    this.starts = postingStarts(snapshot);
    if (this.starts.length !== snapshot.terms.length + 1) throw new Error(`the snapshot has postings for ${this.starts.length - 1} terms, not ${snapshot.terms.length}`);
    this.lengthNorms = new Array<Float32Array | undefined>(snapshot.lengths.length);
  }

  /** Per item of a field: how much one occurrence there counts (weight and length normalisation). */
  norms(field: number): Float32Array { return (this.lengthNorms[field] ??= this.lengthNormsOf(field)); }

  private lengthNormsOf(field: number): Float32Array {
    const lengths = this.snapshot.lengths[field];
    const name = FIELDS[field];
    const b = FIELD_B[name];
    const weight = FIELD_WEIGHTS[name];
    // Averaged over the items that have the field: most items have no title or context, and
    // counting them would make every title look many times longer than usual. A shard averages
    // over the whole corpus, so that its scores are the unsharded engine's.
    let sum = 0;
    let present = 0;
    if (this.snapshot.corpus) {
      sum = this.snapshot.corpus.lengthSums[field];
      present = this.snapshot.corpus.lengthCounts[field];
    } else {
      for (let i = 0; i < lengths.length; i++) if (lengths[i] > 0) { sum += lengths[i]; present++; }
    }
    const average = sum / Math.max(1, present) || 1;
    const norms = new Float32Array(lengths.length);
    for (let i = 0; i < lengths.length; i++) norms[i] = weight / (1 - b + (b * lengths[i]) / average);
    return norms;
  }

  /** Every term in order: the snapshot's array, or one made on first use from a packed list (typo correction). */
  get vocabulary(): readonly string[] { return (this.terms ??= listArray(this.snapshot.terms)); }
  private terms?: readonly string[];

  /** Every term's printed form (surface), in vocabulary order; made on first use (typo correction). */
  get printedForms(): readonly string[] {
    if (!this.printed) {
      const surfaces = listArray(this.snapshot.surfaces);
      this.printed = this.vocabulary.map((term, id) => surfaces[id] || term);
    }
    return this.printed;
  }
  private printed?: readonly string[];

  has(term: string): boolean { return this.termId(term) !== undefined; }

  /**
   * Binary search in the sorted vocabulary (the indexer sorts it in code-unit order, as `<`
   * compares): a map from term to id would cost a pass over every term when an isolate starts,
   * which is most of a shard's start-up at series scale, to save a few comparisons per word.
   */
  termId(term: string): number | undefined {
    const terms = this.snapshot.terms;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = terms.compare ? terms.compare(middle, term) : compareText(terms.at(middle)!, term);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** Most common printed form of a term, for "did you mean" display. */
  surface(termId: number): string { return this.snapshot.surfaces.at(termId) || this.snapshot.terms.at(termId)!; }

  df(termId: number): number { return this.snapshot.df[termId]; }

  postings(term: string): TermPostings | undefined {
    const id = this.termId(term);
    if (id === undefined) return undefined;
    const kept = this.decoded.get(id);
    if (kept) {
      this.decoded.delete(id);
      this.decoded.set(id, kept);
      return kept.postings;
    }
    const postings = this.decode(id);
    const bytes = postings.fields.reduce((sum, f) => sum + TYPED_ARRAY_COST * 4 + f.items.byteLength + f.tfs.byteLength + f.positionStart.byteLength + f.positions.byteLength, TERM_COST);
    this.decoded.set(id, { postings, bytes });
    this.keptBytes += bytes;
    // Callers hold the postings of the query they answer, so dropping a term here never breaks one.
    for (const [oldest, entry] of this.decoded) {
      if (this.keptBytes <= this.budgetBytes || oldest === id) break;
      this.decoded.delete(oldest);
      this.keptBytes -= entry.bytes;
    }
    return postings;
  }

  /** Estimated bytes and count of the decoded postings kept now (at most the budget, or one term larger than it). */
  get decodedKept(): { bytes: number; terms: number } {
    return { bytes: this.keptBytes, terms: this.decoded.size };
  }


  private decode(id: number): TermPostings {
    const flat = decodeNumbers(this.snapshot.postings, this.starts[id], this.starts[id + 1]);
    const df = this.snapshot.df[id];
    const n = this.corpusItems;
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
    return { term: this.snapshot.terms.at(id)!, df, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)), fields };
  }
}

/** The strings of a list as an array (the list itself when it is one). */
function listArray(list: StringList): readonly string[] {
  if (Array.isArray(list)) return list;
  return list.all ? list.all() : Array.from({ length: list.length }, (_, i) => list.at(i)!);
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
