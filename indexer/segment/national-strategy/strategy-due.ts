// A deadline as printed ("III quarter of 2002", "Beginning from 2002", "Permanently", "by the
// end of this year", "2016–2007") in the normal form of core/due.ts, which search sorts by
// ("2002-Q3", "from:2002", "permanent", "2016/2007"). "This year" is the document's year. A
// range that ends before it starts is kept as printed, with a problem named; a deadline in no
// known form has no normal form at all (never a guess).
import { endOfDue as endOf, startOfDue as startOf } from '../../../core/due.js';
import { phrases, VOCABULARY } from './strategy-labels.js';

export interface Due {
  due?: string;
  problem?: string;
}

const WORDS = VOCABULARY.deadlines;

const MONTH = new Map<string, number>();
WORDS.months.forEach((names, i) => names.forEach((n) => MONTH.set(n, i + 1)));
const ORDINAL = new Map<string, number>();
WORDS.ordinals.forEach((names, i) => names.forEach((n) => ORDINAL.set(n, i + 1)));

const M = `(${phrases([...MONTH.keys()])})\\.?`;
const O = `(${phrases([...ORDINAL.keys()])})`;
const Y = '((?:19|20)\\d\\d)';
const OF = '(?:\\s+(?:of|de|du|d\'))?\\s*';
/** Point dates, most specific first; each pattern's groups are read by its `read`. */
const POINTS: { re: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  { re: new RegExp(`^${Y}-(\\d\\d)-(\\d\\d)$`), read: (m) => date(m[1], m[2], m[3]) },
  { re: new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./]${Y}$`), read: (m) => date(m[3], m[2], m[1]) },
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|er)?\\s+${M}\\s+${Y}$`), read: (m) => date(m[3], String(MONTH.get(m[2])), m[1]) },
  { re: new RegExp(`^${M}\\s+(\\d{1,2}),?\\s+${Y}$`), read: (m) => date(m[3], String(MONTH.get(m[1])), m[2]) },
  { re: new RegExp(`^${M}${OF}${Y}$`), read: (m) => `${m[2]}-${pad(MONTH.get(m[1])!)}` },
  { re: new RegExp(`^${O}\\s*(?:${phrases(WORDS.quarter)})${OF}${Y}$`), read: (m) => `${m[2]}-Q${ORDINAL.get(m[1])}` },
  { re: new RegExp(`^[qt]([1-4])\\s*${Y}$`), read: (m) => `${m[2]}-Q${m[1]}` },
  { re: new RegExp(`^${Y}\\s*[-/]?\\s*[qt]([1-4])$`), read: (m) => `${m[1]}-Q${m[2]}` },
  { re: new RegExp(`^${O}\\s*(?:${phrases(WORDS.half)})${OF}${Y}$`), read: (m) => (ORDINAL.get(m[1])! <= 2 ? `${m[2]}-H${ORDINAL.get(m[1])}` : undefined) },
  { re: new RegExp(`^${Y}$`), read: (m) => m[1] },
];

function pad(n: number | string): string {
  return String(n).padStart(2, '0');
}

function date(year: string, month: string, day: string): string | undefined {
  const mm = Number(month);
  const dd = Number(day);
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 ? `${year}-${pad(mm)}-${pad(dd)}` : undefined;
}

const BEFORE = new RegExp(`^(?:(?:${phrases(WORDS.before)})\\s+|d'|l')+`);
const FROM = new RegExp(`^(?:${phrases(WORDS.from)})\\s+(?:(?:the|le|la|l'|de|du)\\s+)?`);
const THIS_YEAR = new RegExp(`^(?:(?:${phrases(WORDS.before)})\\s+|d'|l')*(?:${phrases(WORDS.thisYear)})$`);
const PERMANENT = new RegExp(`^(?:${phrases(WORDS.permanent)})$`);
const ANNUAL = new RegExp(`^(?:${phrases(WORDS.annual)})$`);
const THEN = new RegExp(`^(?:(?:${phrases(WORDS.thenWords)})\\s+)+`);
const RANGE = new RegExp(`^(.+?)\\s*(?:[–—-]|/|\\s(?:${phrases(WORDS.rangeWords)})\\s)\\s*(.+)$`);

type Part = { kind: 'date'; value: string } | { kind: 'range'; from: string; to: string } | { kind: 'from'; value: string } | { kind: 'permanent' } | { kind: 'annual' };

/** One point in time: a date, a month, a quarter, a half or a year, after words like "by the end of". */
function point(text: string, documentYear: number | undefined): string | undefined {
  const t = text.trim();
  if (THIS_YEAR.test(t)) return documentYear === undefined ? undefined : String(documentYear);
  const bare = t.replace(BEFORE, '');
  for (const p of POINTS) {
    const m = p.re.exec(bare);
    if (m) return p.read(m);
  }
  return undefined;
}

function part(raw: string, documentYear: number | undefined): Part | undefined {
  const text = raw.replace(THEN, '').trim();
  if (text === '') return undefined;
  if (PERMANENT.test(text)) return { kind: 'permanent' };
  if (ANNUAL.test(text)) return { kind: 'annual' };
  const single = point(text, documentYear);
  if (single) return { kind: 'date', value: single };
  const from = FROM.exec(text);
  if (from) {
    const value = point(text.slice(from[0].length), documentYear);
    if (value) return { kind: 'from', value };
  }
  const range = RANGE.exec(text.replace(FROM, ''));
  if (range) {
    const a = point(range[1], documentYear);
    // "2003–05": the second year printed short.
    const b = point(/^\d\d$/.test(range[2]) && a ? `${a.slice(0, 2)}${range[2]}` : range[2], documentYear);
    if (a && b) return { kind: 'range', from: a, to: b };
  }
  return undefined;
}

/**
 * The normal form of a printed deadline. A deadline in several parts ("2002–2004, annually",
 * "I quarter of 2003 (draft), IV quarter of 2003 (adoption)") is due by its latest date; an
 * open start or a recurrence counts only when no part is dated.
 */
export function normaliseDue(printed: string | undefined, documentYear: number | undefined): Due {
  if (!printed) return {};
  const text = printed.normalize('NFC').toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  // Whole first ("March 3, 2004" is one date), else part by part.
  const whole = part(text.replace(/[,;]/g, ' '), documentYear);
  const parts = whole ? [whole] : text.split(/\s*[,;\n]\s*|\s+(?:and|et|then|puis)\s+/).map((p) => part(p, documentYear));
  const all = parts.filter((p): p is Part => p !== undefined);
  if (all.length === 0) return {};
  const dated = all.filter((p) => p.kind === 'date' || p.kind === 'range');
  if (dated.length) {
    const latest = dated.reduce((best, p) => (endOfPart(p) > endOfPart(best) ? p : best));
    if (latest.kind === 'date') return { due: latest.value };
    const due = `${latest.from}/${latest.to}`;
    return endOf(latest.to) < startOf(latest.from) ? { due, problem: 'range ends before it starts' } : { due };
  }
  const from = all.find((p) => p.kind === 'from');
  if (from?.kind === 'from') return { due: `from:${from.value}` };
  return { due: all.some((p) => p.kind === 'permanent') ? 'permanent' : 'annual' };
}

function endOfPart(p: Part): number {
  if (p.kind === 'date') return endOf(p.value);
  // A misprinted range ("2016–2007") is as late as its later end.
  if (p.kind === 'range') return Math.max(endOf(p.to), endOf(p.from));
  return -Infinity;
}

/** Whether a piece of text is a deadline and nothing else ("III quarter of 2002", "permanently"). */
export function isDeadline(text: string): boolean {
  // Any year will do to recognise "by the end of this year" as a deadline.
  return !/[,;]/.test(text) && normaliseDue(text, RECOGNITION_YEAR).due !== undefined;
}

const RECOGNITION_YEAR = 2000;
