// The corpus the browser tests use when no built corpus/ exists: the route tests' hand-made
// items plus what the page has views for (graded recommendations, an evaluated task, a task
// with a deadline), so every view has something to draw.
import type { Item } from '../../core/schema.js';
import { loadCorpus, type LoadedCorpus } from '../../server/corpus.js';
import { SCHEMA_CHECKS } from '../../server/corpus-schema-checks.js';
import { smallCorpusFiles, SMALL_ITEMS } from '../support/small-corpus.js';

const FACTSHEET = 'lanzarote-factsheet-cz-2023';
const STRATEGY = 'national-strategy-thb-cz-2020-2023';
const span = { start: 0, end: 10 };

const EXTRA_ITEMS: Item[] = [
  {
    id: `${FACTSHEET}/rec/III-25`, document: FACTSHEET, type: 'recommendation', urgency: 'invite', addressee: 'all-parties',
    body: 'Lanzarote Committee', year: 2023, span, section: ['International cooperation'],
    text: 'The Committee invites the Parties to run a helpline across borders with their neighbours.',
    themes: ['international-cooperation', 'victim-assistance'],
    footnotes: [{ n: 7, text: 'See Recommendation II-6.', refs: { recommendations: ['II-6'], paragraphs: [] } }],
    refs: { recommendations: ['II-6'], paragraphs: [] },
  },
  {
    id: `${FACTSHEET}/rec/I-2`, document: FACTSHEET, type: 'recommendation', urgency: 'request', addressee: 'state',
    body: 'Lanzarote Committee', year: 2023, span, section: ['Legal framework'],
    text: 'The Committee requests that the Czech Republic criminalise online grooming, in line with para. 73.',
    themes: ['legal-framework', 'online-ict'],
    footnotes: [{ n: 8, text: 'Para. 73.', refs: { recommendations: [], paragraphs: [73] } }],
    refs: { recommendations: [], paragraphs: [73] },
  },
  {
    id: `${STRATEGY}/eval/3`, document: STRATEGY, type: 'evaluation', number: '3', status: 'partially', timetable: '2016-2019',
    body: 'Government of the Czech Republic', year: 2020, span, title: 'Training of labour inspectors',
    text: 'Training of labour inspectors Two training courses were held; the third was postponed.',
    description: 'Two training courses were held; the third was postponed.',
    responsible: ['Ministry of Labour'], themes: ['labour-exploitation', 'training-professionals'],
  },
  {
    id: `${STRATEGY}/task/2.4`, document: STRATEGY, type: 'task', number: '2.4', commitment: true, deadline: '2026',
    body: 'Government of the Czech Republic', year: 2020, span, title: 'A helpline for workers at risk',
    text: 'A helpline for workers at risk Set up a helpline in five languages for foreign workers.',
    responsible: ['Ministry of Labour'], themes: ['labour-exploitation', 'victim-assistance'],
  },
];

export const fixtureCorpus = (): LoadedCorpus =>
  loadCorpus(smallCorpusFiles([...SMALL_ITEMS, ...EXTRA_ITEMS]), { checks: SCHEMA_CHECKS });
