// Printed field labels → record fields, by the words of the series vocabulary rather than a
// list of one document's spellings: "Responsible institution(s)", "Implementing body", "Lead
// agency", "Pilote" and "Responsabilité" all carry a key of the responsible field; the other
// words a label may carry ("institution", "of the", "task") are fillers. A label with a word
// that is neither is no label: "Responsible authorities must report" is a sentence.
import { national } from '../../series/national.js';
import type { RecordField } from '../../series/strategy-vocabulary.js';

export type { RecordField };

/** What a label means: a field, two fields in a merged cell, or a group heading inside the table. */
export type LabelMeaning =
  | { kind: 'field'; field: RecordField }
  | { kind: 'merged'; fields: [RecordField, RecordField] }
  | { kind: 'group'; startsRecord: boolean };

export const VOCABULARY = national.strategy!;

/** Longer than this, a row's first cell or a line's opening words are text, not a label. */
const MAX_LABEL_WORDS = 10;

/** Words of a label: lower case, markup and bracketed qualifiers ("(s)", "(EUR)") dropped. */
export function labelWords(label: string): string[] {
  return label
    .replace(/<[^>]+>/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}\p{N}°]+/u)
    .filter(Boolean);
}

/** A stem matches a word it opens; stems of three letters or fewer match whole words only. */
export function stemMatches(stem: string, word: string): boolean {
  return stem.length <= 3 ? word === stem : word.startsWith(stem);
}

const splitKey = (key: string) => key.split(/[\s'’-]+/).filter(Boolean);
const RULES = VOCABULARY.fieldLabels.map((r) => ({ field: r.field, keys: r.keys.map(splitKey) }));
const FILLERS = VOCABULARY.labelFillers;
const GROUPS = new Map(VOCABULARY.groupLabels.map((g) => [g.label, g.startsRecord]));

function keyAt(words: string[], at: number, key: string[]): boolean {
  return key.every((stem, k) => at + k < words.length && stemMatches(stem, words[at + k]));
}

/**
 * A regular-expression alternation of the vocabulary's phrases: longest first (so "beginning
 * from" wins over "beginning"), spaces as any run of whitespace, either apostrophe.
 */
export function phrases(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+'))
    .join('|');
}

export function normaliseLabel(label: string): string {
  return labelWords(label).join(' ');
}

export function meaningOfLabel(label: string): LabelMeaning | undefined {
  const words = labelWords(label);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return undefined;
  const group = GROUPS.get(words.join(' '));
  if (group !== undefined) return { kind: 'group', startsRecord: group };
  const covered = new Array<boolean>(words.length).fill(false);
  const found: { field: RecordField; at: number }[] = [];
  for (const rule of RULES) {
    let first = -1;
    for (let at = 0; at < words.length; at++) {
      for (const key of rule.keys) {
        if (!keyAt(words, at, key)) continue;
        covered.fill(true, at, at + key.length);
        if (first < 0) first = at;
      }
    }
    if (first >= 0) found.push({ field: rule.field, at: first });
  }
  const unknown = words.some((w, i) => !covered[i] && !FILLERS.some((f) => stemMatches(f, w)));
  if (unknown || found.length === 0) return undefined;
  const responsible = found.find((f) => f.field === 'responsible');
  const cooperating = found.find((f) => f.field === 'cooperating');
  if (responsible && cooperating) {
    const [a, b] = responsible.at < cooperating.at ? [responsible, cooperating] : [cooperating, responsible];
    return { kind: 'merged', fields: [a.field, b.field] };
  }
  // A record word alone ("Measure") is the task as printed; beside another key it only qualifies it.
  const winner = found.find((f) => f.field !== 'statement') ?? found[0];
  return { kind: 'field', field: winner.field };
}

/** The field a label names, when it names exactly one. */
export function fieldOfLabel(label: string): RecordField | undefined {
  const meaning = meaningOfLabel(label);
  return meaning?.kind === 'field' ? meaning.field : undefined;
}

export interface LabelLine {
  /** The label as printed and where it ends in the line (after its separator). */
  label: string;
  labelEnd: number;
  meaning: Exclude<LabelMeaning, { kind: 'group' }>;
  value: string;
}

/** Fields a line may name without a separator ("Responsible Ministry of …, 2003"). */
const BARE_FIELDS: ReadonlySet<RecordField> = new Set(['responsible', 'cooperating', 'deadline']);
const SEPARATED = /^\s*([^:：\t]{1,60}?)\s*(?:[:：]|\t|\s[–—-]\s)\s*(.*)$/u;

/**
 * A line that gives one field of the record above it: "Responsible: Ministry of …",
 * "Délai : fin 2012", "Partners – NGOs", or the bare "Responsible Ministry of …, 2003".
 */
export function readLabelLine(text: string): LabelLine | undefined {
  const m = SEPARATED.exec(text);
  if (m) {
    const meaning = meaningOfLabel(m[1]);
    if (meaning && meaning.kind !== 'group') return { label: m[1], labelEnd: text.length - m[2].length, meaning, value: m[2].trim() };
  }
  // The shortest label that leaves a name or a date: "Responsible Ministry of …" is "Responsible".
  const words = text.trim().split(/\s+/);
  for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
    const label = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    const meaning = meaningOfLabel(label);
    if (meaning?.kind !== 'field' || !BARE_FIELDS.has(meaning.field) || !/^[\p{Lu}\d]/u.test(rest)) continue;
    const labelEnd = text.indexOf(label) + label.length;
    return { label, labelEnd, meaning, value: rest };
  }
  return undefined;
}
