// Relevance judgements for the search engine (issue 6, "Evaluation").
//
// Each query is one a user of DESIGN.md would type: researchers (topics across documents and
// bodies), a committee secretariat (recommendation ids, cited paragraphs), journalists
// (commitments, tasks with deadlines). `mustFind` lists the items that a person reading the
// seed documents (seeds/*.txt) would expect on the first page of results: they were chosen
// from the documents' text, not from what the engine returns. Keep the lists short and
// unarguable; a query the engine fails stays here (the suite's floor accounts for it) until
// the engine is fixed.
import type { SearchFilters } from '../../core/search/types.js';
import { FS, GA, GR, NS, QR } from './seed-documents.js';

export interface RelevanceQuery {
  query: string;
  filters?: SearchFilters;
  mustFind: string[];
  note: string;
}

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // ── Researchers: topics across documents ────────────────────────────────────────────
  {
    query: 'helplines',
    mustFind: [`${FS}/rec/VI-1`, `${FS}/rec/VI-2`, `${FS}/obs/VI/1`, `${FS}/obs/VII/2`, `${QR}/q/6.1`],
    note: 'researcher: every text on helplines, factsheet chapter VI and the 2018 question 6.1',
  },
  {
    query: 'grooming',
    mustFind: [`${FS}/rec/II-10`, `${GA}/goal/2.1/A`, `${GA}/target/3`, `${FS}/rec/IV-8`],
    note: 'grooming; IV-8 says "solicitation of children for sexual purposes" (Article 23 wording)',
  },
  {
    query: 'sextortion',
    mustFind: [`${FS}/obs/II/3`, `${FS}/rec/II-12`],
    note: 'press word; the Committee prints "sexual extortion of children"',
  },
  {
    query: 'sexting',
    mustFind: [`${FS}/practice/III/2`],
    note: 'the Judicial Academy seminars on cybergrooming, sexting, extortion',
  },
  {
    query: 'labour exploitation',
    mustFind: [`${GR}/rec/2`, `${GR}/reply/2`, `${GR}/rec/9.2`, `${NS}/eval/2`, `${NS}/task/2.3`],
    note: 'GRETA recommendation 2 and the strategy task/evaluation on labour exploitation',
  },
  {
    query: 'unaccompanied children',
    mustFind: [`${GR}/rec/3.2`, `${GR}/rec/3.3`, `${GR}/rec/5.3`],
    note: 'GRETA recommendations on unaccompanied (foreign) children',
  },
  {
    query: 'compensation for victims',
    mustFind: [`${GR}/rec/7`, `${GR}/rec/7.2`, `${GR}/reply/7.3`, `${NS}/p/20`],
    note: 'GRETA recommendation 7 and the strategy finding "improve the financial compensation system"',
  },
  {
    query: 'non-punishment',
    mustFind: [`${GR}/rec/8`, `${GR}/reply/8`],
    note: 'non-punishment principle, GRETA recommendation 8 and its reply',
  },
  {
    query: 'data collection',
    mustFind: [`${GR}/rec/1`, `${GR}/reply/1`, `${NS}/task/4.3`, `${FS}/rec/XI-4`],
    note: 'data collection systems across GRETA, the strategy and the factsheet',
  },
  {
    query: 'training of judges',
    mustFind: [`${FS}/obs/III/6`, `${FS}/obs/III/7`, `${GR}/reply/2/commitment/2`, `${NS}/p/12`],
    note: 'judges\' training: factsheet observations, the 2026 mandatory programme, the strategy\'s criticism',
  },
  {
    query: 'victim identification',
    mustFind: [`${GR}/rec/4.1`, `${NS}/goal/2`, `${FS}/obs/III/8`],
    note: 'formalised identification procedure, the strategy goal, victim identification units',
  },
  {
    query: 'dual criminality',
    mustFind: [`${FS}/rec/IV-6`, `${FS}/rec/IV-7`, `${FS}/rec/IV-8`, `${FS}/obs/IV/5`],
    note: 'jurisdiction chapter of the factsheet',
  },
  {
    query: 'jurisdiction nationals',
    mustFind: [`${FS}/obs/IV/2`, `${FS}/rec/IV-9`],
    note: 'jurisdiction based on nationality (Article 25)',
  },
  {
    query: 'international cooperation',
    mustFind: [`${FS}/rec/V-3`, `${FS}/para/V/1`, `${NS}/task/4.1`],
    note: 'factsheet chapter V and the strategy task 4.1',
  },
  {
    query: 'national referral mechanism',
    mustFind: [`${GR}/rec/5.1`, `${NS}/task/4.4`],
    note: 'GRETA 5.1 (NRM for children) and the strategy task to revise the NRM',
  },
  {
    query: 'Dublin procedure victims',
    mustFind: [`${GR}/rec/4.3`, `${GR}/reply/4.3`],
    note: 'Dublin procedure applied to presumed victims',
  },
  {
    query: 'sexual education schools',
    mustFind: [`${QR}/a/1.1`, `${QR}/a/1.2`, `${FS}/obs/IX/2`],
    note: 'compulsory sexual education in schools (2018 reply) and Health Education (factsheet)',
  },

  // ── Misspellings ───────────────────────────────────────────────────────────────────
  {
    query: 'helplnes',
    mustFind: [`${FS}/rec/VI-1`, `${FS}/rec/VI-2`, `${FS}/obs/VI/1`],
    note: 'misspelling of helplines must be rescued',
  },
  {
    query: 'trafficing children',
    mustFind: [`${NS}/goal/1`, `${NS}/task/1.1`, `${GR}/rec/3`],
    note: 'misspelling of trafficking; child trafficking goal, study task and GRETA recommendation 3',
  },

  // ── Abbreviations ──────────────────────────────────────────────────────────────────
  {
    query: 'THB compensation',
    mustFind: [`${GR}/rec/7.2`, `${GR}/reply/7.3`, `${NS}/p/20`],
    note: 'THB = trafficking in human beings; p/20 says only "victims of trafficking"',
  },
  {
    query: 'CSAM definition',
    mustFind: [`${FS}/rec/II-1`],
    note: 'II-1: introduce a definition of "child sexual abuse material" (CSAM)',
  },
  {
    query: 'CSGSIV research',
    mustFind: [`${FS}/rec/XI-1`, `${FS}/rec/XI-2`, `${FS}/rec/XI-3`, `${FS}/obs/XI/2`],
    note: 'research chapter of the factsheet on CSGSIV',
  },
  {
    query: 'NOCA',
    mustFind: [`${NS}/p/63`, `${NS}/eval/2`, `${NS}/task/2.4`],
    note: 'National Organized Crime Agency: abbreviation defined in the strategy\'s list; eval/2 and task/2.4 spell it out',
  },

  // ── Query syntax ───────────────────────────────────────────────────────────────────
  {
    query: '"recovery and reflection period"',
    mustFind: [`${GR}/rec/6`, `${GR}/reply/6`],
    note: 'quoted phrase',
  },
  {
    query: 'Europol OR INTERPOL',
    mustFind: [`${FS}/obs/V/2`, `${FS}/obs/III/9`, `${GA}/goal/1.1`, `${GA}/goal/1.1/C`],
    note: 'OR between two agencies',
  },
  {
    query: 'dual criminality -pornography',
    mustFind: [`${FS}/rec/IV-8`, `${FS}/obs/IV/5`],
    note: 'exclusion: IV-6 and IV-7 mention child pornography, IV-8 and obs IV/5 do not',
  },

  // ── Secretariat: references ────────────────────────────────────────────────────────
  {
    query: 'III-25',
    mustFind: [`${FS}/rec/III-25+III-29`],
    note: 'secretariat types a recommendation id of the implementation report',
  },
  {
    query: '',
    filters: { ref: ['para:167'] },
    mustFind: [`${FS}/obs/III/6`, `${FS}/obs/III/7`],
    note: 'secretariat: which statements cite paragraph 167 of the implementation report',
  },

  // ── Filters ────────────────────────────────────────────────────────────────────────
  {
    query: 'helplines',
    filters: { urgency: ['require'] },
    mustFind: [`${FS}/rec/VI-1`],
    note: 'urgency=require: the one required recommendation on helplines',
  },
  {
    query: 'identification of victims',
    filters: { type: ['task'] },
    mustFind: [`${NS}/task/2.1`, `${NS}/task/2.2`, `${NS}/task/2.4`, `${NS}/task/1.2`],
    note: 'journalist: strategy tasks on victim identification (deadlines, ministries)',
  },
  {
    query: 'awareness parents',
    filters: { year: { from: 2014, to: 2018 } },
    mustFind: [`${GA}/goal/3.1`, `${QR}/q/1.3`],
    note: 'year range 2014..2018: Global Alliance target 3.1 and the 2018 question 1.3',
  },
  {
    query: 'child victims assistance',
    filters: { body: ['GRETA'] },
    mustFind: [`${GR}/rec/5`, `${GR}/rec/5.4`, `${GR}/reply/5.4`],
    note: 'body=GRETA: assistance to child victims of trafficking',
  },

  // ── Journalists: commitments ───────────────────────────────────────────────────────
  {
    query: '2026',
    filters: { commitment: true },
    mustFind: [`${GR}/reply/1/commitment/1`, `${GR}/reply/2/commitment/2`, `${GR}/reply/2.2/commitment/1`, `${GR}/reply/2.2/commitment/2`],
    note: 'journalist: what the government promised for 2026',
  },
  {
    query: 'handbook vulnerable victims',
    mustFind: [`${NS}/task/3.3`],
    note: 'strategy task 3.3 (deadline 2023, MOI)',
  },
  {
    query: 'voluntary returns',
    mustFind: [`${NS}/task/4.2`, `${NS}/p/22`, `${NS}/table/7`],
    note: 'task 4.2, the finding on voluntary return, the table of returned persons',
  },
];
