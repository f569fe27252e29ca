// Nothing lost, measured from the source. Every letter and digit of the source is either
// found in what the items say (their text, title, number, section, footnotes, fields), in the
// document's metadata, or dropped on purpose with a named reason (page numbers, running
// headers, contents lists, footnote markers, markup). Whatever is none of these is lost.
//
// The measure does not trust the spans a reader claims: it compares text. A window of
// WINDOW consecutive letters of the source counts as kept when the same letters occur in
// one item field (field-index.ts); a letter is kept when some window over it is. Short fields
// (a number "4.2", a one-word heading, "MOJ" in a list of bodies) are matched against whole
// cells and list entries of a source line (short-fields.ts).
import type { Item } from '../../core/schema.js';
import { indexFields, WINDOW, type FieldIndex } from './field-index.js';
import { itemTexts } from './item-texts.js';
import { letterStream, lettersOf, type LetterStream } from './letters.js';
import { keepShortFields } from './short-fields.js';

const LOST_LINES_SHOWN = 5;
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
  /**
   * Ranges printed apart from the text flow (notes at page bottoms): measured on their own,
   * so that a sentence cut by a page break reads on across them, as its item says it.
   */
  apart?: readonly { start: number; end: number }[];
  /** Text dropped before the source was built (a PDF's page furniture), each with its reason: counted, not searched for. */
  droppedBefore?: readonly { text: string; why: string }[];
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
  for (const d of input.droppedBefore ?? []) {
    const letters = lettersOf(d.text).length;
    if (letters > 0) droppedChars[d.why] = (droppedChars[d.why] ?? 0) + letters;
  }
  for (const m of source.matchAll(MARKUP)) drop(m.index, m.index + m[0].length, 'markup');
  // "[www.x.org/a](http://www.x.org/a)": the link's address repeats what its label shows.
  for (const m of source.matchAll(MARKDOWN_LINK)) {
    if (lettersOf(m[2]).includes(lettersOf(m[1]))) drop(m.index + m[1].length + 2, m.index + m[0].length, 'markup');
  }

  const fields = [...input.items.flatMap(itemTexts), ...input.metadata];
  const fieldIndex = indexFields(fields);
  const starts = lineStarts(source);
  const apart = [...(input.apart ?? [])].sort((a, b) => a.start - b.start);
  const flow = skip.slice();
  for (const a of apart) flow.fill(1, Math.max(0, a.start), Math.min(source.length, a.end));
  const streams = [letterStream(source, 0, source.length, flow), ...apart.map((a) => letterStream(source, a.start, a.end, skip))];
  const measured = streams.map((stream) => ({ stream, kept: keptLetters(stream, source, starts, fieldIndex) }));

  const lostOffsets: number[] = [];
  let visible = 0;
  for (const { stream, kept } of measured) {
    visible += stream.letters.length;
    for (let i = 0; i < stream.letters.length; i++) if (!kept[i]) lostOffsets.push(stream.offsets[i]);
  }
  lostOffsets.sort((a, b) => a - b);
  const lost = lostOffsets.length;
  const lostLines: string[] = [];
  let lastLine = -1;
  for (const at of lostOffsets) {
    if (lostLines.length >= LOST_LINES_SHOWN) break;
    const lineStart = source.lastIndexOf('\n', at) + 1;
    if (lineStart === lastLine) continue;
    lastLine = lineStart;
    const lineEnd = source.indexOf('\n', at);
    const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd).trim();
    lostLines.push(line.length > 100 ? `${line.slice(0, 97)}…` : line);
  }
  return {
    visibleChars: visible,
    droppedChars,
    lostChars: lost,
    lostShare: visible ? lost / visible : 0,
    lostLines,
  };
}

/** Which letters of one stream some field says: windows of WINDOW letters, then short fields line by line. */
function keptLetters(stream: LetterStream, source: string, starts: number[], fields: FieldIndex): Uint8Array {
  const { letters, offsets } = stream;
  const { windows, whole } = fields;
  const kept = new Uint8Array(letters.length);
  let coveredUntil = -1;
  for (let i = 0; i < letters.length; i++) {
    if (i + WINDOW <= letters.length && windows.has(letters.slice(i, i + WINDOW))) coveredUntil = i + WINDOW - 1;
    if (i <= coveredUntil) kept[i] = 1;
  }

  // Short fields: a whole line, or the words that open it, said by one field as they stand.
  let cursor = 0;
  for (let l = 0; l < starts.length && cursor < offsets.length; l++) {
    const lineEnd = l + 1 < starts.length ? starts[l + 1] - 1 : source.length;
    if (lineEnd < offsets[cursor]) continue;
    const from = cursor;
    while (cursor < offsets.length && offsets[cursor] < lineEnd) cursor++;
    if (from === cursor) continue;
    let allKept = true;
    for (let i = from; i < cursor; i++) if (!kept[i]) { allKept = false; break; }
    if (allKept) continue;
    if (whole.has(letters.slice(from, cursor))) { kept.fill(1, from, cursor); continue; }
    keepShortFields({ source, lineStart: starts[l], lineEnd, offsets, from, to: cursor, letters, kept }, fields);
  }
  return kept;
}
