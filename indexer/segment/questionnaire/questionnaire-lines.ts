// What the lines of a questionnaire reply are: the printed questionnaire's structure
// (section titles, "Question N" headings, numbered sub-questions "9.1.", lettered
// sub-parts "a. …?", "→ Please specify …" prompts) and, between them, the state's answer.
// Lines are grouped into blocks (a paragraph of lines with no gap between them), except
// that a structural line always opens a block of its own: the converter often prints a
// sub-question right under the last answer line, or after a page break with no gap.
import type { Line } from '../../types.js';

/** "Question 1 Awareness-raising …", "Question 5. Research". */
export const QUESTION_HEADING = /^\s*Question\s+(\d+)\.?\s+(\S.*)$/;
/** "9.1. Does national law …", "13.2 Please specify …". */
export const NUMBERED_QUESTION = /^\s*(\d+)\.(\d+)\.?\s+\S/;
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

export function isStructural(text: string): boolean {
  return QUESTION_HEADING.test(text) || NUMBERED_QUESTION.test(text) || SUB_PART.test(text) || PROMPT.test(text);
}

export function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    // A "Question N" heading stands alone even when the question is printed right under it.
    const afterHeading = last !== undefined && QUESTION_HEADING.test(last.lines[0].text);
    if (last && !line.gapBefore && !isStructural(line.text) && !afterHeading) {
      last.lines.push(line);
      last.end = line.end;
      last.text += '\n' + line.text;
      continue;
    }
    const letter = SUB_PART.exec(line.text)?.[1];
    blocks.push({ lines: [line], start: line.start, end: line.end, text: line.text, ...(letter ? { letter } : {}) });
  }
  return blocks;
}

/** The block asks something: it ends with a question mark ("…videos?", "…peers?.", "If not, why?"). */
export function endsWithQuestionMark(text: string): boolean {
  return /\?[.\s]*$/.test(text);
}

/**
 * A section title of the questionnaire ("Prevention", "Partnerships"): a short line of
 * words alone, printed right above a "Question N" heading.
 */
export function isSectionTitle(block: Block, next: Block | undefined): boolean {
  const t = block.text.trim();
  return block.lines.length === 1 && /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}$/u.test(t) && !!next && QUESTION_HEADING.test(next.text);
}

/**
 * A block of bare links that were all printed earlier in the document: the PDF's link
 * annotations repeated at a page bottom. It adds no content and says nothing about where
 * a question ends, so it stays with whatever item it interrupts.
 */
export function isRepeatedLinks(block: Block, earlierText: string): boolean {
  const tokens = block.text.trim().split(/\s+/);
  return tokens.length > 0 && tokens.every((t) => URL.test(t) && earlierText.includes(t));
}
