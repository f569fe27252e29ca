// What the lines of a questionnaire reply are: the printed questionnaire's structure
// (section titles, "Question N" headings, numbered sub-questions "9.1.", lettered
// sub-parts "a. …?", "→ Please specify …" prompts) and, between them, the state's answer.
// Lines are grouped into blocks (a paragraph of lines with no gap between them), except
// that a structural line always opens a block of its own: the converter often prints a
// sub-question right under the last answer line, or after a page break with no gap.
// Replies print the questionnaire's text in bold or not: shapes are read without emphasis.
import type { Line } from '../../types.js';
import { lanzarote } from '../../series/lanzarote.js';

/** The text without the converter's bold markup ("**1.1. Are there …?**"). */
export function plain(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** "Question 1 Awareness-raising …", "Question 5. Research". */
export const QUESTION_HEADING = /^\s*Question\s+(\d+)\.?\s+(\S.*)$/;
/** The label some replies print before a sub-question's number: "Question 1.1 Are there …?". */
const LABEL = String.raw`(?:Question\s+)?`;
/** "9.1. Does national law …", "13.2 Please specify …", "Question 1.1 Are there …". */
export const NUMBERED_QUESTION = new RegExp(String.raw`^\s*${LABEL}(\d+)\.(\d+)\.?\s+\S`);
/**
 * "a. self-generated …?": the questionnaire letters its sub-parts "a." — answers letter
 * their own lists "a)", and quoted statutes "(1)", so those never read as sub-parts.
 * "a." alone on a line is an answer's label ("a." then the answer to part a).
 */
export const SUB_PART = /^\s*([a-z])\.\s+\S/;
export const PROMPT = /^\s*→/;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;

export interface Block {
  lines: Line[];
  start: number;
  end: number;
  text: string;
  /** The sub-part letter when the block opens with "a. ". */
  letter?: string;
}

export function isStructural(raw: string): boolean {
  const text = plain(raw);
  return QUESTION_HEADING.test(text) || NUMBERED_QUESTION.test(text) || SUB_PART.test(text) || PROMPT.test(text) || TOP_NUMBER.test(text);
}

/** "2. Does …": a question numbered with one number (a bare "18 Parties …" is no label). */
const TOP_NUMBER = /^\s*\d{1,2}\.\s+\S/;
/** The number a question is printed with: "1.1", "9.1.", "2.". */
const QUESTION_NUMBER = new RegExp(String.raw`^\s*${LABEL}(\d{1,2}(?:\.\d{1,2})+|\d{1,2}(?=\.))\.?\s+\S`);

/** The number a block opens with, as the questionnaire prints it ("1.1", "2"). */
export function questionNumber(text: string): string | undefined {
  return QUESTION_NUMBER.exec(plain(text))?.[1];
}

/** "4.1" comes after "3.2" and "3", not after "4.1" or "6": numbers compared part by part. */
export function comesAfter(number: string, previous: string | undefined): boolean {
  if (previous === undefined) return true;
  const a = number.split('.').map(Number);
  const b = previous.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) > (b[i] ?? -1);
  }
  return false;
}

/**
 * The block asks something: it ends with a question mark, opens with a request ("Please
 * describe …", "Veuillez …"), or leads in to lettered sub-parts that do ("… when adults:" /
 * "a. possess …?").
 */
export function asksQuestion(block: Block, next: Block | undefined): boolean {
  const text = plain(block.text).replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+/, '').trim();
  if (endsWithQuestionMark(text) || lanzarote.requestOpenings?.test(text)) return true;
  return /:\s*$/.test(text) && next?.letter !== undefined && endsWithQuestionMark(plain(next.text));
}

/** Every line of the block is set in bold: the questionnaire's own text in a filled-in form. */
export function isBold(block: Block): boolean {
  return block.lines.every((l) => /^\s*\*\*.*\*\*[⁰¹²³⁴⁵⁶⁷⁸⁹]*\s*$/.test(l.text));
}

export function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    // A "Question N" heading stands alone even when the question is printed right under it.
    const afterHeading = last !== undefined && QUESTION_HEADING.test(plain(last.lines[0].text));
    if (last && !line.gapBefore && !isStructural(line.text) && !afterHeading) {
      last.lines.push(line);
      last.end = line.end;
      last.text += '\n' + line.text;
      continue;
    }
    const letter = SUB_PART.exec(plain(line.text))?.[1];
    blocks.push({ lines: [line], start: line.start, end: line.end, text: line.text, ...(letter ? { letter } : {}) });
  }
  return blocks;
}

/** The block asks something: it ends with a question mark ("…videos?", "…peers?.", "If not, why?"). */
export function endsWithQuestionMark(text: string): boolean {
  return /\?[.\s]*(?:\*\*)?[⁰¹²³⁴⁵⁶⁷⁸⁹]*\s*$/.test(text);
}

/**
 * A section title of the questionnaire ("Prevention", "PARTNERSHIPS", "**Protection**"): a
 * short line of words alone, printed right above a question (`opensQuestion`).
 */
export function isSectionTitle(block: Block, opensQuestion: boolean): boolean {
  const t = plain(block.text).trim();
  return block.lines.length === 1 && /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}$/u.test(t) && opensQuestion;
}

/**
 * A block of bare links that were all printed earlier in the document: the PDF's link
 * annotations repeated at a page bottom. It adds no content and says nothing about where
 * a question ends, so it stays with whatever item it interrupts.
 */
export function isRepeatedLinks(block: Block, earlierText: string): boolean {
  const tokens = plain(block.text).trim().split(/\s+/);
  return tokens.length > 0 && tokens.every((t) => URL.test(t) && earlierText.includes(t));
}

/**
 * Before the first question, a short line (issuer, title, date) is the title page, kept as the
 * document's metadata; running text (a preface ending in a full stop) is a paragraph.
 */
export function isTitlePageLine(text: string): boolean {
  const t = plain(text).trim();
  return t.length < 100 || !/[.!?]["”’)]?[⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(t);
}
