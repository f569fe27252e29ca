// How people write references in a search box, as data: each form says what it cites and
// the pattern that recognises it. The recogniser (citations.ts) is generic over this table;
// a new way of citing is a new row. Patterns are matched case-insensitively on the query.
import type { CitationKind } from './types.js';

export interface CitationForm {
  kind: CitationKind;
  /** Group 1 (and, for numbered forms, group 2) capture what is cited. */
  pattern: string;
  /** The match is no citation when the text before it ends like this. */
  notAfter?: string;
  note: string;
}

/** Item types a "question 9.2" or "task 4.3" stands for; the first type is the one named. */
export const NUMBERED_TYPES: Record<string, readonly string[]> = {
  question: ['question', 'answer'],
  questions: ['question', 'answer'],
  q: ['question', 'answer'],
  answer: ['answer', 'question'],
  task: ['task', 'evaluation'],
  tasks: ['task', 'evaluation'],
  goal: ['goal', 'answer'],
  target: ['goal', 'answer'],
  objective: ['goal'],
  reply: ['response'],
  evaluation: ['evaluation'],
};

/** A recommendation named by number is the recommendation and the reply to it. */
export const RECOMMENDATION_TYPES: readonly string[] = ['recommendation', 'response'];

const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3})*(?:\.[a-z])?`;
const CHAPTER_NUMBER = String.raw`[ivxl]{1,5}-\d{1,3}`;
const END = String.raw`(?![\w/-]|\.\d)`;

export const CITATION_FORMS: readonly CitationForm[] = [
  {
    kind: 'symbol',
    pattern: String.raw`\b((?:[a-z]{1,6}/)?[a-z][a-z]{0,5}\s?\(\d{4}\)\s?\d{1,3})${END}`,
    note: 'Council of Europe document symbols: CP/Rec(2024)10, CM/Rec (2022)21, CP(2025)07',
  },
  {
    kind: 'paragraph',
    pattern: String.raw`(?:\bparagraphs?|\bparas?\.?|¶|§§?)\s*(\d{1,4})${END}`,
    // "Article 12, paragraph 1" is a paragraph of a treaty article, not of a report.
    notAfter: String.raw`\b(?:article|art\.?)\s*\d+[a-z]?(?:\(\d+\))*,?\s*$`,
    note: 'paragraph 104, para 104, Para. 104, ¶104, § 104',
  },
  {
    kind: 'recommendation',
    pattern: String.raw`\b(?:recommendations?|recs?\.?)\s*(${CHAPTER_NUMBER}|${NUMBER})${END}`,
    note: 'Recommendation III-25, Rec III-25, Rec. 7.2',
  },
  {
    kind: 'recommendation',
    pattern: String.raw`(?<![\w/-])(${CHAPTER_NUMBER})${END}`,
    note: 'a chapter-numbered recommendation typed alone: III-25',
  },
  {
    kind: 'numbered',
    pattern: String.raw`\b(${Object.keys(NUMBERED_TYPES).join('|')})\.?\s*(${NUMBER})${END}`,
    note: 'question 9.2, task 4.3, goal 1.1',
  },
  {
    kind: 'numbered',
    pattern: String.raw`(?<![\w/.-])(\d{1,3}(?:\.\d{1,3})+(?:\.[a-z])?)${END}`,
    note: 'a dotted item number typed alone: 6.1, 9.1.a',
  },
];
