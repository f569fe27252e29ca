import { describe, expect, it } from 'vitest';
import { extractCitations, symbolsIn } from './citations.js';

describe('citations typed in the search box', () => {
  const cases: { input: string; expected: [kind: string, ref: string][]; rest?: string; note: string }[] = [
    { input: 'paragraph 104', expected: [['paragraph', '104']], note: 'spelt out' },
    { input: 'para 104', expected: [['paragraph', '104']], note: 'abbreviated' },
    { input: 'Para. 104', expected: [['paragraph', '104']], note: 'abbreviated with a full stop, capitalised' },
    { input: '¶104', expected: [['paragraph', '104']], note: 'pilcrow, no space' },
    { input: '§ 104', expected: [['paragraph', '104']], note: 'section sign' },
    { input: 'paragraphs 73', expected: [['paragraph', '73']], note: 'plural' },
    { input: 'Recommendation III-25', expected: [['recommendation', 'III-25']], note: 'chapter-numbered recommendation' },
    { input: 'III-25', expected: [['recommendation', 'III-25']], note: 'the number alone' },
    { input: 'Rec iii-25', expected: [['recommendation', 'III-25']], note: 'short form, lower case' },
    { input: 'Recommendation 7.2', expected: [['recommendation', '7.2']], note: 'dotted recommendation number' },
    { input: 'CP/Rec(2024)10', expected: [['symbol', 'CP/Rec(2024)10']], note: 'Committee of the Parties symbol' },
    { input: 'CM/Rec (2022)21', expected: [['symbol', 'CM/Rec(2022)21']], note: 'symbol printed with a space' },
    { input: 'question 9.2', expected: [['numbered', '9.2']], note: 'a questionnaire question' },
    { input: 'task 4.3 deadline', expected: [['numbered', '4.3']], rest: 'deadline', note: 'a strategy task, with a word' },
    { input: '6.2', expected: [['numbered', '6.2']], note: 'a dotted number alone' },
    { input: 'para 104 helplines Rec III-25', expected: [['paragraph', '104'], ['recommendation', 'III-25']], rest: 'helplines', note: 'two citations and a word' },
    { input: 'Article 12, paragraph 1', expected: [], note: 'a paragraph of a treaty article is not a paragraph of a report' },
    { input: 'report (2014) 5', expected: [], note: 'words and numbers that only look like a symbol' },
    { input: '"paragraph 104"', expected: [], note: 'a quoted phrase stays a phrase' },
    { input: '2026 25.05.2023', expected: [], note: 'years and dates are not item numbers' },
    { input: 'helplines', expected: [], note: 'no citation' },
  ];
  it.each(cases)('$note: $input', ({ input, expected, rest }) => {
    const found = extractCitations(input);
    expect(found.citations.map((c) => [c.kind, c.ref])).toEqual(expected);
    if (rest !== undefined) expect(found.rest.trim().split(/\s+/).join(' ')).toBe(rest);
  });

  it('labels what the page shows and the ref filter value', () => {
    const [paragraph] = extractCitations('Para. 104').citations;
    expect(paragraph).toMatchObject({ label: 'cites paragraph 104', filter: 'para:104', typed: 'Para. 104' });
    const [recommendation] = extractCitations('Rec III-25').citations;
    expect(recommendation).toMatchObject({ label: 'cites Recommendation III-25', filter: 'III-25' });
    const [question] = extractCitations('question 9.2').citations;
    expect(question.label).toBe('question 9.2');
    expect(question.keys).toEqual([{ key: 'num:9.2', types: ['question', 'answer'] }]);
  });

  it('finds document symbols in metadata text', () => {
    expect(symbolsIn('measures taken to comply with Committee of the Parties Recommendation CP/Rec(2024)10 (CP(2025)07)'))
      .toEqual(['CP/Rec(2024)10', 'CP(2025)07']);
  });
});
