// Runs of table lines: consecutive rows of one table, which may span blank lines (a task
// table is printed in blocks) and may hold rows without a tab (a group heading such as
// "Entities", or a one-cell row such as "Form of exploitation" inside a statistics table).
import type { Line } from '../../types.js';
import { splitRow } from './strategy-cells.js';
import { meaningOfLabel } from './strategy-labels.js';

export function isTableRow(line: Line): boolean {
  return line.text.includes('\t');
}

/** A row of a task table printed without its (empty) value cell: "Entities", "Notes". */
function isBareLabel(line: Line): boolean {
  return !line.text.includes('\t') && meaningOfLabel(line.text) !== undefined;
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
  if (stop(from) || !(isTableRow(lines[from]) || isBareLabel(lines[from]))) return from;
  let j = from + 1;
  while (j < lines.length && !stop(j)) {
    const line = lines[j];
    if (isTableRow(line) || isBareLabel(line)) j++;
    else if (isTableRow(lines[j - 1]) && isWedgedRow(lines, j)) j++;
    else break;
  }
  // Bare labels alone ("Notes" as a line of prose) are no table.
  return lines.slice(from, j).some(isTableRow) ? j : from;
}

/** A run with a task-number row holds task records; any other run is a data table. */
export function isRecordRun(lines: Line[]): boolean {
  return lines.some((l) => {
    const meaning = meaningOfLabel(splitRow(l.text).label);
    return meaning?.kind === 'field' && meaning.field === 'number';
  });
}
