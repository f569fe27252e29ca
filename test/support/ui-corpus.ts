// A hand-made corpus for the page tests: what the pages must show and tell apart. A lead-in
// title, a promise with no title or number, a task with deadline and responsible bodies, a
// document without a year and one with a coverage figure, markup to escape, and enough items
// on one word ("training") to fill two pages of results.
import type { DocumentSummary, Item } from '../../core/schema.js';
import { buildSearchEngine, serializeSearchEngine } from '../../core/search/index.js';
import { loadCorpus, type LoadedCorpus } from '../../server/corpus.js';
import { SCHEMA_CHECKS } from '../../server/corpus-schema-checks.js';

export const FACTSHEET = 'factsheet-xy-2023';
export const STRATEGY = 'strategy-xy-2020';
export const UNDATED = 'memo-xy';
const span = { start: 0, end: 10 };
const factsheet = { document: FACTSHEET, body: 'Lanzarote Committee', year: 2023, span };
const strategy = { document: STRATEGY, body: 'Ministry of the Interior', year: 2020, span };

export const LEAD_IN = 'The Committee invites all Parties, including the Country:';
export const TRAINING_PARAGRAPHS = 25;

export const UI_ITEMS: Item[] = [
  {
    ...factsheet, id: `${FACTSHEET}/rec/II-1`, type: 'recommendation', title: LEAD_IN, urgency: 'invite', addressee: 'all-parties',
    text: 'to introduce a definition of child sexual abuse material for helpline staff.', themes: ['legal-framework'],
    section: ['II. Legal framework'],
  },
  {
    ...factsheet, id: `${FACTSHEET}/rec/II-6`, type: 'recommendation', urgency: 'require', urgencyVerb: 'requires', addressee: 'state',
    text: 'The Committee requires the Country to set up a helpline for children.', themes: ['child-protection', 'victim-assistance'],
    refs: { recommendations: [], paragraphs: [73] },
    // The marker stood after "helpline"; the note resolves to a paragraph of the same corpus.
    footnotes: [{
      n: 1, text: 'Para. 73 of the implementation report.', refs: { recommendations: [], paragraphs: [73] },
      at: ['The Committee requires the Country to set up a helpline'.length], targets: [`${FACTSHEET}/para/III/1`],
    }],
  },
  {
    ...factsheet, id: `${FACTSHEET}/reply/1/commitment/1`, type: 'commitment', commitment: true, deadline: '2026',
    text: 'Starting in 2026, the helpline will answer calls in five languages.', themes: ['victim-assistance'],
  },
  {
    ...strategy, id: `${STRATEGY}/task/1.1`, type: 'task', number: '1.1', title: 'A study of helpline calls', commitment: true,
    deadline: '2023-12-31', responsible: ['Ministry of the Interior', 'Ministry of Labour'],
    text: 'A study of helpline calls Count and classify the calls to the helpline.', description: 'Count and classify the calls to the helpline.',
    themes: ['data-research'],
  },
  {
    ...strategy, id: `${STRATEGY}/eval/3`, type: 'evaluation', number: '3', title: 'Training of labour inspectors', status: 'partially',
    timetable: '2016-2019', responsible: ['Ministry of Labour'], text: 'Training of labour inspectors Two courses were held.',
    description: 'Two courses were held.', themes: ['training-professionals'],
  },
  {
    document: UNDATED, body: 'Some Alliance', span, id: `${UNDATED}/para/1`, type: 'paragraph', number: '1',
    text: 'Offenders posted <script>alert(1)</script> on a helpline forum & the police removed it.', themes: ['online-ict'],
  },
  ...Array.from({ length: TRAINING_PARAGRAPHS }, (_, k): Item => ({
    ...factsheet, id: `${FACTSHEET}/para/III/${k + 1}`, type: 'paragraph', themes: ['training-professionals'],
    text: `Paragraph ${k + 1} on the training of judges and prosecutors.`,
  })),
];

const countOf = (document: string) => UI_ITEMS.filter((item) => item.document === document).length;

export const UI_DOCUMENTS: DocumentSummary[] = [
  {
    id: FACTSHEET, title: 'Committee factsheet – Country: implementation report', body: 'Lanzarote Committee', year: 2023, kind: 'factsheet',
    format: 'txt', source: 'Secretariat factsheet, updated 2023', items: countOf(FACTSHEET), lostShare: 0.0123,
  },
  {
    id: STRATEGY, title: 'National Strategy against Trafficking 2020–2023', body: 'Ministry of the Interior', year: 2020, period: [2020, 2023],
    kind: 'national-strategy', format: 'pdf', items: countOf(STRATEGY),
  },
  { id: UNDATED, title: 'Memo without a date', body: 'Some Alliance', kind: 'memo', format: 'txt', items: countOf(UNDATED), inferred: true },
];

export function uiCorpus(documents: DocumentSummary[] = UI_DOCUMENTS): LoadedCorpus {
  return loadCorpus({
    items: JSON.stringify(UI_ITEMS),
    documents: JSON.stringify({ documents }),
    searchIndex: serializeSearchEngine(buildSearchEngine(UI_ITEMS, { abbreviations: {} })),
    stats: JSON.stringify({ note: 'hand-made' }),
  }, { checks: SCHEMA_CHECKS });
}
