// Tasks printed as numbered items, each followed by lines that give its fields:
//   1.1. To carry out a survey …            Mesure 2.4 – Former les inspecteurs …
//   Responsible: Ministry of …, Police      Responsable : Inspection sociale
//   Deadline: III quarter of 2002           Délai : 2013
// or one line naming the bodies and then the deadline ("Responsible: Ministry of …, 2003").
// A numbered item is a task only when such lines follow it; its fields are the lines after
// it up to the next numbered item or heading, so a deadline printed apart (after a blank line
// or a page break) still belongs to the task above it, never to the next one.
import type { Line } from '../../types.js';
import { phrases, readLabelLine, VOCABULARY } from './strategy-labels.js';
import { splitMergedCells } from './strategy-cells.js';
import { endsSentence } from './strategy-headings.js';
import { addField, continueField, newRecord, type StrategyRecord } from './strategy-records.js';
import type { RecordField } from './strategy-labels.js';

export interface NumberedHead {
  number: string;
  /** The task as printed after its number. */
  text: string;
  /** Length of the printed prefix ("Mesure 1.1", "Task 3", "1.1") that is structure. */
  prefixLength: number;
}

const RECORD_WORDS = phrases(VOCABULARY.recordWords);
const HEAD = new RegExp(
  `^(\\s*(?:(${RECORD_WORDS})\\s*(?:No\\.?|n°|nr\\.?|#)?\\s*)?(\\d{1,3}(?:\\.\\d{1,3})*))(\\.?)(?:\\s*[:.)–—-])?\\s+(\\S.*)$`,
  'iu',
);
/** At most this many lines of task text before its first field line. */
const MAX_STATEMENT_LINES = 4;

/** "1.1. To carry out …", "Task 3: …", "Mesure 2.4 – …"; a bare "12" or "2 persons" is no head. */
export function numberedHead(text: string): NumberedHead | undefined {
  if (text.includes('\t')) return undefined;
  const m = HEAD.exec(text);
  if (!m) return undefined;
  const [, prefix, word, number, dot, rest] = m;
  if (!word && !dot && !number.includes('.') && !/^\s*\d+\s*[:.)–—-]/.test(text)) return undefined;
  return { number, text: rest.trim(), prefixLength: prefix.length };
}

export interface NumberedRecord {
  record: StrategyRecord;
  head: NumberedHead;
  /** The index of the first line after the record. */
  end: number;
}

function spanOf(line: Line, from: number, to: number): { start: number; end: number } {
  return { start: line.start + from, end: line.start + to };
}

/** A value that goes on in the next line: it stops on a comma, a semicolon or a conjunction. */
function goesOn(value: string, next: string): boolean {
  return /[,;]$|\b(?:and|et|or|ou)$/i.test(value.trim()) || /^\p{Ll}/u.test(next.trim());
}

/**
 * The numbered task that starts at line `i`, with the lines that give its fields; undefined
 * when no field line follows the numbered item (a numbered paragraph or list entry).
 * `stops(j)` marks lines that end any record (headings, table rows, group headings).
 */
export function readNumberedRecord(lines: Line[], i: number, stops: (j: number) => boolean): NumberedRecord | undefined {
  const head = numberedHead(lines[i].text);
  if (!head) return undefined;
  const record = newRecord();
  record.lines.push(lines[i]);
  if (head.prefixLength > 0) record.labels.push(spanOf(lines[i], lines[i].text.search(/\S/), head.prefixLength));
  const statement = [head.text];
  let j = i + 1;
  while (j < lines.length && j - i <= MAX_STATEMENT_LINES && !stops(j) && !numberedHead(lines[j].text) && !readLabelLine(lines[j].text)) {
    statement.push(lines[j].text.trim());
    j++;
  }
  if (j >= lines.length || stops(j) || !readLabelLine(lines[j].text)) return undefined;
  const joined = statement.reduce((text, line) => (endsSentence(text) ? `${text}\n${line}` : `${text} ${line}`));
  addField(record, 'number', '', head.number);
  addField(record, 'statement', '', joined);
  for (let k = i + 1; k < j; k++) record.lines.push(lines[k]);

  let last: { field: RecordField; label: string; value: string } | undefined;
  for (; j < lines.length && !stops(j) && !numberedHead(lines[j].text); j++) {
    const line = lines[j];
    const label = readLabelLine(line.text);
    if (!label) {
      if (!last || !goesOn(last.value, line.text)) break;
      continueField(record, last.field, last.label, line.text.trim(), 'words');
      last.value = line.text;
      record.lines.push(line);
      continue;
    }
    record.lines.push(line);
    const at = line.text.indexOf(label.label);
    record.labels.push(spanOf(line, at, label.labelEnd));
    if (label.meaning.kind === 'merged') {
      const [first, second] = splitMergedCells(label.value);
      if (first) addField(record, label.meaning.fields[0], label.label, first, line);
      if (second) addField(record, label.meaning.fields[1], label.label, second, line);
      last = { field: label.meaning.fields[1], label: label.label, value: label.value };
      continue;
    }
    addField(record, label.meaning.field, label.label, label.value, line);
    last = { field: label.meaning.field, label: label.label, value: label.value };
  }
  return { record, head, end: j };
}
