// Deadlines as printed → their normal form, in the series' languages.
import { describe, expect, it } from 'vitest';
import { endOfDue as endOf } from '../../../core/due.js';
import { normaliseDue } from './strategy-due.js';

const CASES: { printed: string; year?: number; due?: string; problem?: string; note: string }[] = [
  { printed: 'III quarter of 2002', due: '2002-Q3', note: 'Roman quarter' },
  { printed: 'Q4 2003', due: '2003-Q4', note: 'Q and digit' },
  { printed: 'T4 2019', due: '2019-Q4', note: 'French trimestre abbreviation' },
  { printed: '2e trimestre 2013, puis chaque année', due: '2013-Q2', note: 'a dated part wins over a recurrence' },
  { printed: 'II half of 2003', due: '2003-H2', note: 'half-year' },
  { printed: 'premier semestre 2013', due: '2013-H1', note: 'French semester' },
  { printed: '30 June 2003', due: '2003-06-30', note: 'day month year' },
  { printed: 'March 3, 2004', due: '2004-03-03', note: 'month day, year' },
  { printed: '31.12.2018', due: '2018-12-31', note: 'dotted date' },
  { printed: 'Au plus tard le 30 juin 2015', due: '2015-06-30', note: 'French "at the latest"' },
  { printed: 'September 2003', due: '2003-09', note: 'month' },
  { printed: 'by the end of 2003', due: '2003', note: 'end of a year' },
  { printed: "d'ici fin 2020", due: '2020', note: 'French end of a year' },
  { printed: 'by the end of this year', year: 2002, due: '2002', note: 'the document\'s year' },
  { printed: "d'ici la fin de l'année", year: 2012, due: '2012', note: 'the document\'s year, in French' },
  { printed: 'by the end of this year', note: 'no document year: no normal form, never a guess' },
  { printed: 'Permanently', due: 'permanent', note: 'no end' },
  { printed: 'en continu', due: 'permanent', note: 'no end, in French' },
  { printed: 'Ongoing', due: 'permanent', note: 'ongoing' },
  { printed: 'annually', due: 'annual', note: 'recurring' },
  { printed: 'Every school year', due: 'annual', note: 'recurring school year' },
  { printed: 'Beginning from 2002', due: 'from:2002', note: 'open-ended' },
  { printed: 'dès 2013', due: 'from:2013', note: 'open-ended, in French' },
  { printed: 'À compter de 2015, chaque année', due: 'from:2015', note: 'an open start wins over a recurrence' },
  { printed: '2003–2004', due: '2003/2004', note: 'a range' },
  { printed: '2016-2018', due: '2016/2018', note: 'a range with a hyphen' },
  { printed: '2002–2004, annually', due: '2002/2004', note: 'a range and a recurrence' },
  { printed: '2016–2007', due: '2016/2007', problem: 'range ends before it starts', note: 'a misprinted range is kept and flagged' },
  { printed: '2016/2007', due: '2016/2007', problem: 'range ends before it starts', note: 'the same with a slash' },
  { printed: 'upon adoption of the law', note: 'no date: no normal form' },
  { printed: '2023', due: '2023', note: 'a year' },
];

describe('normaliseDue', () => {
  it.each(CASES)('$printed → $due ($note)', ({ printed, year, due, problem }) => {
    expect(normaliseDue(printed, year)).toEqual({ ...(due ? { due } : {}), ...(problem ? { problem } : {}) });
  });
  it('orders the forms by the last day they cover', () => {
    const ends = ['2002-Q3', '2002-12-31', '2003-H1', '2003-06', '2003'].map(endOf);
    expect(ends).toEqual([20020931, 20021231, 20030631, 20030631, 20031231]);
  });
});
