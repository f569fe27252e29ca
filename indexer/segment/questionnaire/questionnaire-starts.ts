// Where a reply's questions start. Replies print the questionnaire in one of three ways:
// - under "Question N Title" headings, with sub-questions "N.1.", "N.2." (the layout of the
//   questionnaire itself): a numbered block is a question only under its own heading;
// - each question repeated with its number before the answer ("1.1 Are there …?",
//   "2. Does …:"): a numbered block is a question when it asks something and its number
//   comes after the last question's, so an answer's own list ("1. the Stay Safe programme;",
//   "2. …") never reads as one;
// - questions in bold, numbered or not: a bold block that asks something. A bold question
//   cut by a page break goes on in a bold block opening in lower case.
import { NUMBERED_QUESTION, QUESTION_HEADING, asksQuestion, comesAfter, isBold, plain, questionNumber, type Block } from './questionnaire-lines.js';

export type QuestionStart =
  | { kind: 'heading'; n: string }
  | { kind: 'numbered'; number: string }
  | { kind: 'bold' };

/** A bold block that goes on the bold block before it (a page break cut the question). */
function continuesBold(previous: Block | undefined, block: Block): boolean {
  return !!previous && isBold(previous) && isBold(block) && !/[.?!:;]\**\s*$/.test(previous.text.trim()) && /^\p{Ll}/u.test(plain(block.text).trim());
}

/** The block with the bold blocks that continue it, read as one. */
function withContinuations(blocks: readonly Block[], i: number): { block: Block; next: Block | undefined } {
  let j = i;
  while (blocks[j + 1] && continuesBold(blocks[j], blocks[j + 1])) j++;
  if (j === i) return { block: blocks[i], next: blocks[i + 1] };
  const run = blocks.slice(i, j + 1);
  return { block: { ...blocks[i], lines: run.flatMap((b) => b.lines), text: run.map((b) => b.text).join(' '), end: blocks[j].end }, next: blocks[j + 1] };
}

export class QuestionStarts {
  private readonly starts: (QuestionStart | undefined)[];

  constructor(blocks: readonly Block[]) {
    const hasHeadings = blocks.some((b) => QUESTION_HEADING.test(plain(b.lines[0].text)));
    let heading: string | undefined;
    let last: string | undefined;
    this.starts = blocks.map((block, i): QuestionStart | undefined => {
      const text = plain(block.lines[0].text);
      const printedHeading = QUESTION_HEADING.exec(text);
      if (printedHeading) {
        heading = printedHeading[1];
        return { kind: 'heading', n: printedHeading[1] };
      }
      if (hasHeadings) {
        const numbered = NUMBERED_QUESTION.exec(text);
        return numbered && numbered[1] === heading ? { kind: 'numbered', number: `${numbered[1]}.${numbered[2]}` } : undefined;
      }
      if (continuesBold(blocks[i - 1], block)) return undefined;
      const whole = withContinuations(blocks, i);
      const number = questionNumber(text);
      if (!asksQuestion(whole.block, whole.next)) return undefined;
      if (number === undefined) return isBold(block) ? { kind: 'bold' } : undefined;
      if (!comesAfter(number, last)) return undefined;
      last = number;
      return { kind: 'numbered', number };
    });
  }

  /** How block `i` starts a question, if it does. */
  at(i: number): QuestionStart | undefined {
    return this.starts[i];
  }

  /** The block is a sub-question "N.k" of the "Question N" heading before it. */
  subQuestionOf(block: Block, n: string): boolean {
    return NUMBERED_QUESTION.exec(plain(block.lines[0].text))?.[1] === n;
  }
}
