// A page's body lines → blocks. Lines packed at the body's line spacing form a block
// (a wider gap is a paragraph break, a blank line in the .txt conventions); a block whose
// lines stand in columns is a table, any other is text: paragraphs and bullets, a wrapped
// line joined to the one above it.
import { lineText, type PdfLine } from './pdf-lines.js';
import { appendLine } from './line-joins.js';
import { buildTable, looksLikeTable, type Table } from './pdf-tables.js';
import { joinJustifiedCells, splitOffRunningText } from './pdf-justified.js';
import { runsText, type Run } from './runs.js';

export interface TextUnit {
  kind: 'paragraph' | 'bullet';
  /** Opened by a list label set off by a tab stop ("III. Investigations …"). */
  labelled: boolean;
  /** Page the unit starts on. */
  page: number;
  runs: Run[];
  /** Left edge of the text (after the bullet glyph). */
  x: number;
  /** Bullet nested under another (its glyph indented further than the block's first bullet). */
  nested: boolean;
  lineCount: number;
  lastLine: PdfLine;
}

interface BlockBase {
  page: number;
  /** The block's physical lines, for a later look at a block that may go on a table. */
  lines: PdfLine[];
  lastY: number;
}

export type Block = (BlockBase & { kind: 'text'; units: TextUnit[] }) | (BlockBase & { kind: 'table'; table: Table });

/** A gap wider than this many line gaps between two lines is a paragraph break. */
export const PARAGRAPH_GAP = 1.35;
/** A bullet glyph this many ems right of the block's first glyph is a nested bullet. */
const NESTED_INDENT = 0.8;
/** A line starting this many ems left of a bullet's text no longer continues the bullet. */
const OUTDENT = 0.5;
/** A word space, and the slack left at the right edge, in ems. */
const SPACE = 0.35;
const RIGHT_SLACK = 1;
const WORD_WIDTH_MARGIN = 1.5;
/** Share of the column a line must leave empty to be taken as ended by a hard break. */
const SHORT_LINE = 0.25;
/**
 * A list label typed as text ("b. ", "9.2. ", "a) ", "(3) "), not set off by a tab stop.
 * After a line that ends a sentence, a question or a lead-in it opens a new item, however
 * long that line was: a wrapped line does not start with a label after a full stop.
 */
export const TYPED_LIST_LABEL = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[a-z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s/;
const ENDS_ITEM = /[.?!:;]["”’)\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹\s]*$/;

/**
 * `right`: the right edge of the text column. A line that stops short of it although the
 * next line's first word would have fitted there ends in a hard line break.
 */
export function buildBlocks(lines: readonly PdfLine[], lineGap: number, right: number): Block[] {
  const groups: PdfLine[][] = [];
  let prevY = -Infinity;
  for (const line of lines) {
    if (!groups.length || line.y - prevY > lineGap * PARAGRAPH_GAP) groups.push([]);
    groups[groups.length - 1].push(line);
    prevY = line.y;
  }
  return groups.flatMap((packed) => splitOffRunningText(joinJustifiedCells(packed))).map((g): Block => {
    const lastY = g[g.length - 1].y;
    if (looksLikeTable(g)) return { kind: 'table', page: g[0].page, lines: g, table: buildTable(g, lineGap), lastY };
    return { kind: 'text', page: g[0].page, lines: g, units: textUnits(g, right), lastY };
  });
}

function lineRuns(line: PdfLine): Run[] {
  // Cells of a line that is not in a table are separated by wide spaces only.
  return line.cells.flatMap((c, i) => (i === 0 ? c.runs.map((r) => ({ ...r })) : [{ text: ' ', bold: false }, ...c.runs.map((r) => ({ ...r }))]));
}

/**
 * The line above stopped well short of the right edge although the next line's first word
 * would have fitted (with a wide margin: the word's width is estimated from its share of
 * the characters, and a non-breaking space can tie it to the next word).
 */
function hadRoomFor(above: PdfLine, line: PdfLine, right: number): boolean {
  const short = above.end < right - (right - above.left) * SHORT_LINE;
  return short && above.end + line.size * SPACE + line.firstWordWidth * WORD_WIDTH_MARGIN < right - line.size * RIGHT_SLACK;
}

const styleOf = (r: Run) => `${r.bold ? 'b' : ''}${r.italic ? 'i' : ''}`;

/**
 * The next line opens in another emphasis than the text above ends in, and the text above is
 * a finished sentence or wholly emphasised (a bold or italic prompt or heading): a paragraph
 * set with little space before it, not a wrapped line. A bold phrase that wraps keeps its
 * style across the break, and plain text wrapping mid-sentence stays one paragraph.
 */
function emphasisTurns(above: readonly Run[], line: readonly Run[]): boolean {
  const visible = above.filter((r) => r.text.trim() !== '');
  const last = visible[visible.length - 1];
  const first = line.find((r) => r.text.trim() !== '');
  if (!last || !first || styleOf(last) === styleOf(first)) return false;
  const heading = visible.every((r) => styleOf(r) === styleOf(last) && styleOf(r) !== '');
  return heading || /[.!?:]["”’)*]*\s*$/.test(last.text);
}

/**
 * A paragraph set at one indent for two lines or more (the tail of a bullet carried over a
 * page break, a quotation) ends where a line starts left of that indent: a paragraph at
 * the margin follows it. A first-line indent is one line only, so it never ends this way.
 */
function leavesIndent(unit: TextUnit, line: PdfLine): boolean {
  const slack = line.size * OUTDENT;
  return unit.lineCount >= 2 && Math.abs(unit.x - unit.lastLine.x) <= slack && line.x < unit.lastLine.x - slack;
}

function textUnits(lines: readonly PdfLine[], right: number): TextUnit[] {
  const units: TextUnit[] = [];
  const firstBullet = lines.find((l) => l.bullet)?.left;
  for (const line of lines) {
    const current = units[units.length - 1];
    const continues = current && !line.bullet && !line.labelled && !hadRoomFor(current.lastLine, line, right) &&
      !emphasisTurns(current.runs, lineRuns(line)) &&
      !(TYPED_LIST_LABEL.test(lineText(line)) && ENDS_ITEM.test(runsText(current.runs))) &&
      (current.kind === 'paragraph' ? !leavesIndent(current, line) : line.x >= current.x - line.size * OUTDENT);
    if (continues) {
      appendLine(current.runs, lineRuns(line));
      current.lineCount++;
      current.lastLine = line;
      continue;
    }
    units.push({
      kind: line.bullet ? 'bullet' : 'paragraph',
      labelled: line.labelled,
      page: line.page,
      runs: lineRuns(line),
      x: line.x,
      nested: line.bullet && firstBullet !== undefined && line.left >= firstBullet + line.size * NESTED_INDENT,
      lineCount: 1,
      lastLine: line,
    });
  }
  return units;
}
