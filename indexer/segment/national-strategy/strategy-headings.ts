// How a strategy document prints its structure: headings in capitals ("TASKS",
// "1. COMBATING CHILD TRAFFICKING"), sometimes bold and wrapped over several lines, chapters
// numbered in Roman numerals in any case ("II. Measures"),
// annex labels ("ANNEX 1", "Annexe") followed by the annex title, and headings the table of
// contents lists in another case ("List of used abbreviations"). The words are the series'.
import { labelWords, stemMatches, VOCABULARY } from './strategy-labels.js';

/** Below this many letters a capitalised line is an abbreviation or a cell, not a heading. */
const MIN_HEADING_LETTERS = 4;
const MAX_HEADING_LENGTH = 250;
/** Share of capitals among the letters of a heading (a few lower-case letters occur: "vis-à-vis"). */
const MIN_CAPITALS_SHARE = 0.85;

/** Heading text without the bold markup and surrounding spaces. */
export function plainHeading(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

export function isCapsLine(text: string): boolean {
  if (text.includes('\t')) return false;
  const plain = plainHeading(text);
  if (plain.length > MAX_HEADING_LENGTH) return false;
  const letters = plain.replace(/[^\p{L}]/gu, '');
  if (letters.length < MIN_HEADING_LETTERS) return false;
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  return capitals / letters.length >= MIN_CAPITALS_SHARE;
}

/** "II. Measures", "IV. Monitoring and evaluation": a chapter numbered in Roman numerals, in any case. */
const ROMAN_CHAPTER = /^[IVXLC]{1,6}\.\s+\p{Lu}[^\t]{0,120}$/u;

/** A chapter heading numbered in Roman numerals: short, and no sentence (it ends in no full stop, colon or semicolon). */
export function isRomanChapter(text: string): boolean {
  const plain = plainHeading(text);
  return ROMAN_CHAPTER.test(plain) && !/[.;:,]$/.test(plain);
}

const ANNEX = new RegExp(`^(?:${VOCABULARY.annexWords.join('|')})(?:\\s+(?:\\d+|[IVXLC]+|[A-Z]))?\\.?$`, 'i');

/** "ANNEX 1", "Annex II", "APPENDIX 3", "Annexe": a label whose title follows on the next heading. */
export function isAnnexLabel(text: string): boolean {
  return ANNEX.test(plainHeading(text));
}

/** Whether a text has a word of the goal vocabulary ("goal", "objectives", "objectif"). */
export function hasGoalWord(text: string): boolean {
  return labelWords(text).some((w) => VOCABULARY.goalWords.some((g) => stemMatches(g, w)));
}

/** "1. COMBATING CHILD TRAFFICKING" → number "1" and the title as printed. */
export function numberedHeading(text: string): { number: string; title: string } | undefined {
  const m = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/.exec(plainHeading(text));
  return m ? { number: m[1], title: m[2] } : undefined;
}

/** A heading whose section holds the document's goals ("STRATEGIC GOAL AND SPECIFIC GOALS …", "OBJECTIFS DU PLAN"). */
export function isGoalsSection(heading: string | undefined): boolean {
  return heading !== undefined && hasGoalWord(heading);
}

/** Whether a paragraph's last line closes a sentence (footnote markers and bold ignored). */
export function endsSentence(text: string): boolean {
  const tail = text
    .replace(/\^\{[\d,\s]+\}\s*$/, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*$/, '')
    .replace(/[*"”“’»)\]\s]+$/, '');
  return /[.:;!?]$/.test(tail);
}

/** Bullets and numbered list entries stand alone; they never continue the line before. */
export function isListLine(text: string): boolean {
  return /^\s*(?:[-•▪◦–—]\s|\d+(?:\.\d+)*\.?\s)/.test(text);
}
