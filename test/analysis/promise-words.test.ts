// What makes a statement a promise: a verb of future action or a plan for a year, never the
// penalty of a quoted provision, a negated future or a plan's name.
import { describe, expect, it } from 'vitest';
import { isPromise, promiseWords } from '../../indexer/analysis/promise-words.js';

describe('promise words', () => {
  it.each([
    ['The Ministry will publish the guidelines in 2026.', 'will'],
    ['The methodology is expected to be adopted next year.', 'is expected'],
    ['A new curriculum should be prepared by the end of the year.', 'should be prepared'],
    ['The working group agreed on the following tasks for 2015:', 'a plan for a year'],
    ['Le ministère présentera un rapport qui entrera en vigueur en 2027.', 'French future'],
    ['La loi sera modifiée en 2026.', 'French passive future'],
  ])('%s is a promise (%s)', (text) => {
    expect(isPromise(text)).toBe(true);
  });

  it.each([
    ['Whoever produces child pornography shall be sentenced to imprisonment for one year to five years.', 'a penalty in "shall"'],
    ['The offender will be punished by imprisonment of up to two years.', 'a penalty in "will"'],
    ['The Police will not keep the data after 2026.', 'a negated future'],
    ['The register will no longer be kept after 2024.', '"no longer"'],
    ['The National Action Plan for 2020 was adopted by the Government.', 'a plan named, in the past'],
    ['In 2021 a handbook was developed and distributed.', 'past only'],
  ])('%s is no promise (%s)', (text) => {
    expect(isPromise(text)).toBe(false);
  });

  it('finds every promise word in order, the plan and the verb alike', () => {
    const text = "The Centre's training plan for 2021 comprises two seminars, which the Agency will organise.";
    const found = promiseWords(text).map((w) => text.slice(w.index, w.end));
    expect(found).toEqual(['plan for 2021', 'will']);
  });
});
