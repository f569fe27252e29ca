// Runs of table lines: consecutive rows of one table, which may span blank lines (a task
// table is printed in blocks, a measure table across page breaks) and may hold rows without a
// tab (a group heading such as "Basic information", a field row with an empty value such as
// "Notes", or a one-cell row such as "Form of exploitation" or "2. Protection of victims").
import type { Line } from '../../types.js';
import { isCapsLine } from './strategy-headings.js';
import { meaningOfLabel } from './strategy-labels.js';

export function isTableRow(line: Line): boolean {
  return line.text.includes('\t');
}

/** A group heading of a task table printed without its (empty) value cell: "Basic information". */
function isBareGroupLabel(line: Line): boolean {
  return !line.text.includes('\t') && meaningOfLabel(line.text)?.kind === 'group';
}

/**
 * A row of a task table whose value cell is empty ("Notes", "Timetable"): a field label right
 * below or above a row of the table. A heading in capitals is never one ("MISE EN ŒUVRE ET SUIVI").
 */
function isBareFieldRow(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (line.text.includes('\t') || isCapsLine(line.text) || meaningOfLabel(line.text)?.kind !== 'field') return false;
  const before = lines[i - 1];
  const after = lines[i + 1];
  const belowRow = !line.gapBefore && before !== undefined && (isTableRow(before) || meaningOfLabel(before.text) !== undefined);
  const aboveRow = after !== undefined && !after.gapBefore && isTableRow(after);
  return belowRow || aboveRow;
}

/** A one-cell row wedged between rows of the same table, with nothing between them. */
function isWedgedRow(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return !lines[i].gapBefore && next !== undefined && !next.gapBefore && isTableRow(next);
}

/**
 * The end (exclusive) of the run of table lines that starts at `from`; `from` itself when
 * no table starts there. `stop` marks lines another reader owns (the contents list, a glossary).
 */
export function tableRunEnd(lines: Line[], from: number, stop: (i: number) => boolean): number {
  if (stop(from) || !(isTableRow(lines[from]) || isBareGroupLabel(lines[from]))) return from;
  let j = from + 1;
  while (j < lines.length && !stop(j)) {
    const line = lines[j];
    if (isTableRow(line) || isBareGroupLabel(line) || isBareFieldRow(lines, j)) j++;
    else if (isTableRow(lines[j - 1]) && isWedgedRow(lines, j)) j++;
    else break;
  }
  // Group labels alone ("Entities" as a line of prose) are no table.
  return lines.slice(from, j).some(isTableRow) ? j : from;
}
