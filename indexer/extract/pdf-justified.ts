// Justified text set word by word. Some writers place every word of a justified line on its
// own, so that the stretched spaces between words look as wide as a table's gutter, and a
// paragraph with one such line would be read as a table whose columns scramble the reading
// order. A wide gap is a word space, not a gutter, when the lines packed against it run across
// it to the same right edge and none of them has a gap there too (a table's gutter is empty
// from row to row), or when
// the line's gaps are all alike (the spaces of one justified line are stretched equally).
import type { LineCell, PdfLine } from './pdf-lines.js';
import { runsText } from './runs.js';

/** Gaps within this many points of each other are one stretched word space. */
const EQUAL_GAP = 0.8;
/** A stretched word space is at most this many ems wide. */
const MAX_WORD_SPACE = 3;
/** A line of running text spans at least this share of the table's width. */
const RUNNING_WIDTH = 0.6;
/** A neighbour ending this many ems before the line's end is not of its measure. */
const SAME_MEASURE = 2;
const LEADERS = /[.…·]{3,}\s*$/;
/** Dot leaders or a bare number (a contents entry, a figure) make a real cell. */
const CELL_OF_ITS_OWN = /[.…·]{3,}\s*$|^[\d\s.,%–-]+$/;

interface Gap {
  from: number;
  to: number;
}

function gapsOf(line: PdfLine): Gap[] {
  return line.cells.slice(1).map((c, i) => ({ from: line.cells[i].end, to: c.x }));
}

/** Running text of the same measure runs across the middle of the gap (a table's title row does not reach its last column). */
function crosses(line: PdfLine, gap: Gap, measureEnd: number): boolean {
  const middle = (gap.from + gap.to) / 2;
  return line.end >= measureEnd - line.size * SAME_MEASURE && line.cells.some((c) => c.x < middle && c.end > middle);
}

function overlapsGap(line: PdfLine, gap: Gap): boolean {
  return gapsOf(line).some((g) => g.from < gap.to && g.to > gap.from);
}

function isStretched(line: PdfLine): boolean {
  const gaps = gapsOf(line).map((g) => g.to - g.from);
  if (gaps.length < 2 || gaps.some((g) => g > line.size * MAX_WORD_SPACE)) return false;
  // Numbers are words of a justified line too ("paragraph 15 (b)"); dot leaders never are.
  if (line.cells.some((c) => LEADERS.test(runsText(c.runs).trim()))) return false;
  return Math.max(...gaps) - Math.min(...gaps) <= EQUAL_GAP;
}

function merged(cells: readonly LineCell[]): LineCell {
  const runs = cells.flatMap((c, i) => (i === 0 ? c.runs : [{ text: ' ', bold: false }, ...c.runs]));
  return { x: cells[0].x, end: cells[cells.length - 1].end, runs };
}

/**
 * `lines`: a block of lines packed at the body's spacing. Lines whose wide gaps are word
 * spaces get their cells merged back into one; a table's lines keep theirs.
 */
export function joinJustifiedCells(lines: readonly PdfLine[]): PdfLine[] {
  return lines.map((line, i) => {
    if (line.cells.length < 2) return line;
    if (isStretched(line)) return { ...line, cells: [merged(line.cells)] };
    const neighbours = [lines[i - 1], lines[i + 1]].filter((l): l is PdfLine => l !== undefined);
    if (neighbours.length === 0) return line;
    const cells: LineCell[][] = [[line.cells[0]]];
    gapsOf(line).forEach((gap, k) => {
      const cell = line.cells[k + 1];
      const wordSpace = !CELL_OF_ITS_OWN.test(runsText(cell.runs).trim()) &&
        neighbours.some((n) => crosses(n, gap, line.end)) && !neighbours.some((n) => overlapsGap(n, gap));
      if (wordSpace) cells[cells.length - 1].push(cell);
      else cells.push([cell]);
    });
    return cells.length === line.cells.length ? line : { ...line, cells: cells.map(merged) };
  });
}

/**
 * A table packed right against the paragraph after it (a cover's masthead, then the text)
 * forms one block: the paragraph's lines run across the table's gutters, which a table's own
 * lines never do. The block is cut before the first such line.
 */
export function splitOffRunningText(lines: readonly PdfLine[]): PdfLine[][] {
  let lastTableLine: PdfLine | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.cells.length >= 2) {
      lastTableLine = line;
      continue;
    }
    const crossesGutter = lastTableLine !== undefined && gapsOf(lastTableLine).some((gap) => crosses(line, gap, line.end));
    if (k > 0 && crossesGutter && line.end - line.x >= (lastTableLine!.end - lastTableLine!.x) * RUNNING_WIDTH) {
      return [lines.slice(0, k), ...splitOffRunningText(lines.slice(k))];
    }
  }
  return [[...lines]];
}
