// What the items and the metadata say, indexed for the loss measure: every window of WINDOW
// letters of each field, each field whole (for short fields), and the parts a table cell may
// be cut into. A table cell wrapped onto the next row or cut by a page break ("II quarter" /
// "of 2003") is kept where each part is a whole cell that opens or closes one field.
import { lettersOf } from './letters.js';

/** Letters per compared window (some five words): a lost sentence cannot pass on a common phrase. */
export const WINDOW = 24;
/** Fewer letters than this in a part of a cut cell could be any word of any field. */
const MIN_CUT_PART = 4;

export interface FieldIndex {
  windows: Set<string>;
  /** Each field's letters, and each line of a field printed on several lines. */
  whole: Set<string>;
  /** Word-prefixes and word-suffixes of each field's lines: the parts of a cut cell. */
  cut: Set<string>;
}

export function indexFields(fields: readonly string[]): FieldIndex {
  const windows = new Set<string>();
  const whole = new Set<string>();
  const cut = new Set<string>();
  for (const field of fields) {
    const letters = lettersOf(field);
    if (letters === '') continue;
    whole.add(letters);
    for (let i = 0; i + WINDOW <= letters.length; i++) windows.add(letters.slice(i, i + WINDOW));
    // Each line of a field on several lines was a cell or a paragraph of its own.
    const lines = field.split('\n');
    if (lines.length > 1) for (const line of lines) if (lettersOf(line)) whole.add(lettersOf(line));
    for (const line of lines) addCutParts(line, cut);
  }
  return { windows, whole, cut };
}

function addCutParts(field: string, cut: Set<string>): void {
  const words = field.split(/[^\p{L}\p{Nd}]+/u).map(lettersOf).filter(Boolean);
  for (let k = 1, head = words[0] ?? ''; k < words.length && head.length <= WINDOW * 2; head += words[k++]) {
    if (head.length >= MIN_CUT_PART) cut.add(head);
  }
  for (let k = words.length - 1, tail = words[k] ?? ''; k > 0 && tail.length <= WINDOW * 2; tail = words[--k] + tail) {
    if (tail.length >= MIN_CUT_PART) cut.add(tail);
  }
}
