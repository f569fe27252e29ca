// A task, measure or evaluation record, whatever its layout printed it as (a two-column task
// table, a numbered item with "Responsible:" lines, a row of a measure table): the lines it
// spans, its fields by the label each value was printed under, text with no label, and where
// the labels are (structure, dropped as field labels).
import type { Line } from '../../types.js';
import { cleanCell, continueCell, isEmptyCell } from './strategy-cells.js';
import type { RecordField } from './strategy-labels.js';

export interface FieldPart {
  /** The label as printed ("Budget (EUR)", "Source of funding"). */
  label: string;
  /** The value as printed, tags still in. */
  value: string;
  /** The line the value starts on. */
  line?: Line;
}

export interface StrategyRecord {
  lines: Line[];
  parts: Partial<Record<RecordField, FieldPart[]>>;
  /** Text the record carries under no known label, kept so that nothing is lost. */
  extra: string[];
  /** Where the printed labels are. */
  labels: { start: number; end: number }[];
}

export function newRecord(): StrategyRecord {
  return { lines: [], parts: {}, extra: [], labels: [] };
}

export function addField(record: StrategyRecord, field: RecordField, label: string, value: string, line?: Line): void {
  (record.parts[field] ??= []).push({ label, value, ...(line ? { line } : {}) });
}

/** The lines that give the record's bodies (where "with the support of" may stand). */
export function bodyLines(record: StrategyRecord): Line[] {
  return [...(record.parts.responsible ?? []), ...(record.parts.cooperating ?? [])].flatMap((p) => (p.line ? [p.line] : []));
}

/** A value that went on in a row or line of its own (a page break, a wrapped cell). */
export function continueField(record: StrategyRecord, field: RecordField, label: string, rest: string, glue: 'paragraph' | 'words' = 'paragraph'): void {
  const parts = record.parts[field];
  const last = parts?.[parts.length - 1];
  if (!last) {
    addField(record, field, label, rest);
    return;
  }
  last.value = glue === 'words' ? joinWords(last.value, rest) : continueCell(last.value, rest);
}

/** Two pieces of one cell: a space unless the first ends a sentence and the second opens one. */
function joinWords(before: string, rest: string): string {
  const newSentence = /[.!?]$/.test(cleanCell(before)) && /^\p{Lu}/u.test(cleanCell(rest));
  return newSentence ? `${before}\n${rest}` : `${before} ${rest}`;
}

export function hasField(record: StrategyRecord, field: RecordField): boolean {
  return (record.parts[field]?.length ?? 0) > 0;
}

export function hasContent(record: StrategyRecord): boolean {
  return Object.keys(record.parts).length > 0 || record.extra.length > 0;
}

/** The raw value of a field, parts one per line (tags still in). */
export function rawField(record: StrategyRecord, field: RecordField): string | undefined {
  const parts = record.parts[field];
  return parts?.length ? parts.map((p) => p.value).join('\n') : undefined;
}

const plainLabel = (label: string) => label.replace(/<[^>]+>/g, '').replace(/[*:：]+/g, '').replace(/\s+/g, ' ').trim();
const QUALIFIED = /\((?!s\))[^)]+\)/i;

/**
 * The clean value of a field. When the record gives it under several labels ("Budget (EUR)"
 * and "Source of funding") or under a label with a qualifier ("Budget (EUR)"), each part keeps
 * its label, so that "12,000" does not lose its currency.
 */
export function fieldValue(record: StrategyRecord, field: RecordField): string | undefined {
  const parts = (record.parts[field] ?? []).filter((p) => !isEmptyCell(p.value));
  if (parts.length === 0) return undefined;
  const labels = new Set(parts.map((p) => plainLabel(p.label).toLowerCase()));
  if (labels.size > 1 || parts.some((p) => QUALIFIED.test(p.label))) {
    return parts.map((p) => `${plainLabel(p.label)}: ${cleanCell(p.value).replace(/\n/g, ' ')}`).join('\n');
  }
  return cleanCell(parts.map((p) => p.value).join('\n'));
}

/** Records that say how a task was fulfilled are evaluations; the others are tasks. */
export function isEvaluationRecord(record: StrategyRecord): boolean {
  return hasField(record, 'fulfilment') || hasField(record, 'overall') || hasField(record, 'indicatorFulfilment');
}
