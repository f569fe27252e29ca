// A second reply of the same kind, written for this test (another state, other wording), so
// the rules are seen to follow the document's structure rather than the Czech report's words.
// It carries the traps in new forms: a numbered list inside a reply that reaches the next
// recommendation's number, lower-case bullets inside a reply, parts opened by a lead-in
// after the first reply, parts merged on one line, a part cut by a page break.
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../layout/layout.js';
import type { SourceDocument } from '../../types.js';
import { gretaReplyKind } from './greta-reply.js';

const TEXT = `Committee of the Parties
to the Council of Europe Convention
on Action against Trafficking in Human Beings

CP(2023)11

Report submitted by the authorities of Examplia
on measures taken to comply with
Committee of the Parties Recommendation
CP/Rec(2021)04

Overview of recommendations to Examplia and information on their implementation:

1. Strengthen the multi-agency response to trafficking for the purpose of labour exploitation, including by:
 - setting up joint inspection teams of labour inspectors and police officers;

Joint teams were set up in all regions in 2022. They carried out 312 inspections.

- reviewing the licensing of recruitment agencies;

The licensing rules were reviewed. The measures adopted include:

- stricter checks of agency owners;
- a public register of licences.

The register is online since March 2023.

2. Improve the identification of victims of trafficking among asylum seekers.

The following trainings were held:

1. Trainings for asylum officers

Forty officers were trained in 2022.

2. Guidance for interviewers

A guidance note was issued.

3. The Migration Office adopted a screening checklist for all new applicants in 2023.

Such measures should continue:

- within the budget of the Migration Office.

3. Take further steps to guarantee access to compensation for victims of trafficking.

Compensation was awarded in four cases.

This should include steps to:

- ensuring that victims of trafficking can obtain compensation from offenders within a reasonable time; - reviewing the eligibility criteria for state compensation;

A new law on state compensation entered into force in 2024.

-
- guaranteeing free legal aid to victims of trafficking, regardless of their residence status and of whether they

3

cooperate with the authorities.

Free legal aid is granted by law.
`;

const doc = { meta: {}, inferred: false, extracted: { text: TEXT } } as unknown as SourceDocument;
const layout = buildLayout(TEXT);
const { items, headings } = gretaReplyKind.segment(layout, doc);
const get = (key: string) => {
  const item = items.find((i) => i.key === key);
  if (!item) throw new Error(`no item ${key}; keys: ${items.map((i) => i.key).join(', ')}`);
  return item;
};

const EXPECTED: { key: string; parentKey?: string; starts: string; reply?: string; note: string }[] = [
  { key: 'rec/1', starts: 'Strengthen the multi-agency response', note: 'parts under "including by:"' },
  { key: 'rec/1.1', parentKey: 'rec/1', starts: 'setting up joint inspection teams', reply: 'Joint teams were set up', note: 'indented, no blank line' },
  { key: 'rec/1.2', parentKey: 'rec/1', starts: 'reviewing the licensing of recruitment agencies;', reply: 'The licensing rules were reviewed.', note: 'reply with lower-case bullets after "include:"' },
  { key: 'rec/2', starts: 'Improve the identification of victims', reply: 'The following trainings were held:', note: 'reply with a numbered list reaching 3' },
  { key: 'rec/3', starts: 'Take further steps to guarantee access to compensation', reply: 'Compensation was awarded in four cases.', note: 'lead-in after the first reply' },
  { key: 'rec/3.1', parentKey: 'rec/3', starts: 'ensuring that victims of trafficking can obtain compensation', note: 'first of two merged parts' },
  { key: 'rec/3.2', parentKey: 'rec/3', starts: 'reviewing the eligibility criteria for state compensation;', reply: 'A new law on state compensation', note: 'second of two merged parts' },
  { key: 'rec/3.3', parentKey: 'rec/3', starts: 'guaranteeing free legal aid', reply: 'Free legal aid is granted by law.', note: 'after an empty bullet, cut by a page break' },
];

describe('a second GRETA reply', () => {
  it('is recognised as one', () => {
    expect(gretaReplyKind.detect(TEXT).matched).toBe(true);
  });
  it('finds exactly the recommendations and parts printed', () => {
    expect(items.filter((i) => i.type === 'recommendation').map((i) => i.key)).toEqual(EXPECTED.map((e) => e.key));
    expect(items.filter((i) => i.type === 'response')).toHaveLength(EXPECTED.filter((e) => e.reply).length);
  });
  it.each(EXPECTED)('$key: $note', (e) => {
    const rec = get(e.key);
    expect(rec.parentKey).toBe(e.parentKey);
    expect(rec.text.startsWith(e.starts), rec.text).toBe(true);
    const reply = items.find((i) => i.respondsToKey === e.key);
    if (e.reply) expect(reply?.text.startsWith(e.reply), reply?.text).toBe(true);
    else expect(reply).toBeUndefined();
  });
  it('keeps lower-case bullets under a reply\'s own "include:" in the reply', () => {
    expect(get('reply/1.2').text).toContain('- stricter checks of agency owners;\n- a public register of licences.');
  });
  it('keeps a numbered list in the reply, even its item numbered like the next recommendation', () => {
    const reply = get('reply/2').text;
    expect(reply).toContain('1. Trainings for asylum officers');
    expect(reply).toContain('3. The Migration Office adopted a screening checklist');
  });
  it('does not open parts with a reply sentence that merely ends with ":" ', () => {
    expect(get('reply/2').text).toContain('Such measures should continue:\n- within the budget of the Migration Office.');
  });
  it('appends the lead-in to its recommendation and answers the merged parts together', () => {
    expect(get('rec/3').text.endsWith('\nThis should include steps to:')).toBe(true);
    expect(get('rec/3.1').response).toBe(get('reply/3.2').text);
  });
  it('joins the part cut by a page break', () => {
    expect(get('rec/3.3').text).toMatch(/of whether they cooperate with the authorities\.$/);
  });
  it('reads the section from the title page', () => {
    expect(get('rec/2').section).toEqual(['Overview of recommendations to Examplia and information on their implementation']);
    expect(headings.length).toBeGreaterThan(5);
  });
});
