// Every commitment the seeds give, read off the seed texts by hand: dated promises in replies
// and answers (each a whole statement), the follow-up actions a Global Alliance report lists,
// the strategy's tasks, and the evaluated tasks of the previous strategy. For each: how the
// statement reads (start and end), who acts, the deadline as printed and its normal form
// (core/due.ts). A field left out is absent: no actor named, no date given.
//
// How the statements were read:
// - A promise is a statement of future action (will, shall, is expected to, should be prepared,
//   scheduled to …) with a date not before the document's own year. Present facts, legal
//   provisions ("shall be sentenced") and past dates are not promises.
// - The deadline is the phrase that dates the promise, as printed ("by the end of this year",
//   "In December", "within a five-year timeframe"); relative dates count from the document's
//   year. A "by …" deadline wins over a period the sentence also names.
// - A list entry is read with the line that introduces it; a statement whose subject points
//   back ("this obligation", "these changes") is read with the sentence it points to.
// - The actor is the body that acts: the subject of the promise or the agent of a passive
//   ("approved by the government"), never a body the sentence only mentions (a beneficiary, a
//   fund, a document).
import { GA, GR, NS, QR } from '../search/seed-documents.js';

export interface CommitmentGold {
  id: string;
  starts: string;
  ends: string;
  responsible?: string[];
  cooperating?: string[];
  start?: string;
  deadline?: string;
  due?: string;
  dueProblem?: string;
  /** What the promise answers (a question, goal or recommendation). */
  respondsTo?: string;
  note?: string;
}

export interface EvaluatedTaskGold {
  id: string;
  starts: string;
  responsible: string[];
  cooperating?: string[];
  timetable: string;
  due: string;
  dueProblem?: string;
  status: 'met' | 'partially' | 'not-met' | 'different';
}

const GA_FOLLOW_UP = (goal: string) => `${GA}/goal/${goal}`;

export const SEED_COMMITMENTS: CommitmentGold[] = [
  // Global Alliance report (2014): the "specific actions … as a follow-up" answers are promises
  // as a whole, undated; one answer on earlier measures holds a dated promise.
  {
    id: `${GA}/goal/1.1/C`, respondsTo: GA_FOLLOW_UP('1.1'),
    starts: 'There will be more training in order to actively fill the Interpol database', ends: 'police authorities of Member States.',
    note: 'no actor: the police authorities of Member States are whom the cooperation concerns',
  },
  {
    id: `${GA}/goal/2.1/C`, respondsTo: GA_FOLLOW_UP('2.1'), responsible: ['Czech Republic'],
    starts: 'The Czech Republic will adopt measures relevant to investigations', ends: 'during a particular period.',
    note: 'the same words answer goal 2.2: told apart by the goal each answers',
  },
  {
    id: `${GA}/goal/2.2/A/commitment/1`, respondsTo: GA_FOLLOW_UP('2.2'), responsible: ['government'],
    starts: 'The issue of crimes committed online and linked to organized criminal networks', ends: 'which will be approved by the government by the end of this year.',
    deadline: 'by the end of this year', due: '2014',
    note: 'the strategy period 2015 – 2017 is no deadline; approval by the end of the report\'s year is',
  },
  {
    id: `${GA}/goal/2.2/C`, respondsTo: GA_FOLLOW_UP('2.2'), responsible: ['Czech Republic'],
    starts: 'The Czech Republic will adopt measures relevant to investigations', ends: 'during a particular period.',
  },
  {
    id: `${GA}/goal/3.1/C`, respondsTo: GA_FOLLOW_UP('3.1'),
    starts: 'These activities are primarily dealt with by non-profit organizations', ends: 'children, parents and teaching staff.',
  },
  {
    id: `${GA}/goal/3.2/C`, respondsTo: GA_FOLLOW_UP('3.2'),
    starts: 'Specific actions will be implemented', ends: 'investigation and prevention in the given field.',
  },
  {
    id: `${GA}/goal/4.1/C`, respondsTo: GA_FOLLOW_UP('4.1'),
    starts: 'It is necessary to strengthen close cooperation with providers', ends: 'operating within the given field.',
  },
  {
    id: `${GA}/goal/4.2/C`, respondsTo: GA_FOLLOW_UP('4.2'),
    starts: 'We will make efforts to follow new trends', ends: 'increase effectiveness of relevant activities.',
    note: '"we": the reporting authorities, no body named',
  },

  // GRETA reply (received 25 November 2025).
  {
    id: `${GR}/reply/1/commitment/1`, respondsTo: `${GR}/rec/1`,
    starts: 'Starting in 2026, it should be possible to disaggregate victim data', ends: 'only by age categories (child, adult, senior).',
    deadline: 'Starting in 2026', due: '2026',
  },
  {
    id: `${GR}/reply/2/commitment/1`, respondsTo: `${GR}/rec/2`,
    responsible: ['Ministry of Labour and Social Affairs', 'State Labour Inspection Office'],
    starts: 'Until the start of the next Operational Programme Employment Plus', ends: 'through the intercultural mediators.',
    deadline: 'in 2027', due: '2027',
    note: 'the fund is no actor; "(ended in 2025)" is past',
  },
  {
    id: `${GR}/reply/2/commitment/2`, respondsTo: `${GR}/rec/2`,
    starts: 'A new mandatory training program for judges will be introduced in 2026', ends: 'requiring individual educational plans.',
    deadline: 'in 2026', due: '2026',
    note: 'passive, no agent: the prosecutors\' office named before runs other seminars',
  },
  {
    id: `${GR}/reply/2.2/commitment/1`, respondsTo: `${GR}/rec/2.2`,
    starts: 'At the same time, an amendment will come into effect on January 1, 2026', ends: 'before they start work.',
    deadline: 'on January 1, 2026', due: '2026-01-01',
  },
  {
    id: `${GR}/reply/2.2/commitment/2`, respondsTo: `${GR}/rec/2.2`,
    starts: 'At the same time, an amendment will come into effect on January 1, 2026', ends: 'From July 1, 2026, this obligation will be extended to all employees.',
    deadline: 'From July 1, 2026', due: '2026-07-01',
    note: '"this obligation" is the one the sentence before states; the change is due on the date it takes effect',
  },
  {
    id: `${GR}/reply/4.1/commitment/1`, respondsTo: `${GR}/rec/4.1`,
    starts: 'The methodology was updated in August 2025 to align with the planned amendments', ends: 'expected to come into force in early 2026.',
    deadline: 'in early 2026', due: '2026',
  },
  {
    id: `${GR}/reply/4.1/commitment/2`, respondsTo: `${GR}/rec/4.1`,
    starts: 'In December, sessions will take place in the Pardubice and Hradec Králové regions', ends: 'a separate roundtable for the Karlovy Vary region.',
    deadline: 'In December', due: '2025-12',
    note: 'a month without a year: the document\'s year; the list number "2." after it belongs to the next entry',
  },
  {
    id: `${GR}/reply/5.2/commitment/1`, respondsTo: `${GR}/rec/5.2`,
    responsible: ['Ministry of the Interior of the Czech Republic (including the Police of the Czech Republic)', 'Ministry of Justice of the Czech Republic'],
    starts: 'As part of the Agreement on Mutual Cooperation between the Police Presidium', ends: 'and the Ministry of Justice of the Czech Republic.',
    deadline: 'within a five-year timeframe', due: '2030',
    note: '"these changes" are the ones the sentence before names; five years from the document\'s year',
  },

  // Questionnaire reply (2018).
  {
    id: `${QR}/a/13.follow-up-2.b/commitment/1`, respondsTo: `${QR}/q/13.follow-up-2.b`,
    starts: 'On the national level there have been already trained 8 people', ends: 'with two more people scheduled to be trained this year.',
    deadline: 'this year', due: '2018',
  },
  {
    id: `${QR}/a/15/commitment/1`, respondsTo: `${QR}/q/15`,
    starts: 'Overview of seminars for national, district and local level – cyber criminality There are three levels of education: 1. Basic bodies',
    ends: '1. Basic bodies (new education program should be prepared around April 2018)',
    deadline: 'around April 2018', due: '2018-04',
    note: 'a list entry with its lead-in, no trailing "; 2."',
  },
  {
    id: `${QR}/a/15/commitment/2`, respondsTo: `${QR}/q/15`,
    responsible: ['Office for criminal police and investigation service'],
    starts: 'Overview of seminars for national, district and local level – cyber criminality There are three levels of education:',
    ends: '2. The Office for criminal police and investigation service (new education program should be prepared around April 2018)',
    deadline: 'around April 2018', due: '2018-04',
    note: 'the whole name of the body whose programme it is, not "Office"',
  },

  // National strategy 2020–2023: its tasks.
  ...([
    ['1.1', 'A study of trafficking in children in the Czech Republic', 'Combating trafficking in children.', ['MOI (CPD, P CR)'], ['MLSA', 'MEYS', 'MOJ', 'Office of the Government (Committee on the Rights of the Child)'], '2021', '2022'],
    ['1.2', 'Creation of educational material for early identification', 'Strengthening the identification of victims of trafficking.', ['MEYS'], ['MOI (including P CR)', 'MLSA'], '2022', '2023'],
    ['2.1', 'Creation of a unified list of indicators of trafficking in human beings', 'through the Interdepartmental Coordination Group for the Fight against Trafficking in Human Beings.', ['MOI (DCP, P CR)'], ['MLSA', 'MOJ', 'MFA', 'MEYS'], '2020', '2021'],
    ['2.2', 'Education of entities in the identification of victims of human trafficking', 'Strengthening the identification of victims of trafficking.', ['MOI (DCP, P CR)'], ['MLSA', 'Office of the Government (Committee on Institutional Security for Gender Equality)'], '2020', '2023'],
    ['2.3', 'Creation of a card of fundamental rights and obligations of employers and employees', 'in cooperation with the Interdepartmental Coordination Group of Combating Trafficking in Human Beings.', ['MLSA'], ['MOI (DCP, DAMP)', 'MFA'], '2021', '2022'],
    ['2.4', 'Training of police officers in the identification of victims of trafficking', 'Strengthening the identification of victims of trafficking in human beings.', ['MOI (P CR)'], ['Office of the Government (Committee on the Prevention of Domestic Violence and Other Violence against Women)'], '2020', '2021'],
    ['3.1', 'Support for legislative changes in combating trafficking in human beings', 'Prevention and assistance to victims of trafficking in human beings.', ['MLSA'], ['MOI (DCP, DAMP)', 'MOJ'], '2020', '2023'],
    ['3.2', 'Further cooperation with actors operating in socially excluded localities', 'within the cooperation of the Interdepartmental Coordination Group of Combating Trafficking in Human Beings.', ['MOI (CPD, P CR)'], ['MORD (Department for social Inclusion (Agency))'], '2021', '2023'],
    ['3.3', 'Creation of a handbook for particularly vulnerable victims', 'in cooperation with the Interdepartmental Coordination Group for Combating Trafficking in Human Beings.', ['MOI (DCP, P CR)'], ['MOJ'], '2021', '2023'],
    ['4.1', 'Strengthening of international cooperation in combating trafficking in human beings', 'Cooperation in the area of trafficking in human beings at an international level.', ['MOI (CPD, P CR)'], ['MFA'], '2021', '2023'],
    ['4.2', 'Ensuring voluntary returns to the country of origin of victims of trafficking', 'Cooperation in combating trafficking in human beings at national and international level.', ['MOI (CPD)'], undefined, '2020', '2023'],
    ['4.3', 'Improving data collection in the area of trafficking in human beings', 'Cooperation in combating trafficking in human beings at the national and international level.', ['MOI (CPD + SPD)'], ['MOJ', 'MLSA'], '2020', '2023'],
    ['4.4', 'Revision of the functioning of the national referral mechanism', 'in cooperation with the Interdepartmental Coordination Group for Combating Trafficking in Human Beings.', ['MOI (CPD, P CR)'], ['MLSA', 'Office of the Government (Committee on Institutional Security for Gender Equality, Committee on the Rights of the Child)'], '2021', '2022'],
  ] as const).map(([n, starts, ends, responsible, cooperating, start, deadline]): CommitmentGold => ({
    id: `${NS}/task/${n}`, starts, ends, responsible: [...responsible], ...(cooperating ? { cooperating: [...cooperating] } : {}), start, deadline, due: deadline,
  })),
];

/** The previous strategy's tasks as its evaluation annex reports them, misprinted timetable included. */
export const SEED_EVALUATED_TASKS: EvaluatedTaskGold[] = ([
  ['1', 'Analysis of labour law and criminal law shortcomings', ['MLSA', 'MOI', 'MOJ'], undefined, '2016-2018', 'met'],
  ['2', 'Issue updated MOI guidelines regarding procedure', ['MOI'], undefined, '2016–2007', 'met'],
  ['3', 'Trafficking in Children – Procedure Recommendations for the public authorities.', ['MLSA'], ['MOI', 'MEYS'], '2016–2018', 'met'],
  ['4', 'Create a methodology for repatriation of persons under 18 years of age', ['MLSA'], ['MOI', 'MEYS'], '2016–2019', 'different'],
  ['5', 'Strengthen regional cooperation of the Police', ['MOI'], ['MLSA', 'MEYS'], '2017–2019', 'not-met'],
  ['6', 'Audit of education of members of the Police', ['MOI'], undefined, '2016–2018', 'partially'],
  ['7', 'Update the Manual for the Police on Trafficking in Human Beings', ['MOI'], undefined, '2016–2017', 'met'],
  ['8', 'Ensure continuous training of specialists within the Police', ['MOI'], undefined, '2016–2019', 'met'],
  ['9', 'Ensuring awareness among the workers of the Centres to Support the Integration of Foreigners', ['MOI'], undefined, '2016–2018', 'met'],
  ['10', 'Making the Program more effective', ['MOI'], undefined, '2016–2019', 'met'],
  ['11', 'Elaboration of recommended procedures and interpretation of terms', ['MOI'], undefined, '2016–2017', 'met'],
  ['12', 'Creation of a library of preventive videos', ['MOI'], undefined, '2016–2018', 'partially'],
  ['13', 'Establishing cooperation with actors operating in socially excluded localities', ['MOI'], ['Office of the Government', 'MLSA'], '2016–2018', 'met'],
] as const).map(([n, starts, responsible, cooperating, timetable, status]): EvaluatedTaskGold => {
  const [from, to] = timetable.split(/[–-]/);
  return {
    id: `${NS}/eval/${n}`, starts, responsible: [...responsible], ...(cooperating ? { cooperating: [...cooperating] } : {}), timetable, status,
    due: `${from}/${to}`, ...(Number(to) < Number(from) ? { dueProblem: 'range ends before it starts' } : {}),
  };
});
