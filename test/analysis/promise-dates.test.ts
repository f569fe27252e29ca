// Date phrases of promises: as printed, their normal form (core/due.ts), relative dates counted
// from the document's year, ranges that end before they start kept and flagged, and citations'
// years left alone.
import { describe, expect, it } from 'vitest';
import { datePhrases, promiseDate } from '../../indexer/analysis/promise-dates.js';

const dateOf = (sentence: string, year: number | undefined) => {
  const d = promiseDate(datePhrases(sentence, year), year);
  return d && { text: d.text, due: d.due, ...(d.dueProblem ? { dueProblem: d.dueProblem } : {}) };
};

describe('date phrases of a promise', () => {
  it.each([
    { sentence: 'The act will enter into force on 1 January 2027.', year: 2025, text: 'on 1 January 2027', due: '2027-01-01', note: 'day month year' },
    { sentence: 'From July 1, 2026, the obligation will be extended.', year: 2025, text: 'From July 1, 2026', due: '2026-07-01', note: 'month day, year' },
    { sentence: 'The study will be published in the second quarter of 2026.', year: 2025, text: 'in the second quarter of 2026', due: '2026-Q2', note: 'a quarter' },
    { sentence: 'La loi entrera en vigueur le 1er janvier 2027.', year: 2025, text: 'le 1er janvier 2027', due: '2027-01-01', note: 'French day month year' },
    { sentence: 'Le plan sera adopté d’ici la fin de 2026.', year: 2025, text: 'd’ici la fin de 2026', due: '2026', note: 'French "by the end of"' },
    { sentence: 'The strategy will be adopted by the end of this year.', year: 2014, text: 'by the end of this year', due: '2014', note: 'this year: the document\'s' },
    { sentence: 'The register will be launched next year.', year: 2020, text: 'next year', due: '2021', note: 'next year' },
    { sentence: 'In December, sessions will take place in two regions.', year: 2025, text: 'In December', due: '2025-12', note: 'a month alone after a lead word' },
    { sentence: 'The unit will be set up within two years.', year: 2023, text: 'within two years', due: '2025', note: 'a length of time after "within"' },
    { sentence: 'The evaluation will be repeated every year.', year: 2023, text: 'every year', due: 'annual', note: 'a recurrence' },
    { sentence: 'The handbook will be revised in 2016–2007.', year: 2015, text: 'in 2016–2007', due: '2016/2007', dueProblem: 'range ends before it starts', note: 'a reversed range kept and flagged' },
    { sentence: 'The measures will be carried out in 2024–2026.', year: 2024, text: 'in 2024–2026', due: '2024/2026', note: 'a range' },
  ])('$note', ({ sentence, year, ...want }) => {
    const { note, ...expected } = want;
    expect(dateOf(sentence, year), note).toEqual(expected);
  });

  it('prefers the "by" date to a later "from" date and drops past years', () => {
    expect(dateOf('Since 2019 the Office has trained judges and will, from 2027, train prosecutors, with a first course by June 2026.', 2025))
      .toEqual({ text: 'by June 2026', due: '2026-06' });
    expect(dateOf('The study was published in 2019 and will be updated.', 2025)).toBeUndefined();
  });

  it.each([
    ['Under Act No. 45/2013 Coll. the register will be kept.', 'a law\'s number and year'],
    ['Directive 2011/36/EU will be transposed.', 'a directive'],
    ['The offender will be imprisoned for one year.', 'how long something lasts'],
    ['The report CP(2025)07 will be discussed.', 'a document symbol'],
  ])('reads no date in: %s (%s)', (sentence) => {
    expect(dateOf(sentence, 2025)).toBeUndefined();
  });

  it('reads "may" in lower case as a verb, not a month', () => {
    expect(datePhrases('The data kept in may be shared with the police from 2026.', 2025).map((d) => d.text)).toEqual(['from 2026']);
  });

  it('counts nothing relative without the document\'s year', () => {
    expect(datePhrases('The strategy will be adopted by the end of this year.', undefined)[0]?.due).toBeUndefined();
  });
});
