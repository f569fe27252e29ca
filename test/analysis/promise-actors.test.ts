// Who acts in a promise, read by the shapes of institutions' names in the series vocabulary:
// the bodies of the subject (one or several), the agent of a passive, a State as subject, a
// short name taken in full from before, never a body only mentioned after a preposition.
import { describe, expect, it } from 'vitest';
import { actorsOf } from '../../indexer/analysis/promise-actors.js';
import { statementsOf } from '../../indexer/analysis/promise-statements.js';

/** The actors of the last statement of a text, as the commitments reader asks for them. */
const actors = (text: string) => {
  const statements = statementsOf(text);
  const last = statements[statements.length - 1];
  return actorsOf(last.promise, last);
};

describe('actors of a promise', () => {
  it.each([
    { text: 'The Ministry of Labour and Social Affairs and the State Labour Inspection Office will continue joint inspections.', want: ['Ministry of Labour and Social Affairs', 'State Labour Inspection Office'], note: 'two bodies joined by "and", "and" inside a name' },
    { text: 'The Police Presidium, the Probation Service and the Ministry of Justice will train staff in 2026.', want: ['Police Presidium', 'Probation Service', 'Ministry of Justice'], note: 'a list of three' },
    { text: 'The Office for criminal police and investigation service will prepare a new programme.', want: ['Office for criminal police and investigation service'], note: 'a name in sentence case, not truncated to "Office"' },
    { text: 'The guidelines will be approved by the government in 2026.', want: ['government'], note: 'the agent of a passive' },
    { text: 'Funded by the Ministry of Finance, the National Bureau of Investigation will open a unit.', want: ['National Bureau of Investigation'], note: 'a body after a preposition only pays' },
    { text: 'Norland will appoint a third officer.', want: ['Norland'], note: 'a State as subject, not an ordinary word' },
    { text: 'Le ministère de la Justice sera chargé de la réforme en 2026.', want: ['ministère de la Justice'], note: 'French' },
  ])('$note', ({ text, want }) => {
    expect(actors(text)).toEqual(want);
  });

  it('names a body given short by its full name given before', () => {
    expect(actors('The Regional Training Centre opened in 2019. The Centre will offer two courses in 2026.')).toEqual(['Regional Training Centre']);
  });

  it('takes the actor of a list entry from its lead-in', () => {
    const [, second] = statementsOf('The Migration Agency\'s training plan for 2021 comprises: 1. An e-learning module; 2. Two regional seminars.');
    expect(actorsOf(second.promise, second)).toEqual(['Migration Agency']);
  });

  it('names no actor when the promise has none', () => {
    expect(actors('From 1 July 2026, employers will report every temporary contract.')).toBeUndefined();
    expect(actors('In 2026, new rules will be introduced.')).toBeUndefined();
  });
});
