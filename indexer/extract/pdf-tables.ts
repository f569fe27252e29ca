// Tables: lines whose text stands in columns. A row is a band of lines packed closer than
// the row gap (a cell wrapped over several lines is one row); each cell goes to the column
// whose left edge it starts at. A table carried over to the next page continues: the
// repeated header row is dropped and a row cut by the page break is joined back.
import type { PdfLine } from './pdf-lines.js';
import { appendCellLine } from './line-joins.js';
import { renderRuns, runsText, type Run } from './runs.js';

export interface TableRow {
  /** One entry per column of the table; empty runs for an empty cell. */
  cells: Run[][];
  page: number;
}

export interface Table {
  /** Left edges of the columns. */
  columns: number[];
  rows: TableRow[];
  size: number;
}

/** Lines closer than this many times the table's tightest line spacing belong to one row. */
const ROW_GAP = 1.12;
/** Single line spacing, in ems. */
const SINGLE_SPACING = 1.25;
/** Cells starting within this many ems of a column's left edge belong to it. */
const COLUMN_TOLERANCE = 0.6;
/** A line of one word ending within this many ems of its column's widest line filled the cell. */
const FULL_CELL = 0.6;

/** A block with a line whose text stands in two or more cells is a table. */
export function looksLikeTable(lines: readonly PdfLine[]): boolean {
  return lines.some((l) => l.cells.length >= 2 && !l.bullet);
}

function columnStarts(lines: readonly PdfLine[], tolerance: number): number[] {
  const xs = lines.flatMap((l) => l.cells.map((c) => c.x)).sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of xs) if (!columns.length || x - columns[columns.length - 1] > tolerance) columns.push(x);
  return columns;
}

function columnOf(columns: readonly number[], x: number, tolerance: number): number {
  let index = 0;
  columns.forEach((c, i) => {
    if (c <= x + tolerance) index = i;
  });
  return index;
}

/**
 * `lineGap`: the body's line spacing. A row holds together the lines of a wrapped cell, set
 * at the table's tightest spacing – never wider than the body's or than single spacing
 * (a table without wrapped cells has row gaps only).
 */
export function buildTable(lines: readonly PdfLine[], lineGap: number): Table {
  const size = lines[0]?.size ?? 12;
  const gaps = lines.slice(1).map((l, i) => l.y - lines[i].y).filter((g) => g > size * 0.5);
  const spacing = Math.min(lineGap, size * SINGLE_SPACING, ...gaps);
  const tolerance = size * COLUMN_TOLERANCE;
  const columns = columnStarts(lines, tolerance);
  const widest = columns.map(() => 0);
  for (const l of lines) for (const c of l.cells) {
    const col = columnOf(columns, c.x, tolerance);
    widest[col] = Math.max(widest[col], c.end);
  }
  const rows: TableRow[] = [];
  // Per column of the current row: did its last line fill the cell with a single word?
  let filled: boolean[] = [];
  let prevY = -Infinity;
  for (const line of lines) {
    if (!rows.length || line.y - prevY > spacing * ROW_GAP) {
      rows.push({ cells: columns.map(() => []), page: line.page });
      filled = columns.map(() => false);
    }
    prevY = line.y;
    const row = rows[rows.length - 1];
    for (const cell of line.cells) {
      const col = columnOf(columns, cell.x, tolerance);
      appendCellLine(row.cells[col], cell.runs, filled[col]);
      filled[col] = !/\s/.test(runsText(cell.runs)) && cell.end >= widest[col] - size * FULL_CELL;
    }
  }
  return { columns, rows, size };
}

const rowKey = (row: TableRow) => row.cells.map((c) => runsText(c).replace(/\s+/g, ' ').trim()).join('\t');
const isEmpty = (cell: readonly Run[]) => runsText(cell).trim() === '';

/**
 * The first row on a new page is the tail of a row cut by the page break when it has no
 * label of its own (first cell empty) or all its cells go on in lower case.
 */
function isCarriedOverRow(row: TableRow): boolean {
  const filledCells = row.cells.filter((c) => !isEmpty(c));
  if (filledCells.length === 0) return false;
  if (isEmpty(row.cells[0])) return true;
  return filledCells.every((c) => /^\p{Ll}/u.test(runsText(c).trim()));
}

/** Merge `next` (the first table of a page) into `table` (the last of the page before) when it continues it. */
export function continueTable(table: Table, next: Table): boolean {
  const tolerance = table.size * COLUMN_TOLERANCE;
  const mapping = next.columns.map((x) => table.columns.findIndex((c) => Math.abs(c - x) <= tolerance));
  if (mapping.some((i) => i === -1)) return false;
  const remap = (row: TableRow): TableRow => {
    const cells: Run[][] = table.columns.map(() => []);
    row.cells.forEach((c, i) => cells[mapping[i]].push(...c));
    return { cells, page: row.page };
  };
  let rows = next.rows.map(remap);
  // A table header repeated at the top of the page.
  if (rows.length && table.rows.length && rowKey(rows[0]) === rowKey(table.rows[0])) rows = rows.slice(1);
  const last = table.rows[table.rows.length - 1];
  if (rows.length && last && isCarriedOverRow(rows[0])) {
    rows[0].cells.forEach((c, i) => appendCellLine(last.cells[i], c, false));
    rows = rows.slice(1);
  }
  table.rows.push(...rows);
  return true;
}

export function renderTableRows(table: Table): string[] {
  return table.rows.map((row) => row.cells.map((c) => renderRuns(c).replace(/\t/g, ' ')).join('\t'));
}
