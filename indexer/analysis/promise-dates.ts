// The dates a promise in a reply gives itself, as printed and in the normal form of
// core/due.ts: "on January 1, 2026" → 2026-01-01, "in the second quarter of 2020" → 2020-Q2,
// "by the end of this year" → the document's year, "next year" → the year after, "In December"
// → that month of the document's year, "within a five-year timeframe" → five years on, "every
// year" → annual. A range that ends before it starts ("2021–2019") keeps its printed form and
// is flagged. Years inside citations ("Act No. 45/2013", "Directive 2011/36/EU", "CP(2025)07")
// are no dates. The date a promise is due by is the one a "by / until / before" phrase gives,
// else the latest one not in the past.
import { endOfDue } from '../../core/due.js';
import { national } from '../series/national.js';
import { normaliseDue } from '../segment/national-strategy/strategy-due.js';

const WORDS = national.strategy!.deadlines;

/** Full month names only ("jan", "sept" are table shorthand): English first in each group, then French. */
const MONTH_GROUPS = WORDS.months.map((names) => names.filter((n) => !names.some((o) => o !== n && o.startsWith(n))));
const ENGLISH_MONTHS = new Set(MONTH_GROUPS.map((names) => names[0]));
const MONTH_NUMBER = new Map(MONTH_GROUPS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+').replace(/'/g, "['’]")).join('|');
const MONTH = `(?:${alternation([...MONTH_NUMBER.keys()])})`;

const YEAR = '(?:19|20)\\d\\d';
const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th|I|II|III|IV|premier|première|deuxième|second|troisième|quatrième|1er|1re|2e|3e|4e)';
const SEASON = '(?:spring|summer|autumn|fall|winter|printemps|été|automne|hiver)';
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const NUMBER = `(?:${Object.keys(COUNT).filter((w) => w.length > 2).join('|')}|\\d{1,2})`;

const THIS_YEAR = `(?:this|the\\s+current)\\s+year|cette\\s+année|l['’]année\\s+en\\s+cours`;
const NEXT_YEAR = `(?:next|the\\s+next|the\\s+following|the\\s+coming)\\s+year|l['’]année\\s+prochaine|l['’]an\\s+prochain`;
/** "the year" and "l'année" name the current year only after "the end of", "la fin de". */
const THE_YEAR = `(?<=(?:end|course|beginning|start|middle)\\s+of\\s+|fin\\s+de\\s+|début\\s+de\\s+)(?:the\\s+year|l['’]année)`;
const DURATION = `(?:a\\s+|the\\s+(?:next|coming|following)\\s+)?${NUMBER}[-\\s]years?(?:['’]\\s+time|\\s+(?:timeframe|time-frame|time\\s+frame|period))?`;
const RECURRING = `every\\s+(?:school\\s+)?year|each\\s+year|annually|yearly|chaque\\s+année|tous\\s+les\\s+ans`;

/** The date itself, most specific first. */
const CORE = [
  `\\d{1,2}(?:st|nd|rd|th|er)?\\s+${MONTH}\\s+${YEAR}`,
  `${MONTH}\\s+\\d{1,2},?\\s+${YEAR}`,
  `\\d{1,2}[./]\\d{1,2}[./]${YEAR}`,
  `(?:the\\s+)?${ORDINAL}\\s+(?:quarter|half|trimestre|semestre)(?:\\s+of|\\s+de|\\s+d['’])?\\s*${YEAR}`,
  `[QT][1-4]\\s+${YEAR}`,
  `${SEASON}(?:\\s+of|\\s+de)?\\s+${YEAR}`,
  `${MONTH}(?:\\s+of)?\\s+${YEAR}`,
  `${YEAR}\\s*[–—-]\\s*(?:${YEAR}|\\d\\d)(?!\\d)`,
  YEAR,
  THIS_YEAR, NEXT_YEAR, THE_YEAR, RECURRING,
  // Only after a lead word ("In December", "within two years"): checked where they are read.
  DURATION,
  MONTH,
].join('|');

/** Words that date the whole phrase without being the date ("the end of", "early", "la fin de"). */
const MODIFIER = `(?:(?:the\\s+)?(?:end|beginning|start|middle|course|turn)\\s+of\\s+|early\\s+|late\\s+|mid-?\\s*|(?:la\\s+)?fin\\s+(?:de\\s+|d['’]|du\\s+)?|début\\s+(?:de\\s+|d['’])?|courant\\s+(?:de\\s+|d['’])?|mi-)`;
/** Words that say by when ("by", "within", "until", "avant"): such a phrase is the promise's deadline. */
const BEFORE_LEADS = ['by', 'within', 'until', 'till', 'before', 'no later than', 'not later than', 'at the latest by', "d'ici", "d'ici à", "d'ici la", "d'ici le", 'avant', 'avant le', 'avant la', 'au plus tard', 'au plus tard le', 'au plus tard en', "jusqu'à", "jusqu'au", "jusqu'en"];
const OTHER_LEADS = [
  'from', 'starting', 'starting in', 'starting from', 'starting on', 'beginning', 'beginning in', 'beginning from', 'as of', 'as from', 'with effect from',
  'in', 'on', 'during', 'around', 'about', 'for', 'over', 'à partir de', 'à partir du', 'à compter de', 'à compter du', 'dès', 'dès le', 'en', 'le', 'pour', 'courant',
];
const LEAD = `(${alternation([...BEFORE_LEADS, ...OTHER_LEADS])})`;
const DURATION_LEAD = new RegExp(`^(?:${alternation([...BEFORE_LEADS, 'in', 'over', 'en', "d'ici"])})$`, 'i');
const BEFORE = new RegExp(`^(?:${alternation(BEFORE_LEADS)})$`, 'i');

const PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-–])(?:${LEAD}\\s+)?(${MODIFIER})?(${CORE})(?![\\p{L}\\p{N}/]|-\\p{L}|\\)\\p{N}|[.,]\\d)`,
  'giu',
);

export interface DatePhrase {
  /** As printed: "by the end of this year", "From July 1, 2026". */
  text: string;
  index: number;
  /** The normal form (core/due.ts), when the phrase has one. */
  due?: string;
  dueProblem?: string;
  /** "by", "until", "before": the phrase says by when. */
  isDeadline: boolean;
  /** Last day it covers (YYYYMMDD) for comparing; Infinity for a recurrence. */
  end: number;
}

const word = (text: string) => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** The normal form of a date without its lead and modifier words. */
function dueOfCore(core: string, documentYear: number | undefined): { due?: string; problem?: string } {
  const text = word(core);
  const relative = (offset: number) => (documentYear === undefined ? {} : { due: String(documentYear + offset) });
  if (new RegExp(`^(?:${THIS_YEAR}|the year|l'année)$`, 'i').test(text)) return relative(0);
  if (new RegExp(`^(?:${NEXT_YEAR})$`, 'i').test(text)) return relative(1);
  if (new RegExp(`^(?:${RECURRING})$`, 'i').test(text)) return { due: 'annual' };
  const duration = new RegExp(`^${DURATION}$`, 'i').test(text) ? new RegExp(`\\b${NUMBER}\\b`, 'i').exec(text) : null;
  if (duration) return relative(COUNT[duration[0].toLowerCase()] ?? Number(duration[0]));
  const season = new RegExp(`^${SEASON}(?:\\s+of|\\s+de)?\\s+(${YEAR})$`, 'i').exec(text);
  if (season) return { due: season[1] };
  const month = MONTH_NUMBER.get(text);
  if (month !== undefined) return documentYear === undefined ? {} : { due: `${documentYear}-${String(month).padStart(2, '0')}` };
  const { due, problem } = normaliseDue(text.replace(/^the\s+/, ''), documentYear);
  return { due, problem };
}

function endOf(due: string | undefined): number {
  if (due === undefined) return -Infinity;
  if (due === 'annual') return Infinity;
  return Math.max(...due.split('/').map((part) => endOfDue(part)).filter((n) => !Number.isNaN(n)), -Infinity);
}

/** Every date phrase of a sentence, in order. */
export function datePhrases(sentence: string, documentYear: number | undefined): DatePhrase[] {
  const out: DatePhrase[] = [];
  for (const m of sentence.matchAll(PHRASE)) {
    const [text, lead, , core] = m;
    const bare = word(core);
    // A month or a length of time on its own is a date only after a lead word ("In December", "within two years").
    const needsLead = MONTH_NUMBER.has(bare) || new RegExp(`^${DURATION}$`, 'i').test(bare);
    if (needsLead && !lead) continue;
    // A length of time dates a promise only as the time it is due in ("within two years", "in three years' time"), not as how long something lasts ("for one year").
    if (new RegExp(`^${DURATION}$`, 'i').test(bare) && !DURATION_LEAD.test(word(lead ?? ''))) continue;
    // English month names are capitalised: "may" is a verb.
    const englishMonth = [...ENGLISH_MONTHS].find((name) => new RegExp(`\\b${name}\\b`, 'i').test(core));
    if (englishMonth && !new RegExp(`\\b${englishMonth[0].toUpperCase()}${englishMonth.slice(1)}\\b`).test(core)) continue;
    const { due, problem } = dueOfCore(core, documentYear);
    out.push({
      text: text.trim(), index: m.index, due, ...(problem ? { dueProblem: problem } : {}),
      isDeadline: lead !== undefined && BEFORE.test(word(lead)), end: endOf(due),
    });
  }
  return out;
}

/** Whether a phrase dates something still to come (relative dates and recurrences always do). */
function notPast(phrase: DatePhrase, documentYear: number | undefined): boolean {
  return documentYear === undefined || phrase.end === Infinity || phrase.end >= documentYear * 10000 + 101;
}

/**
 * The date a promise is due by: among the phrases not in the past, the latest "by / until /
 * before" one, else the latest dated one, else a recurrence.
 */
export function promiseDate(phrases: readonly DatePhrase[], documentYear: number | undefined): DatePhrase | undefined {
  const coming = phrases.filter((p) => p.due !== undefined && notPast(p, documentYear));
  const latest = (list: DatePhrase[]) => list.reduce<DatePhrase | undefined>((best, p) => (best === undefined || p.end > best.end ? p : best), undefined);
  const dated = coming.filter((p) => p.end !== Infinity);
  return latest(dated.filter((p) => p.isDeadline)) ?? latest(dated) ?? coming[0];
}
