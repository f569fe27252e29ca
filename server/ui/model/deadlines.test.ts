import { describe, expect, it } from 'vitest';
import { countStatuses, dueYear, groupByYear } from './deadlines.js';

describe('dueYear', () => {
  it.each([
    { input: '2023', expected: 2023, note: 'a year' },
    { input: '2023-12-31', expected: 2023, note: 'a date' },
    { input: '2015 – 2017', expected: 2017, note: 'a range ends when the work is due' },
    { input: '2016–2007', expected: 2016, note: 'a misprinted range (the strategy has one): the latest year' },
    { input: 'by the end of 2026', expected: 2026, note: 'words around it' },
    { input: 'continuously', expected: undefined, note: 'no year' },
    { input: '12345', expected: undefined, note: 'digits that are no year' },
    { input: undefined, expected: undefined, note: 'no deadline' },
  ])('$note', ({ input, expected }) => {
    expect(dueYear(input)).toBe(expected);
  });
});

describe('groupByYear', () => {
  it('groups in year order, undated last, keeping the order within a year', () => {
    const entries = [{ id: 'a', y: 2023 }, { id: 'b', y: undefined }, { id: 'c', y: 2017 }, { id: 'd', y: 2023 }];
    expect(groupByYear(entries, (e) => e.y).map((g) => [g.year, g.entries.map((e) => e.id)])).toEqual([
      [2017, ['c']], [2023, ['a', 'd']], [undefined, ['b']],
    ]);
  });
});

describe('countStatuses', () => {
  it('counts in the given order and leaves out statuses nobody reported', () => {
    expect(countStatuses(['met', 'not-met', 'met', undefined], ['met', 'partially', 'not-met'])).toEqual([
      { status: 'met', count: 2 }, { status: 'not-met', count: 1 },
    ]);
  });
});
