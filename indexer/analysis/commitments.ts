// Commitments found in replies: sentences in which the state promises future action with
// a date ("will be introduced in 2026", "From July 1, 2026, … will be extended", "entrera en
// vigueur le 1er janvier 2027"). Each becomes a `commitment` item under the reply it comes
// from, with its deadline and the bodies that act, read by the shapes institutions' names take
// in the series vocabulary ("Ministry of …", "… Inspectorate", "Ministère de …"), not by a list
// of one country's institutions.
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import type { Item } from '../../core/schema.js';
import { national } from '../series/national.js';
import { splitBodies } from '../segment/national-strategy/strategy-bodies.js';

/** Abbreviations of English and French prose that end in a dot without ending a sentence. */
const ABBREVIATIONS = ['Para.', 'Paras.', 'Art.', 'Arts.', 'No.', 'Nos.', 'e.g.', 'i.e.', 'Ibid.', 'etc.', 'Dr.', 'Mr.', 'Ms.', 'Mrs.', 'Prof.', 'Sec.', 'cf.', 'vs.', 'pp.', 'Vol.', 'approx.', 'al.'];
const REPLY_TYPES = new Set(['response', 'answer']);
const FUTURE = new RegExp(
  [
    String.raw`\b(?:will(?! not)|shall|is (?:to be|planned|expected|scheduled)|are (?:to be|planned|expected|scheduled)|plans? to|intends? to|should be (?:possible|prepared|adopted|introduced|completed|launched)|is being prepared|are being prepared)\b`,
    String.raw`\b(?:sera|seront|entrera|entreront|devra|devront|prévoit de|prévoient de|est prévue?s?|sont prévue?s?|va|vont)\b`,
  ].join('|'),
  'i',
);
const MONTHS = ['January|janvier', 'February|février', 'March|mars', 'April|avril', 'May|mai', 'June|juin', 'July|juillet', 'August|août', 'September|septembre', 'October|octobre', 'November|novembre', 'December|décembre'];
const MONTH = MONTHS.join('|');
const DATE = new RegExp(`(?<![\\p{L}\\d])(?:(${MONTH})\\s+(\\d{1,2}),?\\s+(20\\d\\d)|(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\s+(20\\d\\d)|(?:(${MONTH})\\s+)?(20\\d\\d))(?![\\p{L}\\d])`, 'giu');

const INSTITUTIONS = national.strategy!.institutions;
const capitalised = (stem: string) => `${stem[0].toUpperCase()}${stem.slice(1)}\\p{L}*`;
const lowerCase = (stem: string) => `${stem}\\p{L}*`;
const heads = INSTITUTIONS.heads.filter((h) => h.length > 3);
const NAME = String.raw`[\p{Lu}][\p{L}'’-]*`;
/** What an institution is "of": "of Labour and Social Affairs", "under the Ministry of the Interior", "de la Justice". */
const OF = String.raw`\s+(?:of|for|on|under|to|at|de|du|des|de\s+la|de\s+l['’]|auprès\s+du)\s*(?:the\s+)?${NAME}(?:\s+(?:and|of|for|the|on|et|de|du|des|la|l['’])\s*(?:the\s+)?${NAME}|\s+${NAME})*`;
/** One body: a few capitalised words and a head noun ("State Labour Inspection Office"), or a head in lower case with what it is of ("le ministère de la Justice"). */
const BODY = String.raw`(?:(?:${NAME}\s+){0,4}(?:${heads.map(capitalised).join('|')})(?:${OF})?|(?:${heads.map(lowerCase).join('|')})${OF})`;
/** The bodies that act: one or more, joined by commas or "and". */
const ACTOR = new RegExp(String.raw`(?<![\p{L}])(${BODY}(?:(?:\s*,\s*|\s+(?:and|et)\s+)(?:the\s+|[Tt]he\s+|l[ae]\s+)?${BODY})*)`, 'u');
const ARTICLE = new RegExp(`^(?:${INSTITUTIONS.articles.join('|')})\\s*`, 'i');

export interface FoundCommitment {
  sentence: string;
  deadline: string;
  responsible?: string[];
}

function monthNumber(name: string): string {
  return String(MONTHS.findIndex((m) => m.toLowerCase().split('|').includes(name.toLowerCase())) + 1).padStart(2, '0');
}

/** The latest date printed in the sentence not before the document's own year. */
export function deadlineOf(sentence: string, documentYear: number | undefined): string | undefined {
  const dates: string[] = [];
  for (const m of sentence.matchAll(DATE)) {
    if (m[3]) dates.push(`${m[3]}-${monthNumber(m[1])}-${m[2].padStart(2, '0')}`);
    else if (m[6]) dates.push(`${m[6]}-${monthNumber(m[5])}-${m[4].padStart(2, '0')}`);
    else if (m[8]) dates.push(m[7] ? `${m[8]}-${monthNumber(m[7])}` : m[8]);
  }
  const future = dates.filter((d) => Number(d.slice(0, 4)) >= (documentYear ?? -Infinity)).sort();
  return future[future.length - 1];
}

// One tokenizer for every reply: it compiles its abbreviation pattern when built.
const tokenizer = new SentenceTokenizer(ABBREVIATIONS);

/**
 * Sentences of a reply. A dot followed by a lower-case word, a digit or a comma ends no
 * sentence ("Act No. 40/2009 Coll., Criminal Code", "Law Nr. 5 of 2019"), whatever the
 * abbreviation a country's citations use.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const sentence of tokenizer.tokenize(text)) {
    const last = out.length - 1;
    if (last >= 0 && /^[\p{Ll}\d,;:)\]]/u.test(sentence)) out[last] = `${out[last]}${/^[,;:)\]]/.test(sentence) ? '' : ' '}${sentence}`;
    else out.push(sentence);
  }
  return out;
}

/**
 * The bodies that act in a sentence, as a list ("the Ministry of Labour and Social Affairs and
 * the State Labour Inspection Office will …"): the institution named last before the promise's
 * verb (its subject), else the first named after it.
 */
export function actorsOf(sentence: string): string[] | undefined {
  const verbAt = FUTURE.exec(sentence)?.index ?? sentence.length;
  const names = [...sentence.matchAll(new RegExp(ACTOR.source, 'gu'))];
  const match = names.filter((m) => m.index < verbAt).pop() ?? names[0];
  const name = match?.[1]?.replace(/[,\s]+$/, '');
  if (!name) return undefined;
  const bodies = splitBodies(name).bodies.map((b) => b.replace(ARTICLE, ''));
  return bodies.length ? bodies : undefined;
}

export function findCommitments(text: string, documentYear: number | undefined): FoundCommitment[] {
  const out: FoundCommitment[] = [];
  for (const sentence of sentencesOf(text)) {
    if (!FUTURE.test(sentence)) continue;
    const deadline = deadlineOf(sentence, documentYear);
    if (!deadline) continue;
    const responsible = actorsOf(sentence);
    out.push({ sentence: sentence.trim(), deadline, ...(responsible ? { responsible } : {}) });
  }
  return out;
}

export function extractCommitmentItems(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    if (!REPLY_TYPES.has(item.type)) continue;
    findCommitments(item.text, item.year).forEach((c, k) => {
      out.push({
        id: `${item.id}/commitment/${k + 1}`,
        document: item.document,
        type: 'commitment',
        text: c.sentence,
        parentId: item.id,
        ...(item.respondsTo ? { respondsTo: item.respondsTo } : {}),
        ...(item.section ? { section: item.section } : {}),
        body: item.body,
        year: item.year,
        ...(item.round ? { round: item.round } : {}),
        ...(item.country ? { country: item.country } : {}),
        themes: item.themes,
        commitment: true,
        // The date read off the sentence is already in the normal form search sorts by.
        deadline: c.deadline,
        due: c.deadline,
        ...(c.responsible ? { responsible: c.responsible } : {}),
        // The sentence lies within its reply; the reply's span is where to cite it.
        span: item.span,
      });
    });
  }
  return out;
}
