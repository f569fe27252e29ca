// Grading and addressee of single sentences: the Committee's governing verb, bold or not,
// and whom it names; the same verbs in ordinary prose are no grading.
import { describe, expect, it } from 'vitest';
import { addresseeOf, gradingOf } from './factsheet-grading.js';
import { addresseeOfHeading, readHeading, themesOfChapter } from './factsheet-headings.js';

const cases: { input: string; urgency?: 'require' | 'request' | 'invite'; addressee?: 'state' | 'all-parties'; note: string }[] = [
  { input: '- The Committee **requests** that the Czech Republic ensures in its legal framework that', urgency: 'request', addressee: 'state', note: '"that" + the state' },
  { input: 'Therefore, to improve the effective implementation of the Convention, the Committee invites the Czech Republic:', urgency: 'invite', addressee: 'state', note: 'verb not bold' },
  { input: 'The Committee also **invites** all Parties, including the Czech Republic:', urgency: 'invite', addressee: 'all-parties', note: '"also", all Parties' },
  { input: '- Mindful of the different contexts, the Committee **requests** those Parties that are not already doing so to ensure', urgency: 'request', addressee: 'all-parties', note: '"those Parties that are not already doing so"' },
  { input: '- The Committee **requests** Parties that are not already doing so, including the Czech Republic, to endeavour', urgency: 'request', addressee: 'all-parties', note: '"Parties … including the Czech Republic"' },
  { input: '- The Committee **requires** all Parties to ensure that investigations', urgency: 'require', addressee: 'all-parties', note: 'require' },
  { input: 'The Committee further requests Slovenia to collect data.', urgency: 'request', addressee: 'state', note: '"further", a state named without article' },
  { input: 'The Lanzarote Committee **invites** the Slovak Republic to share its guidelines.', urgency: 'invite', addressee: 'state', note: '"The Lanzarote Committee"' },
  { input: 'The Committee requests the Member States of the European Union to transpose the directive.', urgency: 'request', note: 'EU Member States: the sub-heading decides' },
  { input: 'The Committee invites the competent authorities to cooperate.', urgency: 'invite', note: 'no name: the sub-heading decides' },
  { input: 'Effective prevention mechanisms and responses to tackle sexual exploitation and abuse of children require an understanding of the issues at stake.', note: 'prose "require"' },
  { input: 'The penal code of the Czech Republic also requires dual criminality in order to apply the passive personality principle.', note: 'prose "requires" about a law' },
  { input: 'Additionally, the Committee notes that some Parties that are members of the European Union requires their nationals', note: 'the Committee notes; "requires" belongs to the Parties' },
  { input: '- **“Request”**: when the steps recommended correspond to obligations arising from the Lanzarote Convention', note: 'the definition of a grading is none' },
  { input: 'Parties are also invited to provide example(s) of how children’s views are taken into account.', note: 'passive "invited"' },
];

describe('gradingOf / addresseeOf', () => {
  it.each(cases)('$note', ({ input, urgency, addressee }) => {
    expect(gradingOf(input)?.urgency).toBe(urgency);
    if (urgency) expect(addresseeOf(input, undefined)).toBe(addressee);
  });

  it('falls back to the sub-heading when the sentence names no one', () => {
    expect(addresseeOf('The Committee invites the competent authorities to cooperate.', 'state')).toBe('state');
    expect(addresseeOf('The Committee invites the competent authorities to cooperate.', 'all-parties')).toBe('all-parties');
    expect(addresseeOf('The Committee **invites** the Czech Republic to share.', 'all-parties')).toBe('state');
  });
});

describe('factsheet headings', () => {
  it('reads sub-headings, practices and topics', () => {
    expect(readHeading('Observations and recommendations of the Committee on research specific to the Czech Republic')).toEqual({ kind: 'sub', text: expect.any(String), addressee: 'state', observations: true });
    expect(readHeading('Observations of the Committee on international cooperation specific to the Czech Republic')).toMatchObject({ kind: 'sub', addressee: 'state' });
    expect(readHeading('Generic recommendations of the Committee on research')).toMatchObject({ kind: 'sub', addressee: 'all-parties' });
    expect(readHeading('Key findings of the implementation report as to all Parties')).toMatchObject({ kind: 'sub', observations: false });
    expect(readHeading('Promising practices')).toMatchObject({ kind: 'practice' });
    expect(readHeading('On the specialisation and training of authorities')).toMatchObject({ kind: 'topic' });
    expect(readHeading('XI. Research')).toMatchObject({ kind: 'chapter', numeral: 'XI', themes: ['data-research'] });
    expect(addresseeOfHeading('Interplay of the age of criminal responsibility')).toBeUndefined();
  });

  it('gives online-ict only to chapters whose title is about ICT', () => {
    expect(themesOfChapter('Promoting awareness of the risks … faced by children generating and/or sharing sexual images and/or videos of themselves')).toEqual(['awareness-prevention', 'online-ict']);
    expect(themesOfChapter('Online abuse and ICTs')).toEqual(['online-ict']);
    expect(themesOfChapter('Higher education curriculum and continuous training')).toEqual(['training-professionals']);
    expect(themesOfChapter('Education for children')).toEqual(['education']);
  });
});
