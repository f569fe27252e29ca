// Task tables printed as "Label\tValue" rows, one table per task ("Task Number", "Title",
// "Responsible Entity" …; "Measure No.", "Implementing body", "Time frame" …; "Action n°",
// "Pilote", "Calendrier" …). A record starts at a group heading that opens a table ("Basic
// Information", "Evaluated Task") or at a second number row; every label goes through the
// series vocabulary.
import type { Line } from '../../types.js';
import { isEmptyCell, isRuleRow, splitMergedCells, splitRow } from './strategy-cells.js';
import { meaningOfLabel, type RecordField } from './strategy-labels.js';
import { addField, continueField, hasContent, hasField, newRecord, type StrategyRecord } from './strategy-records.js';

/** The printed label cell of a row, by its place at the start of the line. */
function labelSpan(line: Line, label: string): { start: number; end: number } | undefined {
  const at = line.text.indexOf(label);
  return at < 0 || label === '' ? undefined : { start: line.start + at, end: line.start + at + label.length };
}

/** A run with a number row ("Task Number", "Measure No.") holds task records. */
export function isRecordRun(lines: Line[]): boolean {
  return lines.some((l) => {
    const meaning = meaningOfLabel(splitRow(l.text).label);
    return meaning?.kind === 'field' && meaning.field === 'number';
  });
}

export function splitRecords(lines: Line[]): StrategyRecord[] {
  const records: StrategyRecord[] = [];
  let current: StrategyRecord | undefined;
  let last: { field: RecordField; label: string } | undefined;
  for (const line of lines) {
    const row = splitRow(line.text);
    const meaning = meaningOfLabel(row.label);
    const opensTable = meaning?.kind === 'group' && meaning.startsRecord;
    const secondNumber = meaning?.kind === 'field' && meaning.field === 'number' && current !== undefined && hasField(current, 'number');
    if (!current || ((opensTable || secondNumber) && hasContent(current))) {
      current = newRecord();
      records.push(current);
      last = undefined;
    }
    current.lines.push(line);
    if (isRuleRow(line.text)) continue;
    if (row.label === '') {
      // A cell that went on after a page break: the row has no label of its own.
      if (last && !isEmptyCell(row.value)) continueField(current, last.field, last.label, row.value);
      else if (!isEmptyCell(row.value)) current.extra.push(row.value);
      continue;
    }
    if (!meaning) {
      const cells = row.cells.filter((c) => c !== '');
      if (cells.length) current.extra.push(cells.join(': '));
      last = undefined;
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
      last = undefined;
      continue;
    }
    if (meaning.kind === 'merged') {
      const [first, second] = splitMergedCells(row.value);
      if (!isEmptyCell(first)) addField(current, meaning.fields[0], row.label, first, line);
      if (!isEmptyCell(second)) addField(current, meaning.fields[1], row.label, second, line);
      last = { field: meaning.fields[1], label: row.label };
      continue;
    }
    last = { field: meaning.field, label: row.label };
    // A field label with an empty cell stands where a group heading belongs (a "Title" row
    // above the dates of one table): it names nothing, so it must not overwrite the field.
    if (isEmptyCell(row.value)) continue;
    addField(current, meaning.field, row.label, row.value, line);
  }
  return records;
}
