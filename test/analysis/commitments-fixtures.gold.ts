// Commitments of replies that are not seeds, read off each document by hand: the readers'
// fixtures of other Parties (a Committee of the Parties reply quoting GRETA's paragraphs, a
// thematic reply, two Global Alliance reports) and a reply written for this table with the
// traps of the seeds in another country's words (lists inside a paragraph, a body's name in
// sentence case, "the Centre" for the body named before, relative and misprinted deadlines,
// a future verb with a past date, legal provisions in "shall"). Same reading rules as
// commitments.gold.ts. Keys are item ids without the document id.
import type { DocumentMeta } from '../../core/schema.js';
import type { CommitmentGold } from './commitments.gold.js';

export interface CommitmentFixtureGold {
  name: string;
  file: URL;
  meta: Omit<DocumentMeta, 'file' | 'format'>;
  commitments: CommitmentGold[];
}

const fixture = (path: string) => new URL(`../../${path}`, import.meta.url);
const meta = (kind: string, year: number, body: string) => ({ id: 'fx', title: 'fixture', body, kind, year, country: 'XX' });

export const FIXTURE_COMMITMENTS: CommitmentFixtureGold[] = [
  {
    name: 'reply quoting GRETA paragraphs (Norland, 2015)',
    file: fixture('indexer/segment/greta-reply/fixtures/cp-reply-r1-norland-2015.txt'),
    meta: meta('greta-reply', 2015, 'GRETA'),
    commitments: [
      {
        id: 'reply/52/commitment/1', respondsTo: 'rec/52',
        starts: 'The first consolidated figures, covering 2014, will be published', ends: "in the Rapporteur's annual report in May 2015.",
        deadline: 'in May 2015', due: '2015-05',
        note: 'a passive with no agent: the report it appears in is no actor; 2014 is past',
      },
      {
        id: 'reply/104/commitment/1', respondsTo: 'rec/104', responsible: ['working group'],
        starts: 'The working group agreed on the following tasks for 2015: 1. Draft operational guidelines', ends: 'taking part in the National Referral Mechanism.',
        deadline: 'for 2015', due: '2015', note: 'tasks for the year of the reply, dated by their lead-in',
      },
      {
        id: 'reply/104/commitment/2', respondsTo: 'rec/104', responsible: ['working group'],
        starts: 'The working group agreed on the following tasks for 2015: … 2. Train the staff', ends: 'on the indicators of trafficking.',
        deadline: 'for 2015', due: '2015',
      },
      {
        id: 'reply/104/commitment/3', respondsTo: 'rec/104', responsible: ['working group'],
        starts: 'The working group agreed on the following tasks for 2015: … 3. Evaluate the first year', ends: 'together with the NGOs concerned.',
        deadline: 'for 2015', due: '2015',
      },
    ],
  },
  {
    name: 'thematic reply (Duria, 2021)',
    file: fixture('indexer/segment/greta-reply/fixtures/cp-reply-thematic-r3-duria-2021.txt'),
    meta: meta('greta-reply', 2021, 'GRETA'),
    commitments: [
      {
        id: 'reply/85.2/commitment/1', respondsTo: 'rec/85.2', responsible: ['Migration Agency'],
        starts: "The Migration Agency's training plan for 2021 comprises: 1. An e-learning module", ends: 'for all reception staff.',
        deadline: 'for 2021', due: '2021',
      },
      {
        id: 'reply/85.2/commitment/2', respondsTo: 'rec/85.2', responsible: ['Migration Agency'],
        starts: "The Migration Agency's training plan for 2021 comprises: … 2. Two regional seminars", ends: 'immigration detention centres.',
        deadline: 'for 2021', due: '2021', note: 'entry 3 reports a past presentation (June 2019): no promise',
      },
    ],
  },
  {
    name: 'Global Alliance report (Lithuania, 2013)',
    file: fixture('indexer/segment/global-alliance/fixtures/ga-2013-lithuania.txt'),
    meta: meta('global-alliance-report', 2013, 'Global Alliance against Child Sexual Abuse Online'),
    commitments: [
      {
        id: 'goal/1.1/B', respondsTo: 'goal/1.1', responsible: ['Lithuania'],
        starts: 'Lithuania will: - appoint a third officer', ends: 'within one month of identification.',
        note: 'three promises, one of them dated: the answer keeps no single deadline',
      },
      {
        id: 'goal/1.1/B/commitment/1', respondsTo: 'goal/1.1', responsible: ['Lithuania'],
        starts: 'Lithuania will: - appoint a third officer', ends: 'to the victim identification team by March 2014',
        deadline: 'by March 2014', due: '2014-03', note: 'a list entry with its lead-in, without the entries after it',
      },
      {
        id: 'goal/2.1/B', respondsTo: 'goal/2.1', responsible: ['Ministry of Justice'],
        starts: 'The Ministry of Justice will prepare amendments', ends: 'without downloading it.',
        deadline: 'before the end of 2013', due: '2013', note: 'one dated promise: the answer itself carries its deadline',
      },
      {
        id: 'goal/3.1/B', respondsTo: 'goal/3.1',
        starts: 'The campaign will be extended to kindergartens', ends: "parents' meetings in 2014.",
        deadline: 'in 2014', due: '2014',
      },
      {
        id: 'goal/4.1/B', respondsTo: 'goal/4.1',
        starts: 'A memorandum with the five largest hosting providers', ends: 'a deadline of 48 hours for removal.',
        note: '"48 hours" is no date',
      },
    ],
  },
  {
    name: 'Global Alliance report (Portugal, 2014)',
    file: fixture('indexer/segment/global-alliance/fixtures/ga-2014-portugal.txt'),
    meta: meta('global-alliance-report', 2014, 'Global Alliance against Child Sexual Abuse Online'),
    commitments: [
      {
        id: 'goal/1.1/C', respondsTo: 'goal/1.1',
        starts: 'Two analysts will complete', ends: "INTERPOL's victim identification course in 2015.",
        deadline: 'in 2015', due: '2015', note: 'INTERPOL gives the course: it is not the one promising',
      },
      {
        id: 'goal/2.1/C', respondsTo: 'goal/2.1',
        starts: 'The law is expected to enter into force', ends: 'in August 2015.',
        deadline: 'in August 2015', due: '2015-08', note: '"Law No. 103/2015" is a citation, not a date',
      },
    ],
  },
  {
    name: 'reply written with the seeds\' traps (Ostmark, 2019)',
    file: fixture('test/analysis/fixtures/cp-reply-r2-ostmark-2019.txt'),
    meta: meta('greta-reply', 2019, 'GRETA'),
    commitments: [
      {
        id: 'reply/52/commitment/1', respondsTo: 'rec/52', responsible: ['Federal Statistics Office'],
        starts: 'The Federal Statistics Office will publish', ends: 'by the end of next year.',
        deadline: 'by the end of next year', due: '2020',
      },
      {
        id: 'reply/76/commitment/1', respondsTo: 'rec/76', responsible: ['Judicial Training Centre'],
        starts: 'The Centre will extend the module', ends: 'by the end of this year.',
        deadline: 'by the end of this year', due: '2019', note: '"the Centre" is the body named in full before',
      },
      {
        id: 'reply/76/commitment/2', respondsTo: 'rec/76',
        starts: 'There are three levels of training: 1. Basic level', ends: '(a new course should be ready by June 2019)',
        deadline: 'by June 2019', due: '2019-06',
      },
      {
        id: 'reply/76/commitment/3', respondsTo: 'rec/76', responsible: ['Office for the training of prosecutors and court clerks'],
        starts: 'There are three levels of training: … 2. The Office for the training', ends: '(a new course should be ready by September 2019)',
        deadline: 'by September 2019', due: '2019-09', note: 'a name in sentence case, whole',
      },
      {
        id: 'reply/76/commitment/4', respondsTo: 'rec/76', responsible: ['Judicial Training Centre'],
        starts: "The Centre's training plan for 2019–2021 comprises: 1. A module on trafficking", ends: '(first half of 2020).',
        deadline: 'first half of 2020', due: '2020-H1', note: 'an entry\'s own date wins over its lead-in\'s',
      },
      {
        id: 'reply/76/commitment/5', respondsTo: 'rec/76', responsible: ['Judicial Training Centre'],
        starts: "The Centre's training plan for 2019–2021 comprises: … 2. A module on financial investigations", ends: '(2021–2019).',
        deadline: '2021–2019', due: '2021/2019', dueProblem: 'range ends before it starts',
      },
      {
        id: 'reply/76/commitment/6', respondsTo: 'rec/76', responsible: ['Judicial Training Centre'],
        starts: "The Centre's training plan for 2019–2021 comprises: … 3. Refresher courses", ends: 'every year.',
        deadline: 'every year', due: 'annual',
      },
      {
        id: 'reply/104/commitment/1', respondsTo: 'rec/104',
        starts: 'A draft law on the identification of victims was submitted to Parliament in March 2019. It is expected', ends: 'within two years.',
        deadline: 'within two years', due: '2021', note: '"It" is the draft law of the sentence before; Parliament is not named as acting',
      },
      {
        id: 'reply/104/commitment/2', respondsTo: 'rec/104', responsible: ['Ministry of the Interior', 'Ministry of Health'],
        starts: 'The Ministry of the Interior and the Ministry of Health will issue', ends: 'National Coalition of Anti-Trafficking NGOs.',
        deadline: 'in the second quarter of 2020', due: '2020-Q2', note: 'the body they cooperate with does not act',
      },
      {
        id: 'reply/118/commitment/1', respondsTo: 'rec/118', responsible: ['Social Insurance Agency'],
        starts: 'From 1 January 2020, victims will receive a monthly allowance', ends: 'which the Social Insurance Agency will pay.',
        deadline: 'From 1 January 2020', due: '2020-01-01', note: 'the subject of the second promise verb; 2017 with "will no longer" is past',
      },
      {
        id: 'reply/127/commitment/1', respondsTo: 'rec/127', responsible: ['Ostmark'],
        starts: 'Ostmark will host a regional conference', ends: 'in autumn 2019.',
        deadline: 'in autumn 2019', due: '2019', note: 'the State as subject; the "shall" provisions after it are law, not promises',
      },
    ],
  },
];
