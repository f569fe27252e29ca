// Nothing lost, measured from the source. Every letter and digit of the source is either
// found in what the items say (their text, title, number, section, footnotes, fields), in the
// document's metadata, or dropped on purpose with a named reason (page numbers, running
// headers, contents lists, footnote markers, markup). Whatever is none of these is lost.
//
// The measure does not trust the spans a reader claims: it compares text. A window of
// WINDOW consecutive letters of the source counts as kept when the same letters occur in
// one item field; a letter is kept when some window over it is. Short fields (a number
// "4.2", a one-word heading, "MOJ" in a list of bodies) are matched against whole cells and
// list entries of a source line, or the words opening one: exactly what the field says. A
// table cell wrapped onto the next row or cut by a page break ("II quarter" / "of 2003") is
// kept where each part is a whole cell that opens or closes one field, word for word.
import type { Item } from '../../core/schema.js';
import { itemTexts } from './item-texts.js';
import { letterStream, lettersOf } from './letters.js';

/** Letters per compared window (some five words): a lost sentence cannot pass on a common phrase. */
const WINDOW = 24;
/** Longest run of words a short field is looked for as. */
const MAX_SHORT_WORDS = 8;
const LOST_LINES_SHOWN = Number(process.env.LOST_LINES ?? 5);
/** Markup the converter left in the text: its letters are not the document's words. */
const MARKUP = /<\/?(?:p|i|b|u|em|strong|span|br|sup|sub|div|td|th|tr|li|ul|ol|table|tbody|thead)\b[^>\n]{0,80}>/gi;

const MARKDOWN_LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;

export interface DroppedRange {
  start: number;
  end: number;
  why: string;
}

export interface LossInput {
  source: string;
  items: readonly Item[];
  /** Text kept as the document's metadata: title, body, source line, title page. */
  metadata: readonly string[];
  /** Ranges dropped on purpose, each with its reason. */
  dropped: readonly DroppedRange[];
}

export interface LossReport {
  /** Letters and digits of the source outside the dropped ranges. */
  visibleChars: number;
  /** Letters and digits dropped on purpose, by reason. */
  droppedChars: Record<string, number>;
  lostChars: number;
  lostShare: number;
  /** The first source lines with lost text, as printed (trimmed). */
  lostLines: string[];
}

/** Fewer letters than this in a part of a cut cell could be any word of any field. */
const MIN_CUT_PART = 4;

function windowsOf(fields: readonly string[]): { windows: Set<string>; whole: Set<string>; cut: Set<string> } {
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

/** The word-prefixes and word-suffixes of a field's line: what each part of a cut cell says. */
function addCutParts(field: string, cut: Set<string>): void {
  const words = field.split(/[^\p{L}\p{Nd}]+/u).map(lettersOf).filter(Boolean);
  for (let k = 1, head = words[0] ?? ''; k < words.length && head.length <= WINDOW * 2; head += words[k++]) {
    if (head.length >= MIN_CUT_PART) cut.add(head);
  }
  for (let k = words.length - 1, tail = words[k] ?? ''; k > 0 && tail.length <= WINDOW * 2; tail = words[--k] + tail) {
    if (tail.length >= MIN_CUT_PART) cut.add(tail);
  }
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function measureLoss(input: LossInput): LossReport {
  const { source } = input;
  const skip = new Uint8Array(source.length);
  const droppedChars: Record<string, number> = {};
  const drop = (start: number, end: number, why: string) => {
    const letters = letterStream(source, start, end, skip).letters.length;
    if (letters > 0) droppedChars[why] = (droppedChars[why] ?? 0) + letters;
    skip.fill(1, Math.max(0, start), Math.min(source.length, end));
  };
  for (const d of [...input.dropped].sort((a, b) => a.start - b.start)) drop(d.start, d.end, d.why);
  for (const m of source.matchAll(MARKUP)) drop(m.index, m.index + m[0].length, 'markup');
  // "[www.x.org/a](http://www.x.org/a)": the link's address repeats what its label shows.
  for (const m of source.matchAll(MARKDOWN_LINK)) {
    if (lettersOf(m[2]).includes(lettersOf(m[1]))) drop(m.index + m[1].length + 2, m.index + m[0].length, 'markup');
  }

  const stream = letterStream(source, 0, source.length, skip);
  const { letters, offsets } = stream;
  const fields = [...input.items.flatMap(itemTexts), ...input.metadata];
  const { windows, whole, cut } = windowsOf(fields);
  const kept = new Uint8Array(letters.length);
  let coveredUntil = -1;
  for (let i = 0; i < letters.length; i++) {
    if (i + WINDOW <= letters.length && windows.has(letters.slice(i, i + WINDOW))) coveredUntil = i + WINDOW - 1;
    if (i <= coveredUntil) kept[i] = 1;
  }

  // Short fields: a whole line, or the words that open it, said by one field as they stand.
  const starts = lineStarts(source);
  let cursor = 0;
  for (let l = 0; l < starts.length; l++) {
    const lineEnd = l + 1 < starts.length ? starts[l + 1] - 1 : source.length;
    const from = cursor;
    while (cursor < offsets.length && offsets[cursor] < lineEnd) cursor++;
    if (from === cursor) continue;
    let allKept = true;
    for (let i = from; i < cursor; i++) if (!kept[i]) { allKept = false; break; }
    if (allKept) continue;
    if (whole.has(letters.slice(from, cursor))) { kept.fill(1, from, cursor); continue; }
    keepShortFields(source, starts[l], lineEnd, offsets, from, cursor, letters, kept, whole, cut);
  }

  let lost = 0;
  const lostLines: string[] = [];
  let lastLine = -1;
  for (let i = 0; i < letters.length; i++) {
    if (kept[i]) continue;
    lost++;
    if (lostLines.length >= LOST_LINES_SHOWN) continue;
    const at = offsets[i];
    const lineStart = source.lastIndexOf('\n', at) + 1;
    if (lineStart === lastLine) continue;
    lastLine = lineStart;
    const lineEnd = source.indexOf('\n', at);
    const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd).trim();
    lostLines.push(line.length > 100 ? `${line.slice(0, 97)}…` : line);
  }
  return {
    visibleChars: letters.length,
    droppedChars,
    lostChars: lost,
    lostShare: letters.length ? lost / letters.length : 0,
    lostLines,
  };
}

/** Separators inside a line that delimit a cell or a list entry ("MOJ, MLSA", "Label\tValue"). */
const SEGMENT = /[^\t,;:()/•]+/g;
/** A conjunction between two list entries ("Ministry of Justice and Ministry of the Interior"). */
const CONJUNCTION = /\s(?:and|et|und|&)\s/gi;

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

/**
 * A short field is kept where whole cells or list entries of the line say it ("MOI (DCP, DAMP)"
 * is three entries and one field), or where it opens one (a number label: "4.2 Please describe
 * …"): never as a word inside a sentence.
 */
function keepShortFields(source: string, lineStart: number, lineEnd: number, offsets: Int32Array, from: number, to: number, letters: string, kept: Uint8Array, whole: Set<string>, cut: Set<string>): void {
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
    // Prefixes of whole words: a label opening the cell.
    const { a, b, text, at } = segments[s];
    let k = a;
    let words = 0;
    for (const word of text.matchAll(/\S+/g)) {
      const wordEnd = at + word.index + word[0].length;
      while (k < b && offsets[k] < wordEnd) k++;
      if (++words > MAX_SHORT_WORDS || k - a >= WINDOW) break;
      if (k > a && whole.has(letters.slice(a, k))) kept.fill(1, a, k);
    }
  }
}
