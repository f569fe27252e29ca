// The line rules of GRETA replies and reports, as tables of (text, expected, note): quoted
// graded paragraphs, reply labels, paragraph citations, and the urgency a lead-in gives the
// imperative recommendations listed under it.
import { describe, expect, it } from 'vitest';
import { greta } from '../../series/greta.js';
import { citedParagraphs } from '../../series/citations.js';
import { quotedOpening, replyLabelLength } from './greta-reply-quotes.js';
import { segmentText } from '../../../test/support/segment-fixture.js';
import { gretaReplyKind } from './greta-reply.js';

const layout = greta.reports!;

describe('quoted GRETA paragraphs', () => {
  it.each([
    { text: '52. GRETA considers that the Norlandic authorities should develop a statistical system.', expected: { number: '52', urgency: 'request', verb: 'considers … should' }, note: 'numbered, "considers … should"' },
    { text: '88. In the light of the above, GRETA urges the authorities to act.', expected: { number: '88', urgency: 'require', verb: 'urges' }, note: 'grading later in the first sentence' },
    { text: 'Le GRETA exhorte les autorités valmoriennes à :', expected: { urgency: 'require', verb: 'exhorte' }, note: 'French, unnumbered' },
    { text: '"GRETA invites the authorities to continue."', expected: { urgency: 'invite', verb: 'invites' }, note: 'in quotation marks' },
    { text: "3. GRETA's report was presented to the staff of all centres.", expected: undefined, note: 'names GRETA, grades nothing' },
    { text: 'As GRETA urged in its report, men are no longer placed in hostels.', expected: undefined, note: 'past tense, mid-sentence' },
    { text: '1. The Ministry adopted a plan in 2014. GRETA urges the authorities to fund it.', expected: undefined, note: 'grading only after the first sentence of a numbered line' },
    { text: 'In 2014, GRETA considers that the authorities should act.', expected: undefined, note: 'unnumbered: the grading must open the line' },
  ])('$note', ({ text, expected }) => {
    const q = quotedOpening(greta, text);
    expect(q && { ...(q.number ? { number: q.number } : {}), urgency: q.grading.urgency, verb: q.grading.verb }).toEqual(expected);
  });
});

describe('reply labels', () => {
  it.each([
    { text: 'Reply:', expected: 6 },
    { text: 'Reply: The Judicial Academy has included …', expected: 7 },
    { text: 'Information on implementation:', expected: 30 },
    { text: 'Réponse : La circulaire du ministère …', expected: 10 },
    { text: 'Informations sur la mise en œuvre :', expected: 35 },
    { text: 'Response of the authorities:', expected: 28 },
    { text: 'The reply was sent in May: it described …', expected: undefined },
  ])('$text', ({ text, expected }) => {
    expect(replyLabelLength(layout, text)).toBe(expected);
  });
});

describe('paragraph citations', () => {
  it.each([
    { text: '… stated in the law (paragraph 7).', expected: [7] },
    { text: '… criminal proceedings (see paragraphs 15 and 16).', expected: [15, 16] },
    { text: '… of victims (paragraphs 18-20).', expected: [18, 19, 20] },
    { text: '… (paragraphs 12, 15 and 18);', expected: [12, 15, 18] },
    { text: '… autorités de poursuite (voir paragraphe 9).', expected: [9] },
    { text: '… (paragraphes 11 à 13).', expected: [11, 12, 13] },
    { text: '… as set out in paragraph 7 of the report.', expected: [], note: 'not in the parenthesised form' },
  ])('$text', ({ text, expected }) => {
    expect(citedParagraphs(layout, text)).toEqual(expected);
  });
});

const IMPERATIVE_LIST = (leadIn: string) => `Committee of the Parties
to the Council of Europe Convention
on Action against Trafficking in Human Beings

Report submitted by the authorities of Examplia on measures taken to comply with Committee of the Parties Recommendation CP/Rec(2023)02

${leadIn}

1. Strengthen the multi-agency response to trafficking for the purpose of labour exploitation, including by:
- setting up joint inspection teams of labour inspectors and police officers;

Joint teams were set up in all regions in 2022.

2. Improve the identification of victims of trafficking among asylum seekers and persons in detention.

Screening was introduced in 2023.
`;

describe('imperative recommendations: urgency from the lead-in only', () => {
  it('takes "require" and the verb when the lead-in says GRETA used the verb "urge"', () => {
    const { items } = segmentText(gretaReplyKind, IMPERATIVE_LIST('Recommendations in respect of which GRETA used the verb “urge”, and information on their implementation:'));
    const recs = items.filter((i) => i.type === 'recommendation');
    expect(recs.map((r) => [r.key, r.urgency, r.urgencyVerb])).toEqual([
      ['rec/1', 'require', 'urge'], ['rec/1.1', 'require', 'urge'], ['rec/2', 'require', 'urge'],
    ]);
  });
  it('leaves urgency absent when nothing in the document grades them', () => {
    const { items } = segmentText(gretaReplyKind, IMPERATIVE_LIST('Overview of recommendations to Examplia and information on their implementation:'));
    const recs = items.filter((i) => i.type === 'recommendation');
    expect(recs).toHaveLength(3);
    expect(recs.filter((r) => r.urgency !== undefined || r.urgencyVerb !== undefined)).toEqual([]);
  });
});
