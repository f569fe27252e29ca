import { describe, expect, it } from 'vitest';
import { foldWord } from './fold.js';
import { terms, tokenize } from './tokenize.js';

describe('tokenize', () => {
  const cases: { input: string; expected: string[]; note: string }[] = [
    { input: 'Helplines', expected: ['helplin'], note: 'lowercased and stemmed' },
    { input: 'helpline', expected: ['helplin'], note: 'singular meets plural' },
    { input: 'the helplines for children', expected: ['helplin', 'child'], note: 'stop words dropped; irregular plural' },
    { input: 'Ministerstvo práce', expected: ['ministerstvo', 'prace'], note: 'Czech diacritics folded' },
    { input: 'Ministerstvo pra\u0301ce', expected: ['ministerstvo', 'prace'], note: 'decomposed input folds the same' },
    { input: 'Łódź', expected: ['lodz'], note: 'letters Unicode does not decompose' },
    { input: 'ﬁnancial', expected: ['financi'], note: 'PDF ligature expanded' },
    { input: 'liability liable', expected: ['liabl', 'liabl'], note: 'the noun meets the adjective (Porter keeps "liabil")' },
    { input: 'identification identifying', expected: ['identifi', 'identifi'], note: 'the noun meets the verb (Porter keeps "identif")' },
    { input: 'III-25 2023', expected: ['iii', '25', '2023'], note: 'numbers kept, not stemmed' },
    { input: '<script>alert(1)</script>', expected: ['script', 'alert', '1', 'script'], note: 'markup is just words' },
  ];
  it.each(cases)('$note: $input', ({ input, expected }) => {
    expect(terms(input)).toEqual(expected);
  });

  it('counts stop words in positions so phrase gaps stay exact', () => {
    const tokens = tokenize('trafficking in human beings');
    expect(tokens.map((t) => [t.term, t.position])).toEqual([['traffick', 0], ['human', 2], ['be', 3]]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Ochrana dětí: helplines';
    for (const token of tokenize(text)) expect(foldWord(text.slice(token.start, token.end))).toBe(token.surface);
  });
});
