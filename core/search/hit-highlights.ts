// The highlighted fields of one hit: title and text always; the section heading path when a
// query word was found there and not in the title or text (else a reader would not see why
// the item matched); the question an answer answers, where the query's words are in it.
import type { Item } from '../schema.js';
import { tokenize } from '../text/tokenize.js';
import { highlight, type MarkedWord } from './highlight.js';
import { markedWords } from './marks.js';
import type { QueryPlan } from './plan.js';
import type { PostingsIndex } from './postings.js';
import { FIELDS } from './snapshot.js';
import type { QuestionRef, SearchHit } from './types.js';

const TITLE = FIELDS.indexOf('title');
const TEXT = FIELDS.indexOf('text');
const SECTION = FIELDS.indexOf('section');
const CONTEXT = FIELDS.indexOf('context');

/** How a heading path is shown: its levels in order. */
export const SECTION_SEPARATOR = ' › ';

export function hitHighlights(index: PostingsIndex, plan: QueryPlan, item: Item, i: number, question?: QuestionRef): SearchHit['highlights'] {
  const result: SearchHit['highlights'] = {};
  const titleMarks = item.title ? markedWords(index, plan, i, TITLE) : [];
  const textMarks = markedWords(index, plan, i, TEXT);
  if (item.title) result.title = highlight(item.title, titleMarks, Infinity);
  result.text = highlight(item.text, textMarks);
  if (item.section && item.section.length > 0) {
    const sectionMarks = markedWords(index, plan, i, SECTION);
    const shown = new Set([...titleMarks, ...textMarks].map((mark) => mark.term));
    // Word positions do not depend on the separator: the heading levels are indexed joined.
    if (sectionMarks.some((mark) => !shown.has(mark.term))) result.section = highlight(item.section.join(SECTION_SEPARATOR), sectionMarks, Infinity);
  }
  if (question) {
    const terms = new Set(markedWords(index, plan, i, CONTEXT).map((mark) => mark.term));
    if (terms.size > 0) result.question = highlight(question.text, marksOfTerms(question.text, terms));
  }
  return result;
}

/** Every word of a text whose index term is one of these (the context field holds more than the question's text). */
function marksOfTerms(text: string, terms: ReadonlySet<string>): MarkedWord[] {
  return tokenize(text).filter((token) => terms.has(token.term)).map((token) => ({ position: token.position, term: token.term, typed: true }));
}
