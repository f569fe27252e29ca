// A hand-made corpus for route tests: small enough to know every answer, with each kind of
// link (part-of, reply, footnote refs, related) and an item holding markup to escape.
import type { DocumentSummary, Item } from '../../core/schema.js';
import { buildSearchEngine, serializeSearchEngine } from '../../core/search/index.js';
import { loadCorpus, type CorpusFiles, type LoadedCorpus } from '../../server/corpus.js';
import { SCHEMA_CHECKS } from '../../server/corpus-schema-checks.js';

const FACTSHEET = 'lanzarote-factsheet-cz-2023';
const STRATEGY = 'national-strategy-thb-cz-2020-2023';
const REPORT = 'global-alliance-report-cz-2014';

const base = (document: string, body: string, year: number) => ({ document, body, year, span: { start: 0, end: 10 } });
const lanzarote = base(FACTSHEET, 'Lanzarote Committee', 2023);

export const SMALL_ITEMS: Item[] = [
  {
    ...lanzarote, id: `${FACTSHEET}/rec/II-6`, type: 'recommendation', number: 'II-6', urgency: 'require', addressee: 'state',
    text: 'The Lanzarote Committee requires the Parties to set up a helpline for children.',
    themes: ['child-protection', 'victim-assistance'], section: ['Prevention'],
    refs: { recommendations: ['III-25'], paragraphs: [73] },
    footnotes: [{ n: 1, text: 'Para. 73 of the implementation report.', refs: { recommendations: [], paragraphs: [73] } }],
  },
  {
    ...lanzarote, id: `${FACTSHEET}/rec/II-6/a`, type: 'recommendation', parentId: `${FACTSHEET}/rec/II-6`,
    urgency: 'require', addressee: 'state', text: 'The helpline should be free of charge.', themes: ['child-protection'],
  },
  {
    ...lanzarote, id: `${FACTSHEET}/reply/II-6`, type: 'response', respondsTo: `${FACTSHEET}/rec/II-6`, commitment: true,
    text: 'The Ministry will extend the helpline to 24 hours by 2025.', themes: ['victim-assistance'],
  },
  {
    ...base(STRATEGY, 'Government of the Czech Republic', 2020), id: `${STRATEGY}/task/1.1`, type: 'task', number: '1.1',
    commitment: true, deadline: '2023-12-31', responsible: ['Ministry of the Interior'],
    text: '=Train labour inspectors, to identify "victims" of forced labour.', themes: ['labour-exploitation', 'training-professionals'],
    related: [
      { id: `${FACTSHEET}/rec/II-6`, score: 0.5, terms: ['victim'] },
      { id: 'no-such-item', score: 0.4, terms: ['gone'] },
    ],
  },
  {
    ...base(REPORT, 'Global Alliance against Child Sexual Abuse Online', 2014), id: `${REPORT}/para/12`, type: 'paragraph',
    number: '12', text: 'Offenders posted <script>alert(1)</script> on a forum & the police removed it.', themes: ['online-ict'],
    refs: { recommendations: ['iii-25'], paragraphs: [73] },
    footnotes: [
      { n: 2, text: 'See para. 73.', refs: { recommendations: [], paragraphs: [73] } },
      { n: 3, text: 'Ibid.', refs: { recommendations: [], paragraphs: [73] }, ibidOf: 2 },
    ],
  },
];

const summary = (id: string, body: string, year: number, items: number): DocumentSummary =>
  ({ id, title: `Title of ${id}`, body, year, kind: 'report', format: 'txt', items });

export const SMALL_DOCUMENTS: DocumentSummary[] = [
  summary(REPORT, 'Global Alliance against Child Sexual Abuse Online', 2014, 1),
  summary(FACTSHEET, 'Lanzarote Committee', 2023, 3),
  summary(STRATEGY, 'Government of the Czech Republic', 2020, 1),
];

export function smallCorpusFiles(items: Item[] = SMALL_ITEMS): CorpusFiles {
  return {
    items: JSON.stringify(items),
    documents: JSON.stringify({ documents: SMALL_DOCUMENTS }),
    searchIndex: serializeSearchEngine(buildSearchEngine(items, { abbreviations: {} })),
    stats: JSON.stringify({ note: 'hand-made' }),
  };
}

export const smallCorpus = (): LoadedCorpus => loadCorpus(smallCorpusFiles(), { checks: SCHEMA_CHECKS });
