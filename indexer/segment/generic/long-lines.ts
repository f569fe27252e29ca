// A source with no paragraph breaks (text saved from a web page or a PDF without blank lines)
// gives lines thousands of characters long. No item should hold a whole page: such a line is
// cut at sentence ends into pieces of at most TARGET characters, each with its source span.
import type { Line } from '../../types.js';

/** Longer than any real paragraph of the series: a line this long has lost its breaks. */
export const MAX_PARAGRAPH = 2000;
const TARGET = 1200;
/** A sentence end: punctuation, a space, and a capital, digit or opening quote after it. */
const SENTENCE_END = /[.!?]["”’)\]]*\s+(?=["“„(\[]?[\p{Lu}\d])/gu;
/** Abbreviations that end in a dot without ending a sentence. */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|No|Nos|Art|Arts|Para|Paras|para|paras|p|pp|cf|Mr|Mrs|Ms|Dr|St|vol|Vol|Sec|ibid|Ibid)\.$/;

export function splitLongLine(line: Line, source: string): Line[] {
  if (line.text.length <= MAX_PARAGRAPH) return [line];
  const cuts: number[] = [];
  let from = 0;
  let lastEnd = -1;
  for (const m of line.text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (ABBREVIATION.test(line.text.slice(Math.max(0, (m.index ?? 0) - 8), (m.index ?? 0) + 1))) continue;
    if (end - from > TARGET && lastEnd > from) {
      cuts.push(lastEnd);
      from = lastEnd;
    }
    lastEnd = end;
  }
  if (cuts.length === 0) return [line];
  const bounds = [0, ...cuts, line.text.length];
  const pieces: Line[] = [];
  const starts = bounds.map((b, k) => (k === 0 ? line.start : k === bounds.length - 1 ? line.end : sourceOffset(line, source, b)));
  for (let k = 0; k + 1 < bounds.length; k++) {
    const raw = line.text.slice(bounds[k], bounds[k + 1]);
    const text = raw.trimEnd();
    // The space between two sentences belongs to neither piece.
    const end = k + 2 === bounds.length ? line.end : starts[k + 1] - (raw.length - text.length);
    pieces.push({ text, start: starts[k], end, gapBefore: k === 0 ? line.gapBefore : false });
  }
  return pieces;
}

/** Where position `at` of a line's text lies in the source: found by the characters after it. */
function sourceOffset(line: Line, source: string, at: number): number {
  const span = source.slice(line.start, line.end);
  const needle = line.text.slice(at, at + 32);
  const guess = Math.min(span.length, at);
  const found = span.indexOf(needle, Math.max(0, guess - 200));
  return line.start + (found >= 0 ? found : guess);
}
