// Gold data for seeds/national-strategy-thb-cz-2020-2023.txt, written by reading the
// document (task tables at source lines 193–428, Annex 1 at 430–596, Annex 2 at 598–662,
// abbreviations at 664–685), not by copying the segmenter's output.

export interface TaskGold {
  number: string;
  titleStart: string;
  taskStart: string;
  deadline: string;
  responsible: string[];
  cooperating?: string[];
  parentKey: string;
  note?: string;
}

export const TASKS: TaskGold[] = [
  { number: '1.1', titleStart: 'A study of trafficking in children', taskStart: '2021', deadline: '2022', responsible: ['MOI (CPD, P CR)'], cooperating: ['MLSA', 'MEYS', 'MOJ', 'Office of the Government (Committee on the Rights of the Child)'], parentKey: 'goal/1', note: 'commas inside parentheses stay in one entity' },
  { number: '1.2', titleStart: 'Creation of educational material for early identification', taskStart: '2022', deadline: '2023', responsible: ['MEYS'], cooperating: ['MOI (including P CR)', 'MLSA'], parentKey: 'goal/1' },
  { number: '2.1', titleStart: 'Creation of a unified list of indicators', taskStart: '2020', deadline: '2021', responsible: ['MOI (DCP, P CR)'], cooperating: ['MLSA', 'MOJ', 'MFA', 'MEYS'], parentKey: 'goal/2' },
  { number: '2.2', titleStart: 'Education of entities in the identification', taskStart: '2020', deadline: '2023', responsible: ['MOI (DCP, P CR)'], cooperating: ['MLSA', 'Office of the Government (Committee on Institutional Security for Gender Equality)'], parentKey: 'goal/2', note: 'trap: an empty "Title" row stands where "Timetable" belongs' },
  { number: '2.3', titleStart: 'Creation of a card of fundamental rights and obligations of employers', taskStart: '2021', deadline: '2022', responsible: ['MLSA'], cooperating: ['MOI (DCP, DAMP)', 'MFA'], parentKey: 'goal/2', note: 'group label printed "Basic information" in lower case' },
  { number: '2.4', titleStart: 'Training of police officers in the identification', taskStart: '2020', deadline: '2021', responsible: ['MOI (P CR)'], cooperating: ['Office of the Government (Committee on the Prevention of Domestic Violence and Other Violence against Women)'], parentKey: 'goal/2', note: 'trap: a dashed rule row "--------------\t--" after Notes' },
  { number: '3.1', titleStart: 'Support for legislative changes', taskStart: '2020', deadline: '2023', responsible: ['MLSA'], cooperating: ['MOI (DCP, DAMP)', 'MOJ'], parentKey: 'goal/3', note: 'trap: label "Task Title" instead of "Title"' },
  { number: '3.2', titleStart: 'Further cooperation with actors operating in socially excluded localities', taskStart: '2021', deadline: '2023', responsible: ['MOI (CPD, P CR)'], cooperating: ['MORD (Department for social Inclusion (Agency))'], parentKey: 'goal/3', note: 'trap: singular "Cooperating Entity", nested parentheses' },
  { number: '3.3', titleStart: 'Creation of a handbook for particularly vulnerable victims', taskStart: '2021', deadline: '2023', responsible: ['MOI (DCP, P CR)'], cooperating: ['MOJ'], parentKey: 'goal/3' },
  { number: '4.1', titleStart: 'Strengthening of international cooperation', taskStart: '2021', deadline: '2023', responsible: ['MOI (CPD, P CR)'], cooperating: ['MFA'], parentKey: 'goal/4' },
  { number: '4.2', titleStart: 'Ensuring voluntary returns to the country of origin', taskStart: '2020', deadline: '2023', responsible: ['MOI (CPD)'], cooperating: undefined, parentKey: 'goal/4', note: 'trap: "Task Goals" label; cooperating cell is a lone dash' },
  { number: '4.3', titleStart: 'Improving data collection', taskStart: '2020', deadline: '2023', responsible: ['MOI (CPD + SPD)'], cooperating: ['MOJ', 'MLSA'], parentKey: 'goal/4' },
  { number: '4.4', titleStart: 'Revision of the functioning of the national referral mechanism', taskStart: '2021', deadline: '2022', responsible: ['MOI (CPD, P CR)'], cooperating: ['MLSA', 'Office of the Government (Committee on Institutional Security for Gender Equality, Committee on the Rights of the Child)'], parentKey: 'goal/4', note: 'blank line between Deadline and Additional Information' },
];

export interface EvaluationGold {
  number: string;
  titleStart: string;
  status: 'met' | 'partially' | 'not-met' | 'different';
  timetable: string;
  responsible: string[];
  cooperating?: string[];
  note?: string;
}

export const EVALUATIONS: EvaluationGold[] = [
  { number: '1', titleStart: 'Analysis of labour law and criminal law shortcomings', status: 'met', timetable: '2016-2018', responsible: ['MLSA', 'MOI', 'MOJ'], note: 'lower-case "Evaluated task"/"Task number"; entities numbered "1. MLSA, MOI 2. MOJ"; a cell continued after a page break' },
  { number: '2', titleStart: 'Issue updated MOI guidelines', status: 'met', timetable: '2016–2007', responsible: ['MOI'], note: 'misprinted timetable kept as printed' },
  { number: '3', titleStart: 'Trafficking in Children – Procedure Recommendations', status: 'met', timetable: '2016–2018', responsible: ['MLSA'], cooperating: ['MOI', 'MEYS'], note: 'trap: merged label "Responsible Entity Cooperating Entities" over "MLSA MOI, MEYS"' },
  { number: '4', titleStart: 'Create a methodology for repatriation', status: 'different', timetable: '2016–2019', responsible: ['MLSA'], cooperating: ['MOI', 'MEYS'], note: '"met in a different manner"; label "Description of task Fulfilment" in lower case' },
  { number: '5', titleStart: 'Strengthen regional cooperation of the Police', status: 'not-met', timetable: '2017–2019', responsible: ['MOI'], cooperating: ['MLSA', 'MEYS'] },
  { number: '6', titleStart: 'Audit of education of members of the Police', status: 'partially', timetable: '2016–2018', responsible: ['MOI'] },
  { number: '7', titleStart: 'Update the Manual for the Police', status: 'met', timetable: '2016–2017', responsible: ['MOI'], note: 'empty "Changes" cell' },
  { number: '8', titleStart: 'Ensure continuous training of specialists', status: 'met', timetable: '2016–2019', responsible: ['MOI'] },
  { number: '9', titleStart: 'Ensuring awareness among the workers of the Centres', status: 'met', timetable: '2016–2018', responsible: ['MOI'] },
  { number: '10', titleStart: 'Making the Program more effective', status: 'met', timetable: '2016–2019', responsible: ['MOI'] },
  { number: '11', titleStart: 'Elaboration of recommended procedures', status: 'met', timetable: '2016–2017', responsible: ['MOI'] },
  { number: '12', titleStart: 'Creation of a library of preventive videos', status: 'partially', timetable: '2016–2018', responsible: ['MOI'] },
  { number: '13', titleStart: 'Establishing cooperation with actors operating in socially excluded localities', status: 'met', timetable: '2016–2018', responsible: ['MOI'], cooperating: ['Office of the Government', 'MLSA'] },
];

/** Counted in the document: the strategic goal, 4 specific goals, 13 tasks, 13 evaluated tasks,
 *  7 statistical tables + the abbreviation list, 72 paragraphs of prose (bullets one each). */
export const COUNTS_BY_TYPE = { goal: 5, task: 13, evaluation: 13, table: 8, paragraph: 72 };
export const TASKS_PER_GOAL = { 'goal/1': 2, 'goal/2': 4, 'goal/3': 3, 'goal/4': 4 };
export const STATUS_COUNTS = { met: 9, partially: 2, 'not-met': 1, different: 1 };

export const SPECIFIC_GOALS = [
  { key: 'goal/1', title: 'COMBATING CHILD TRAFFICKING', theme: 'child-protection' },
  { key: 'goal/2', title: 'STRENGTHENING VICTIM IDENTIFICATION', theme: 'victim-identification' },
  { key: 'goal/3', title: 'PREVENTION AND ASSISTANCE TO VICTIMS OF TRAFFICKING IN HUMAN BEINGS', theme: 'victim-assistance' },
  { key: 'goal/4', title: 'COOPERATION IN COMBATING TRAFFICKING IN HUMAN BEINGS AT NATIONAL AND INTERNATIONAL LEVEL', theme: 'international-cooperation' },
];

/** Annex 2, first table (source lines 601–607). */
export const FIRST_TABLE = {
  titleStart: 'NUMBER OF IDENTIFIED CASES OF TRAFFICKING IN HUMAN BEINGS UNDER SECTION 168',
  rows: [
    ['Year', '2016', '2017', '2018', '2019', 'Total'],
    ['Detected', '22', '16', '13', '20', '71'],
    ['Solved', '15', '11', '9', '12', '47'],
    ['Solved Subsequently', '2', '5', '4', '1', '12'],
    ['Prosecuted Persons', '23', '24', '15', '26', '88'],
  ],
};

/** Annex 2, voluntary returns (source line 656): cells with words, empty cells kept. */
export const RETURNS_CZECH_ROW = ['Czech Republic', '1 (from the UK)', '', '1 (from Italy)', '2 (from the UK and Lithuania)', '4'];

export const ABBREVIATIONS: Record<string, string> = {
  MOJ: 'Ministry of Justice',
  MLSA: 'Ministry of Labour and Social Affairs',
  NOCA: 'National Organized Crime Agency',
  'P CR': 'Police of the Czech Republic',
  'TD SPP': 'Territorial Department of Public Order Police Service',
  GRETA: 'Group of Experts on Action against Trafficking in Human Beings',
  BCPIS: 'Bureau of Criminal Police and Investigations Service',
};
export const ABBREVIATION_COUNT = 20;
