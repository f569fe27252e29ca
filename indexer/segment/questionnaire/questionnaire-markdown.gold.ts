// Gold items of fixtures/reply-markdown-labels-ru-2018.txt, read off the document by hand: a
// 2nd-round questionnaire reply converted to Markdown, with "#" headings, each sub-question
// labelled "**Question 1.1**" and each answer "**Answer:**". Written for this test in the
// layout of such replies; not the text of any published reply.
import type { GoldDocument, GoldItem } from '../../../test/support/fixture-gold.js';

const S1 = ['Prevention', 'Question 1. Awareness-raising or educational activities'];
const S2 = ['Prevention', 'Question 2. Civil society involvement'];
const S3 = ['Prevention', 'Question 3. Research'];
const q = (key: string, section: string[], starts: string): GoldItem => ({ key: `q/${key}`, type: 'question', number: key, starts, section, lacks: ['Question ' + key] });
const a = (key: string, section: string[], starts: string, extra: Partial<GoldItem> = {}): GoldItem =>
  ({ key: `a/${key}`, type: 'answer', starts, respondsToKey: `q/${key}`, section, lacks: ['Answer:'], ...extra });

export const REPLY_MARKDOWN_LABELS_RU: GoldDocument = {
  file: 'reply-markdown-labels-ru-2018.txt',
  meta: { id: 'lanzarote-reply-r2-ru-2018', title: 'Reply of Ruritania to the thematic questionnaire (2nd monitoring round)', body: 'Lanzarote Committee', year: 2018, round: '2nd monitoring round', country: 'RU', kind: 'questionnaire-reply' },
  traps: [
    '"#" heading marks are markup; the chapter "Prevention" stays in every section path',
    '"**Question 1.1**" labels the sub-question: the label is not its text, the number is its number',
    '"**Answer:**" labels the answer: not its text',
    'a sub-question that asks with "Please describe …" and no question mark',
  ],
  items: [
    q('1.1', S1, 'Are there awareness-raising or educational activities/tools/materials/measures addressed to children'),
    a('1.1', S1, 'Yes. The Ministry of Education runs the campaign'),
    q('1.2', S1, 'Are there awareness-raising or educational activities addressed to parents'),
    a('1.2', S1, 'The national helpline for children organises seminars for parents every year.'),
    q('2.1', S2, 'Please describe how civil society organisations are involved'),
    a('2.1', S2, 'NGOs take part in the national working group on online child protection.'),
    q('2.2', S2, 'Are children involved in the design of prevention activities?'),
    a('2.2', S2, 'Yes, through the national youth council.'),
    q('3.1', S3, 'Are there research studies on child self-generated sexual images?'),
    a('3.1', S3, 'Not yet. A study is planned for 2025.'),
  ],
};
