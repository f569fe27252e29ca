// A reply's text as statements a reader can quote whole: list entries with their lead-in and
// without the next entry's number, abbreviations that end no sentence, subjects that point back.
import { describe, expect, it } from 'vitest';
import { sentencesOf, statementsOf } from '../../indexer/analysis/promise-statements.js';

const texts = (text: string) => statementsOf(text).map((s) => s.text);

describe('statements of a reply', () => {
  it('cuts no sentence at a citation\'s abbreviation', () => {
    expect(sentencesOf('Act No. 40/2009 Coll., the Criminal Code, applies. Under Art. 5 of Law Nr. 12 the Office will act.'))
      .toEqual(['Act No. 40/2009 Coll., the Criminal Code, applies.', 'Under Art. 5 of Law Nr. 12 the Office will act.']);
  });

  it('reads a numbered list inside a paragraph as entries with their lead-in, the next number not left on the one before', () => {
    const text = 'There are three levels of education: 1. Basic bodies (a new programme should be prepared around April 2018); 2. The Regional Office (a programme should be ready by May 2018); 3. Experts.';
    expect(texts(text)).toEqual([
      'There are three levels of education: 1. Basic bodies (a new programme should be prepared around April 2018)',
      'There are three levels of education: … 2. The Regional Office (a programme should be ready by May 2018)',
      'There are three levels of education: … 3. Experts.',
    ]);
  });

  it('keeps a list entry\'s lead-in apart, for its date and actor', () => {
    const [first, second] = statementsOf('Norland will: - appoint a third officer by March 2014; - train the staff, and - report yearly.');
    expect(first).toMatchObject({ promise: '- appoint a third officer by March 2014', leadIn: 'Norland will:' });
    expect(second.text).toBe('Norland will: … - train the staff');
  });

  it('reads no list entry in a citation\'s number ("No. 2. of", "Coll. on")', () => {
    expect(texts('Under Decree No. 2. of the Government, the Office will revise the rules in 2026.')).toEqual([
      'Under Decree No. 2. of the Government, the Office will revise the rules in 2026.',
    ]);
    expect(texts('Act No. 108/2006 Coll. on social services will be amended in 2026. It was adopted in 2006.')[0])
      .toBe('Act No. 108/2006 Coll. on social services will be amended in 2026.');
  });

  it('reads a statement whose subject points back with the sentence it points to', () => {
    const text = 'An amendment will come into effect on 1 January 2026. From 1 July 2026, this obligation will be extended to all employees.';
    expect(texts(text)[1]).toBe(text);
    const [, it] = statementsOf('The methodology was drafted in 2024. It is expected to be adopted in 2026.');
    expect(it.text).toBe('The methodology was drafted in 2024. It is expected to be adopted in 2026.');
    expect(it.promise).toBe('It is expected to be adopted in 2026.');
  });

  it('leaves an "it" that points nowhere alone, and "this year" is no pointer', () => {
    expect(texts('Data were collected. It is planned that the register opens in 2026.')[1]).toBe('It is planned that the register opens in 2026.');
    expect(texts('Data were collected. This year the register will open.')[1]).toBe('This year the register will open.');
  });
});
