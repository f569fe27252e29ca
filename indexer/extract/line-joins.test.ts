import { describe, expect, it } from 'vitest';
import { appendCellLine, appendLine, settleJoins, vocabularyOf } from './line-joins.js';
import { runsText, type Run } from './runs.js';

const run = (text: string): Run[] => [{ text, bold: false }];

/** Join two lines as a paragraph (or a narrow cell) and settle the join against the document's other text. */
function joined(first: string, second: string, elsewhere: string, cell = false): string {
  const target = run(first);
  if (cell) appendCellLine(target, run(second), true);
  else appendLine(target, run(second));
  const text = runsText(target);
  return settleJoins(text, vocabularyOf([text, elsewhere]));
}

const cases = [
  { first: 'labour exploi-', second: 'tation is common', elsewhere: 'Labour exploitation.', cell: false, expected: 'labour exploitation is common', note: "typesetter's hyphen: the whole word is used elsewhere" },
  { first: 'children’s self-', second: 'generated images', elsewhere: 'self-generated', cell: false, expected: 'children’s self-generated images', note: 'compound: the hyphenated form is used elsewhere' },
  { first: 'Organization for Security and Co-', second: 'operation in Europe', elsewhere: 'cooperation, an operation', cell: false, expected: 'Organization for Security and Co-operation in Europe', note: 'compound: a half is a word of its own' },
  { first: 'see dokumenty-', second: '924305.aspx', elsewhere: '', cell: false, expected: 'see dokumenty-924305.aspx', note: 'a hyphen before digits (a URL, a range) joins without a space' },
  { first: 'for the', second: 'Committee', elsewhere: '', cell: false, expected: 'for the Committee', note: 'a plain wrap is a space' },
  { first: 'Unconditio', second: 'nal Sentence', elsewhere: 'sentence', cell: true, expected: 'Unconditional Sentence', note: 'a narrow cell broke a word: the fragment is no word' },
  { first: 'suspicion', second: 'of both', elsewhere: 'of', cell: true, expected: 'suspicion of both', note: 'a narrow cell wrapped at a space: the next word is a word' },
];

describe('line joins', () => {
  it.each(cases)('$note', ({ first, second, elsewhere, cell, expected }) => {
    expect(joined(first, second, elsewhere, cell)).toBe(expected);
  });
});
