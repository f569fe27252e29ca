// Sorting by deadline on the normal form: dated tasks by the last day they are due, then
// open-ended ones by their start, then recurring and permanent ones, then printed deadlines
// no one could read, then items with none.
import { describe, expect, it } from 'vitest';
import { dueSortKey, dueYear } from './due.js';
import { deadlineKey } from './search/order.js';

describe('dueSortKey', () => {
  it('orders every normal form', () => {
    const forms = ['permanent', 'from:2003', '2003', 'annual', '2002-Q3', '2003-06', '2002-12-31', 'from:2002-Q2', '2003-H1', '2002/2004', '2002-09-15'];
    const sorted = [...forms].sort((a, b) => dueSortKey(a)! - dueSortKey(b)!);
    expect(sorted).toEqual(['2002-09-15', '2002-Q3', '2002-12-31', '2003-06', '2003-H1', '2003', '2002/2004', 'from:2002-Q2', 'from:2003', 'annual', 'permanent']);
  });
  it('cannot place a range that ends before it starts', () => {
    expect(dueSortKey('2016/2007')).toBeUndefined();
    expect(dueSortKey('someday')).toBeUndefined();
  });
  it('gives the year a task is due by', () => {
    expect([dueYear('2002-Q3'), dueYear('2002/2004'), dueYear('from:2002'), dueYear('permanent'), dueYear(undefined)]).toEqual([2002, 2004, undefined, undefined, undefined]);
  });
});

describe('deadlineKey', () => {
  it('sorts by the normal form when there is one, by the printed deadline otherwise', () => {
    // Printed "III quarter of 2002" reads as the end of 2002 without its normal form.
    expect(deadlineKey('III quarter of 2002', '2002-Q3')).toBeLessThan(deadlineKey('30 November 2002', '2002-11-30'));
    expect(deadlineKey('III quarter of 2002')).toBeGreaterThan(deadlineKey('30 November 2002', '2002-11-30'));
    expect(deadlineKey('Permanently', 'permanent')).toBeLessThan(deadlineKey('upon adoption of the law'));
    expect(deadlineKey('Beginning from 2002', 'from:2002')).toBeGreaterThan(deadlineKey('2030', '2030'));
    expect(deadlineKey('2016–2007', '2016/2007')).toBe(deadlineKey('2016–2007'));
    expect(deadlineKey(undefined)).toBe(Infinity);
  });
});
