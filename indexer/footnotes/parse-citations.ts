// What a note cites: recommendation ids of the implementation report ("Recommendation II-6",
// "Recommendations III-3 and III-7", "Recommendations V-4, V-7, V-12, V-15", "Recommandations
// VI-1 et VI-2", "Recs. II-6, II-8", "R II-6") and its paragraphs ("Para. 73", "Paras. 71, 73", "Para.271", "Paras. 71-73",
// "paragraph 6", "Par. 12", "Paragraphes 21 à 23", "§ 26"), in English and French; and other
// documents by their symbol, with the numbers printed after it (cited-documents.ts).
import type { Refs } from '../../core/schema.js';
import { citedDocuments } from './cited-documents.js';

/** "Recommendation(s)", "Recommandation(s)", "Rec." / "Recs." and the report's own label "R II-6" before an id. */
const RECOMMENDATION_WORD = /\brecomm[ae]ndations?\b|\brecs?\.?\s*[IVXL]{1,5}\s?[-–]\s?\d|\bR\s+[IVXL]{1,5}\s?[-–]\s?\d/i;
const RECOMMENDATION_ID = /\b([IVXL]{1,5})\s?[-–]\s?(\d{1,3})\b/g;
/**
 * "par." needs its full stop: the French preposition "par" is no citation; "§" right after
 * a number is a paragraph of that article ("Article 17§2"), not of the report.
 */
const PARAGRAPHS = /(?:\bparas?\.?|\bpar\.|\bparagraph(?:es?|s)?\b|(?<!\d\s?)§§?)\s*(\d{1,4}(?:\s*(?:,|\band\b|\bet\b|&|[-–]|à(?=\s)|\bto\b)\s*\d{1,4})*)/gi;
const IBID = /^\s*ibid\b\.?/i;
/** A printed range longer than this is more likely a misprint than a citation of every paragraph. */
const MAX_RANGE = 30;

export function isIbid(noteText: string): boolean {
  return IBID.test(noteText);
}

export function parseCitations(noteText: string): Refs {
  const { documents, rest } = citedDocuments(noteText);
  const recommendations: string[] = [];
  if (RECOMMENDATION_WORD.test(rest)) {
    for (const m of rest.matchAll(RECOMMENDATION_ID)) recommendations.push(`${m[1]}-${Number(m[2])}`);
  }
  const paragraphs: number[] = [];
  for (const m of rest.matchAll(PARAGRAPHS)) paragraphs.push(...parseNumberList(m[1]));
  return { recommendations: unique(recommendations), paragraphs: unique(paragraphs), ...(documents.length ? { documents } : {}) };
}

function parseNumberList(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/\s*(?:,|\band\b|\bet\b|&)\s*/)) {
    const range = /^(\d+)\s*(?:[-–]|à|to)\s*(\d+)$/.exec(part.trim());
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b >= a && b - a <= MAX_RANGE) for (let n = a; n <= b; n++) out.push(n);
      else out.push(a, b);
    } else if (/^\d+$/.test(part.trim())) out.push(Number(part.trim()));
  }
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function isEmptyRefs(r: Refs): boolean {
  return r.recommendations.length === 0 && r.paragraphs.length === 0 && !r.documents?.length;
}
