// Read a run of "Label\tValue" table rows into records, one per task table. A record
// starts at a group heading that opens a table ("Basic Information", "Evaluated Task")
// or at a second "Task Number" row; every row's label goes through the normalisation table.
import type { Line } from '../../types.js';
import { continueCell, isEmptyCell, isRuleRow, splitMergedCells, splitRow } from './strategy-cells.js';
import { meaningOfLabel, type RecordField } from './strategy-labels.js';

export interface TableRecord {
  lines: Line[];
  /** Raw cell values by field (tags still in); a field given twice keeps both, one per line. */
  fields: Partial<Record<RecordField, string>>;
  /** Rows whose label is not in the table, as "Label: value", so their text is not lost. */
  extra: string[];
  /** Where the known row labels are printed: structure, turned into field names. */
  labels: { start: number; end: number }[];
}

/** The printed label cell of a row, by its place at the start of the line. */
function labelSpan(line: Line, label: string): { start: number; end: number } | undefined {
  const at = line.text.indexOf(label);
  return at < 0 || label === '' ? undefined : { start: line.start + at, end: line.start + at + label.length };
}

export function splitRecords(lines: Line[]): TableRecord[] {
  const records: TableRecord[] = [];
  let current: TableRecord | undefined;
  let lastField: RecordField | undefined;
  for (const line of lines) {
    const row = splitRow(line.text);
    const meaning = meaningOfLabel(row.label);
    const opensTable = meaning?.kind === 'group' && meaning.startsRecord;
    const secondNumber = meaning?.kind === 'field' && meaning.field === 'number' && current?.fields.number !== undefined;
    if (!current || ((opensTable || secondNumber) && hasContent(current))) {
      current = { lines: [], fields: {}, extra: [], labels: [] };
      records.push(current);
      lastField = undefined;
    }
    current.lines.push(line);
    if (isRuleRow(line.text)) continue;
    if (row.label === '') {
      // A cell that went on after a page break: the row has no label of its own.
      const before = lastField ? current.fields[lastField] : undefined;
      if (lastField && before !== undefined && !isEmptyCell(row.value)) current.fields[lastField] = continueCell(before, row.value);
      else if (lastField && !isEmptyCell(row.value)) addField(current, lastField, row.value);
      else if (!isEmptyCell(row.value)) current.extra.push(row.value);
      continue;
    }
    if (!meaning) {
      const cells = row.cells.filter((c) => c !== '');
      if (cells.length) current.extra.push(cells.join(': '));
      lastField = undefined;
      continue;
    }
    const span = labelSpan(line, row.label);
    if (span) current.labels.push(span);
    if (meaning.kind === 'field' && meaning.field === 'number') {
      // "Task No. 1.1.": the words before the number repeat the label; the number is the field.
      const words = /^(?:<[^>]+>)*\s*([^\d<]+?)\s*\d/.exec(row.value)?.[1];
      const at = words && span ? line.text.indexOf(words, span.end - line.start) : -1;
      if (words && at >= 0) current.labels.push({ start: line.start + at, end: line.start + at + words.length });
    }
    if (meaning.kind === 'group') {
      lastField = undefined;
      continue;
    }
    if (meaning.kind === 'merged') {
      const [first, second] = splitMergedCells(row.value);
      if (!isEmptyCell(first)) addField(current, meaning.fields[0], first);
      if (!isEmptyCell(second)) addField(current, meaning.fields[1], second);
      lastField = meaning.fields[1];
      continue;
    }
    lastField = meaning.field;
    // A field label with an empty cell stands where a group heading belongs (a "Title" row
    // above the dates of one table): it names nothing, so it must not overwrite the field.
    if (isEmptyCell(row.value)) continue;
    addField(current, meaning.field, row.value);
  }
  return records;
}

function hasContent(record: TableRecord): boolean {
  return Object.keys(record.fields).length > 0 || record.extra.length > 0;
}

function addField(record: TableRecord, field: RecordField, value: string): void {
  const before = record.fields[field];
  record.fields[field] = before === undefined ? value : `${before}\n${value}`;
}

/** Records of the evaluation annex say how a task was fulfilled; task tables do not. */
export function isEvaluationRecord(record: TableRecord): boolean {
  const f = record.fields;
  return f.fulfilment !== undefined || f.overall !== undefined || f.indicatorFulfilment !== undefined;
}
