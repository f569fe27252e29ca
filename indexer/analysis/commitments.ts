// Commitments found in replies: sentences in which the state promises future action with
// a date ("will be introduced in 2026", "From July 1, 2026, … will be extended"). Each
// becomes a `commitment` item under the reply it comes from, with its deadline.
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import type { Item } from '../../core/schema.js';

/** Abbreviations of this corpus that end in a dot without ending a sentence. */
const ABBREVIATIONS = ['Para.', 'Paras.', 'Art.', 'No.', 'e.g.', 'i.e.', 'Ibid.', 'Coll.', 'Sb.', 'etc.', 'Dr.', 'Mr.', 'Ms.', 'Sec.', 'cf.'];
const REPLY_TYPES = new Set(['response', 'answer']);
const FUTURE = /\b(?:will(?! not)|shall|is (?:to be|planned|expected|scheduled)|are (?:to be|planned|expected|scheduled)|plans? to|intends? to|should be (?:possible|prepared|adopted|introduced|completed|launched)|is being prepared|are being prepared)\b/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(`\\b(?:(${MONTHS})\\s+(\\d{1,2}),?\\s+(20\\d\\d)|(\\d{1,2})\\s+(${MONTHS})\\s+(20\\d\\d)|(?:(${MONTHS})\\s+)?(20\\d\\d))\\b`, 'g');
const MINISTRY = /\b(?:the\s+)?((?:Ministry|Office|Police|Government|Probation and Mediation Service|Labour Office|State Labour Inspection Office)(?: of(?: the)?)?(?: [A-Z][\w,]*(?: (?:and|of|the|for) [A-Z][\w]*)*)*)/;

export interface FoundCommitment {
  sentence: string;
  deadline: string;
  responsible?: string;
}

function monthNumber(name: string): string {
  return String(MONTHS.split('|').indexOf(name) + 1).padStart(2, '0');
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
const sentences = new SentenceTokenizer(ABBREVIATIONS);

export function findCommitments(text: string, documentYear: number | undefined): FoundCommitment[] {
  const out: FoundCommitment[] = [];
  for (const sentence of sentences.tokenize(text)) {
    if (!FUTURE.test(sentence)) continue;
    const deadline = deadlineOf(sentence, documentYear);
    if (!deadline) continue;
    const responsible = MINISTRY.exec(sentence)?.[1]?.replace(/[,\s]+$/, '');
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
        deadline: c.deadline,
        ...(c.responsible ? { responsible: [c.responsible] } : {}),
        // The sentence lies within its reply; the reply's span is where to cite it.
        span: item.span,
      });
    });
  }
  return out;
}
