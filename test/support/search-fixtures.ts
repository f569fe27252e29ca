// Hand-made items for the search tests: a few per behaviour, independent of the real
// corpus (which is built elsewhere). Each item says in its id what it is there to test.
import type { Item } from '../../core/schema.js';
import type { Lexicon } from '../../core/search/types.js';

let nextOffset = 0;

/** An item with defaults for the fields a test does not care about. */
export function makeItem(id: string, text: string, extra: Partial<Item> = {}): Item {
  const start = nextOffset;
  nextOffset += text.length + 1;
  return {
    id, text, document: 'lanzarote-2023', type: 'paragraph', body: 'Lanzarote Committee', year: 2023,
    themes: ['child-protection'], span: { start, end: start + text.length }, ...extra,
  };
}

const FILLER = 'The report describes the legal framework, the institutions concerned, the statistics collected by the ministries and the cooperation between agencies in considerable detail. ';

export const ITEMS: Item[] = [
  makeItem('rec/helplines', 'The Committee requires Parties to set up free helplines for children, available around the clock.', {
    type: 'recommendation', urgency: 'require', addressee: 'all-parties', themes: ['victim-assistance'],
    refs: { recommendations: ['III-25'], paragraphs: [] }, title: 'Helplines for children',
  }),
  makeItem('para/long-helpline', `${FILLER.repeat(6)}A helpline exists. ${FILLER.repeat(6)}`, { themes: ['legal-framework'] }),
  makeItem('rec/online-helplines', 'Parties should fund online helplines where children can report abuse.', {
    type: 'recommendation', urgency: 'request', addressee: 'state', themes: ['online-ict', 'victim-assistance'],
    refs: { recommendations: ['III-26'], paragraphs: [73] },
  }),
  makeItem('obs/phone-helplines', 'Helplines reachable by phone remain the main channel for children in rural areas.', {
    type: 'observation', refs: { recommendations: [], paragraphs: [73, 74] },
  }),
  makeItem('obs/hotline', 'A national hotline receives reports from the public.', { type: 'observation', year: 2022 }),
  makeItem('greta/thb-identification', 'GRETA urges the authorities to improve the identification of victims of trafficking in human beings for the purpose of labour exploitation.', {
    document: 'greta-cz-2020', body: 'GRETA', year: 2020, type: 'recommendation', urgency: 'require',
    themes: ['victim-identification', 'labour-exploitation'],
  }),
  makeItem('greta/thb-abbreviation', 'The national action plan against THB was adopted by the government.', {
    document: 'greta-cz-2020', body: 'GRETA', year: 2020, themes: ['legal-framework'],
  }),
  makeItem('greta/trafficking-2018', 'Prosecutions for trafficking remained rare and sentences lenient.', {
    document: 'greta-cz-2018', body: 'GRETA', year: 2018, themes: ['investigation-prosecution'],
  }),
  makeItem('lz/sexual-extortion', 'Children are increasingly exposed to sexual extortion through social media.', { themes: ['online-ict'] }),
  makeItem('lz/sextortion', 'Awareness campaigns on sextortion were run in schools.', { themes: ['awareness-prevention', 'education'] }),
  makeItem('lz/csam', 'Hosting providers should remove child sexual abuse material promptly.', { themes: ['online-ict'] }),
  makeItem('lz/child-pornography', 'The Criminal Code punishes the production of child pornography.', { themes: ['legal-framework'] }),
  makeItem('lz/grooming', 'The Committee invites Parties to criminalise the solicitation of children for sexual purposes through ICT.', {
    type: 'recommendation', urgency: 'invite', addressee: 'all-parties', themes: ['legal-framework', 'online-ict'],
  }),
  makeItem('lz/csgsiv', 'The risks linked to child self-generated sexual images and/or videos are rising.', { themes: ['online-ict'] }),
  makeItem('lz/child-protection', 'The child protection system needs a thorough reform.', {}),
  makeItem('lz/protection-of-child', 'Protection is a duty owed to every child by the state.', {}),
  makeItem('lz/police', 'Specialised police units investigate abuse cases.', { themes: ['investigation-prosecution'] }),
  makeItem('lz/policy', 'A comprehensive policy on abuse prevention was drafted.', { themes: ['awareness-prevention'] }),
  makeItem('lz/markup', 'Reports quoting <script>alert("x")</script> & other markup about helplines must stay inert.', {}),
  makeItem('cz/task-2025', 'Extend the network of crisis centres for children.', {
    document: 'cz-strategy-2021', body: 'Czech Government', year: 2021, type: 'task', commitment: true,
    deadline: '2025-12-31', responsible: ['Ministerstvo práce a sociálních věcí'], themes: ['victim-assistance'],
  }),
  makeItem('cz/task-2023', 'Train judges on interviewing child victims.', {
    document: 'cz-strategy-2021', body: 'Czech Government', year: 2021, type: 'task', commitment: true,
    deadline: '2023', responsible: ['Ministerstvo spravedlnosti'], themes: ['training-professionals'],
  }),
  makeItem('cz/task-continuous', 'Monitor online risks for children continuously.', {
    document: 'cz-strategy-2021', body: 'Czech Government', year: 2021, type: 'task', commitment: true,
    deadline: 'continuously', themes: ['online-ict'],
  }),
];

export const LEXICON: Lexicon = {
  abbreviations: {
    CSGSIV: ['child self-generated sexual images and/or videos'],
    THB: ['trafficking in human beings'],
  },
};

export const ids = (hits: { item: Item }[]): string[] => hits.map((h) => h.item.id);
