// Page breaks that cut a paragraph, a bullet or a table row: the first block of a page is
// joined to the last block of the page before when the evidence says it goes on – a table
// with the same columns that ran to the bottom of the page, or a sentence left open.
// When in doubt the break stays (as a blank line): the layout stage judges those, as it
// does for the converted .txt sources.
import { TYPED_LIST_LABEL, type Block, type TextUnit } from './pdf-blocks.js';
import { lineText } from './pdf-lines.js';
import { appendLine } from './line-joins.js';
import { buildTable, continueTable, type Table } from './pdf-tables.js';
import { runsText } from './runs.js';

export interface PageGeometry {
  lineGap: number;
  /** Highest baseline of body text on any page: where a page's text starts when nothing stands above it. */
  top: number;
  /** Lowest baseline of body text on any page: where a full page's text ends. */
  bottom: number;
  /** Right edge of the widest body lines: a line reaching it was wrapped, not ended. */
  right: number;
}

/** A block within this many line gaps of the top of the text starts at the top of its page. */
const AT_TOP = 0.6;
/** A table that ends within this many line gaps of the bottom ran on to the next page. */
const RAN_TO_BOTTOM = 2.5;
/** A line ending within this many ems of the right edge is full. */
const FULL_LINE = 4;

const SENTENCE_END = /[.!?:;]["”’)\]]*$/;
/** Words a sentence does not end on (a word of its own: the "a" of "8.1.a" is a label). */
const DANGLING = /(?:,|(?:^|\s)(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|that|which|its|their|is|are|be|also|than))$/i;

/** The text without trailing footnote markers, emphasis and spaces, to judge how it ends. */
function ending(unit: TextUnit): string {
  return runsText(unit.runs).replace(/(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[\d,\s]+\}|\*+|\s+)+$/u, '');
}

function sentenceGoesOn(a: TextUnit, b: TextUnit, geometry: PageGeometry): boolean {
  if (b.kind !== 'paragraph' || b.labelled) return false;
  const text = ending(a);
  const next = runsText(b.runs).trimStart();
  // "b) …" or "c. …" at the top of a page opens the next list item, though in lower case.
  if (TYPED_LIST_LABEL.test(next)) return false;
  // A paragraph cut in mid-phrase goes on, whatever the margins of facing pages.
  if (a.kind === 'paragraph' && (/^\p{Ll}/u.test(next) || DANGLING.test(text))) return true;
  // The tail of a bullet is set at the bullet's text indent; of a paragraph, at its margin.
  if (Math.abs(b.x - a.x) > a.lastLine.size) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (SENTENCE_END.test(text)) return false;
  if (DANGLING.test(text)) return true;
  const full = a.lastLine.end >= geometry.right - a.lastLine.size * FULL_LINE;
  return a.lineCount >= 2 && full;
}

/**
 * Lines at the top of a page with no row in two cells still go on a table that ran to the
 * bottom of the page before when they open with its header row repeated, or stand in its
 * inner columns only (a wrapped cell's tail).
 */
function tableTail(table: Table, first: Block, geometry: PageGeometry): Table | undefined {
  if (first.kind !== 'text' || first.lines.some((l) => l.bullet)) return undefined;
  const tolerance = table.size;
  const header = table.rows[0]?.cells.map((c) => runsText(c).trim()).filter(Boolean).join(' ');
  const repeatsHeader = header !== undefined && lineText(first.lines[0]) === header;
  const innerOnly = first.lines.every((l) => table.columns.slice(1).some((c) => Math.abs(c - l.x) <= tolerance));
  return repeatsHeader || innerOnly ? buildTable(first.lines, geometry.lineGap) : undefined;
}

/**
 * Join `first` (the first block of a page) to `last` (the last block of the page before).
 * Returns the part of `first` still to be placed after the previous page's notes, or
 * `first` unchanged when nothing was joined.
 */
export function stitchPageBreak(last: Block, first: Block, geometry: PageGeometry): Block | null {
  // What goes on from the page before starts at the top of the page; a block set lower
  // has something (an empty paragraph, a heading's space) above it and starts afresh.
  if (first.lines[0].y > geometry.top + geometry.lineGap * AT_TOP) return first;
  if (last.kind === 'table') {
    const ranToBottom = last.lastY >= geometry.bottom - geometry.lineGap * RAN_TO_BOTTOM;
    const next = first.kind === 'table' ? first.table : tableTail(last.table, first, geometry);
    if (ranToBottom && next && continueTable(last.table, next)) {
      last.lastY = first.lastY;
      return null;
    }
    return first;
  }
  if (last.kind === 'text' && first.kind === 'text') {
    const a = last.units[last.units.length - 1];
    const b = first.units[0];
    if (!a || !b || !sentenceGoesOn(a, b, geometry)) return first;
    appendLine(a.runs, b.runs);
    a.lineCount += b.lineCount;
    a.lastLine = b.lastLine;
    const rest = first.units.slice(1);
    return rest.length ? { ...first, units: rest } : null;
  }
  return first;
}
