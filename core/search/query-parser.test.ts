import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parser.js';
import type { ParsedQuery } from './query-parser.js';

const w = (text: string) => ({ kind: 'word' as const, text });
const p = (text: string) => ({ kind: 'phrase' as const, text });

type Shape = Pick<ParsedQuery, 'groups' | 'excluded'> & { unclosedQuote?: string };
const shape = ({ groups, excluded, unclosedQuote }: ParsedQuery): Shape => ({ groups, excluded, ...(unclosedQuote === undefined ? {} : { unclosedQuote }) });

describe('parseQuery', () => {
  const cases: { input: string; expected: Shape; note: string }[] = [
    { input: 'helplines children', expected: { groups: [[w('helplines')], [w('children')]], excluded: [] }, note: 'plain words' },
    { input: '"child protection" reform', expected: { groups: [[p('child protection')], [w('reform')]], excluded: [] }, note: 'quoted phrase' },
    { input: '„sexual extortion“', expected: { groups: [[p('sexual extortion')]], excluded: [] }, note: 'Czech typographic quotes' },
    { input: 'sextortion OR grooming OR "child pornography"', expected: { groups: [[w('sextortion'), w('grooming'), p('child pornography')]], excluded: [] }, note: 'OR chain' },
    { input: 'helplines -online -"social media"', expected: { groups: [[w('helplines')]], excluded: [w('online'), p('social media')] }, note: 'exclusions' },
    { input: 'OR helplines or hotline', expected: { groups: [[w('helplines')], [w('or')], [w('hotline')]], excluded: [] }, note: 'leading OR ignored, lowercase or is a word' },
    { input: 'self-generated - images', expected: { groups: [[w('self-generated')], [w('-')], [w('images')]], excluded: [] }, note: 'hyphen inside a word and a lone dash are not exclusions' },
    {
      input: 'helplines "unterminated phrase', expected: { groups: [[w('helplines')], [w('unterminated')], [w('phrase')]], excluded: [], unclosedQuote: 'unterminated phrase' },
      note: 'an unclosed quote is reported and its words searched one by one, not guessed closed',
    },
    { input: '  ', expected: { groups: [], excluded: [] }, note: 'blank' },
  ];
  it.each(cases)('$note: $input', ({ input, expected }) => {
    expect(shape(parseQuery(input))).toEqual(expected);
  });

  it('takes citations out of the words and keeps the query as typed', () => {
    const parsed = parseQuery('Para. 104 helplines');
    expect(parsed.citations.map((c) => [c.kind, c.ref])).toEqual([['paragraph', '104']]);
    expect(parsed.groups).toEqual([[w('helplines')]]);
    expect(parsed.raw).toBe('Para. 104 helplines');
  });
});
