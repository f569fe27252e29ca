// Recommending States read off the printed recommendation, case by case.
import { describe, expect, it } from 'vitest';
import { recommendingStates } from './states.js';
import { HeadingPath } from './headings.js';

const cases: { printed: string; text: string; states: string[]; note: string }[] = [
  { printed: 'Ratify the Optional Protocol (Denmark) (Ghana);', text: 'Ratify the Optional Protocol', states: ['Denmark', 'Ghana'], note: 'two parentheses' },
  { printed: 'Combat discrimination (Argentina, Chile, Uruguay);', text: 'Combat discrimination', states: ['Argentina', 'Chile', 'Uruguay'], note: 'a list in one parenthesis' },
  { printed: 'Establish an institution (the Paris Principles) (Bolivia (Plurinational State of));', text: 'Establish an institution (the Paris Principles)', states: ['Bolivia (Plurinational State of)'], note: 'a parenthesis in a name; a lower-case parenthesis is text' },
  { printed: 'Ratify Convention, 1993 (No. 174) (Argentina);', text: 'Ratify Convention, 1993 (No. 174)', states: ['Argentina'], note: 'a number is no State' },
  { printed: 'Ratify the OP-CAT (OP-CAT) (Chile).', text: 'Ratify the OP-CAT (OP-CAT)', states: ['Chile'], note: 'an acronym is no State; a full stop ends the list' },
  { printed: 'To examine joining (Algeria)/sign (Egypt)/ratify (Bosnia and Herzegovina) of the Convention (Algeria, Egypt, Bosnia and Herzegovina);', text: 'To examine joining (Algeria)/sign (Egypt)/ratify (Bosnia and Herzegovina) of the Convention', states: ['Algeria', 'Egypt', 'Bosnia and Herzegovina'], note: 'States inside the text, each once' },
  { printed: 'To strengthen measures (Azerbaijan); to continue the strategy (Italy); to make progress (Colombia);', text: 'To strengthen measures (Azerbaijan); to continue the strategy (Italy); to make progress', states: ['Azerbaijan', 'Italy', 'Colombia'], note: 'parts made by several States' },
  { printed: 'Take steps (United Kingdom of Great Britain and Northern Ireland).', text: 'Take steps', states: ['United Kingdom of Great Britain and Northern Ireland'], note: '"and" inside a name' },
  { printed: 'Continue its efforts in this field;', text: 'Continue its efforts in this field', states: [], note: 'no State printed' },
];

describe('recommendingStates', () => {
  it.each(cases)('$note', ({ printed, text, states }) => {
    expect(recommendingStates(printed)).toEqual({ text, states });
  });
});

describe('HeadingPath', () => {
  it('tells a letter "I." after "H." from the chapter I, and nests the levels', () => {
    const path = new HeadingPath();
    for (const h of ['I. Methodology', 'II. Framework', 'A. Constitution', 'H. Union membership', 'I. Institutions', '1. Committees', 'Parliament']) path.enter(h);
    expect(path.section).toEqual(['II. Framework', 'I. Institutions', '1. Committees', 'Parliament']);
    path.enter('III. Protection');
    path.enter('C. Rights');
    expect(path.section).toEqual(['III. Protection', 'C. Rights']);
    path.enter('Annex');
    expect(path.section).toEqual(['Annex']);
  });
});
