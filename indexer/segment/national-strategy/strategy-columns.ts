// Measure and activity tables: one row per measure, columns named by a header row
// ("No. | Measure | Responsible | Deadline | Indicator | Funding", "N° | Mesure | Responsabilité
// | Délai"). As converted from PDF: the header is printed again after each page break, a cell
// that wraps goes on in a row of its own with an empty number cell (also after a repeated
// header), and one-cell rows name the objective the rows below serve.
import type { Line } from '../../types.js';
import { isEmptyCell } from './strategy-cells.js';
import { groupHeading, type GroupHeading } from './strategy-groups.js';
import { fieldOfLabel, normaliseLabel, type RecordField } from './strategy-labels.js';
import { addField, continueField, newRecord, type StrategyRecord } from './strategy-records.js';

export interface ColumnHeader {
  /** The field of each column (undefined: a column the vocabulary does not know). */
  fields: (RecordField | undefined)[];
  labels: string[];
}

/** Below this many named columns a row is data, not a header. */
const MIN_NAMED_COLUMNS = 3;

const cellsOf = (text: string) => text.split('\t').map((c) => c.trim());

/** A header row: three or more columns the vocabulary names, a task's text and its bodies or deadline among them. */
export function columnHeader(line: Line): ColumnHeader | undefined {
  if (!line.text.includes('\t')) return undefined;
  const labels = cellsOf(line.text);
  const fields = labels.map((l) => (l === '' ? undefined : fieldOfLabel(l)));
  const named = new Set(fields.filter((f): f is RecordField => f !== undefined));
  const nonEmpty = labels.filter((l) => l !== '').length;
  const says = (...f: RecordField[]) => f.some((x) => named.has(x));
  if (named.size < MIN_NAMED_COLUMNS || named.size * 3 < nonEmpty * 2) return undefined;
  return says('statement', 'title', 'description') && says('responsible', 'deadline') ? { fields, labels } : undefined;
}

export type ColumnEvent =
  | { kind: 'record'; record: StrategyRecord }
  | { kind: 'group'; line: Line; group: GroupHeading }
  | { kind: 'note'; line: Line };

function cellSpans(line: Line): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const cell of line.text.split('\t')) {
    const lead = cell.length - cell.trimStart().length;
    if (cell.trim() !== '') spans.push({ start: line.start + at + lead, end: line.start + at + lead + cell.trim().length });
    at += cell.length + 1;
  }
  return spans;
}

/** Header rows and their repetitions, as label spans (structure, not content). */
export interface ColumnTable {
  events: ColumnEvent[];
  labels: { start: number; end: number }[];
}

export function readColumnTable(rows: Line[], header: ColumnHeader): ColumnTable {
  const events: ColumnEvent[] = [];
  const labels: { start: number; end: number }[] = [];
  const headerKey = header.labels.map(normaliseLabel).join('|');
  const numberColumn = header.fields.indexOf('number');
  const statementColumn = header.fields.findIndex((f) => f === 'statement' || f === 'title' || f === 'description');
  let current: StrategyRecord | undefined;
  for (const line of rows) {
    const cells = cellsOf(line.text);
    if (cells.map(normaliseLabel).join('|') === headerKey) {
      labels.push(...cellSpans(line));
      continue;
    }
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 1 && (cells.length === 1 || cells[0] !== '')) {
      const group = groupHeading(filled[0]);
      if (group) {
        current = undefined;
        events.push({ kind: 'group', line, group });
      } else if (current) {
        current.extra.push(filled[0]);
        current.lines.push(line);
      } else {
        events.push({ kind: 'note', line });
      }
      continue;
    }
    const key = numberColumn >= 0 ? cells[numberColumn] : cells[statementColumn];
    const continues = current !== undefined && (key === undefined || key === '' || (numberColumn < 0 && /^\p{Ll}/u.test(key)));
    if (!continues) {
      current = newRecord();
      events.push({ kind: 'record', record: current });
    }
    current!.lines.push(line);
    cells.forEach((cell, c) => {
      // An empty cell or a lone dash says there is nothing in this column.
      if (isEmptyCell(cell)) return;
      const field = header.fields[c];
      const label = header.labels[c] ?? '';
      if (!field) current!.extra.push(label ? `${label}: ${cell}` : cell);
      else if (continues) continueField(current!, field, label, cell, 'words');
      else addField(current!, field, label, cell, line);
    });
  }
  return { events, labels };
}
