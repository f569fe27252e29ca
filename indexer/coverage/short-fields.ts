// Short fields in the loss measure: a number "4.2", a one-word heading, "MOJ" in a list of
// bodies is kept where whole cells or list entries of the line say it ("MOI (DCP, DAMP)" is
// three entries and one field; entries joined by "and" are entries too), or where it opens
// one (a number label: "4.2 Please describe …"): never as a word inside a sentence.
import { WINDOW, type FieldIndex } from './field-index.js';

/** Longest run of words a short field is looked for as. */
const MAX_SHORT_WORDS = 8;
/** Separators inside a line that delimit a cell or a list entry ("MOJ, MLSA", "Label\tValue"). */
const SEGMENT = /[^\t,;:()/•|]+/g;
/** A conjunction between two list entries ("Ministry of Justice and Ministry of the Interior"). */
const CONJUNCTION = /\s(?:and|et|und|&)\s/gi;

/** One source line, as a range [from, to) of a letter stream. */
export interface LineLetters {
  source: string;
  lineStart: number;
  lineEnd: number;
  offsets: Int32Array;
  from: number;
  to: number;
  letters: string;
  /** Set to 1 for every letter kept. */
  kept: Uint8Array;
}

/** The segments of a line, list entries joined by a conjunction apart. */
function segmentsOf(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const segment of text.matchAll(SEGMENT)) {
    let from = 0;
    for (const c of segment[0].matchAll(CONJUNCTION)) {
      out.push({ index: segment.index + from, text: segment[0].slice(from, c.index) });
      from = c.index + c[0].length;
    }
    out.push({ index: segment.index + from, text: segment[0].slice(from) });
  }
  return out;
}

export function keepShortFields(line: LineLetters, fields: FieldIndex): void {
  const { source, lineStart, lineEnd, offsets, from, to, letters, kept } = line;
  const { whole, cut } = fields;
  // Each segment as a range of letter indexes [a, b), with its text's start for word prefixes.
  const segments: { a: number; b: number; text: string; at: number }[] = [];
  let i = from;
  for (const segment of segmentsOf(source.slice(lineStart, lineEnd))) {
    const at = lineStart + segment.index;
    while (i < to && offsets[i] < at) i++;
    let j = i;
    while (j < to && offsets[j] < at + segment.text.length) j++;
    if (j > i) segments.push({ a: i, b: j, text: segment.text, at });
    i = j;
  }
  for (let s = 0; s < segments.length; s++) {
    for (let e = s; e < segments.length && e - s < MAX_SHORT_WORDS; e++) {
      const a = segments[s].a;
      const b = segments[e].b;
      if (b - a >= WINDOW * 2) break;
      if (whole.has(letters.slice(a, b)) || cut.has(letters.slice(a, b))) kept.fill(1, a, b);
    }
    // Prefixes of whole words: a label opening the cell; what follows a label may be a field whole ("118.7 Supported.").
    const { a, b, text, at } = segments[s];
    let k = a;
    let words = 0;
    for (const word of text.matchAll(/\S+/g)) {
      const wordEnd = at + word.index + word[0].length;
      while (k < b && offsets[k] < wordEnd) k++;
      if (++words > MAX_SHORT_WORDS || k - a >= WINDOW) break;
      if (k > a && whole.has(letters.slice(a, k))) {
        kept.fill(1, a, k);
        if (k < b && whole.has(letters.slice(k, b))) kept.fill(1, k, b);
      }
    }
  }
}
