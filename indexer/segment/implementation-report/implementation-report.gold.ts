// Gold items of the implementation reports written as fixtures (fixtures/), read off each
// document by hand: every numbered paragraph (key para/<n>, number <n>), every
// recommendation with the report's own label as its number ("R II-1", "Recommendation
// II-1" on a line of its own, "[II-1]", inside a paragraph or in a box of its own), graded
// recommendations printed inside a paragraph without a label (para/<n>/rec/<k>, children of
// the paragraph), and unnumbered paragraphs of a summary (p/<k>).
//
// CROSS_REFERENCES: what the factsheets of fixtures (../factsheet/fixtures/) cite, resolved
// to the items of these reports when both are indexed together.
import type { GoldDocument } from '../../../test/support/fixture-gold.js';

const L = 'Lanzarote Committee';
const EN_R2_LAW = 'II. Legal frameworks';
const EN_R2_INV = 'III. Investigations and prosecution';

export const REPORT_R2_EN: GoldDocument = {
  file: 'implementation-report-r2-en.txt',
  meta: { id: 'lanzarote-implementation-report-r2-2022', title: 'Lanzarote Committee implementation report (2nd monitoring round): child self-generated sexual images and/or videos', body: L, year: 2022, round: '2nd monitoring round', kind: 'implementation-report' },
  traps: [
    'boxed recommendations labelled "R II-1" stand between numbered paragraphs',
    'paragraph 7 holds a list numbered "1." – "3." that must not read as paragraphs 1–3',
    'paragraph 5 holds "(a)" / "(b)"; paragraph 3 and 11 hold dash bullets',
    'paragraph 8 holds an unlabelled graded sentence after an ungraded one',
    'recommendation R II-3 is cut by a page break (notes 3–7 and a page number in between)',
    'note 4 cites "paras. 3-6" of another document (the Opinion), not of this report',
    'paragraph 6 opens a page after notes and a page number',
  ],
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'In June 2017 the Lanzarote Committee decided to dedicate its second monitoring round', footnotes: [1], section: ['I. Introduction'] },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'The findings rely on the replies of the Parties', footnotes: [2] },
    { key: 'para/3', type: 'paragraph', number: '3', starts: 'The Committee indicates the level of urgency of its recommendations with the following terms:', contains: ['“Require”: when the steps recommended correspond to obligations arising from the Convention;'], ends: 'correspond to promising practices.' },
    { key: 'para/4', type: 'paragraph', number: '4', starts: 'Most Parties do not criminalise the possession by a child', footnotes: [3], section: [EN_R2_LAW, 'Possession of CSGSIV by children'] },
    { key: 'para/5', type: 'paragraph', number: '5', starts: 'The Committee recalls its Opinion on child sexually suggestive or explicit images', contains: ['(a) children should not be prosecuted for possessing their own images;'], ends: 'should not be prosecuted either.', footnotes: [4] },
    { key: 'para/6', type: 'paragraph', number: '6', starts: 'The law of 11 Parties contains an explicit reference to self-generated material.', footnotes: [5] },
    { key: 'rec/II-1', type: 'recommendation', number: 'II-1', starts: 'The Lanzarote Committee requires Parties to ensure that a child is not prosecuted', urgency: 'require', urgencyVerb: 'requires', addressee: 'all-parties', section: [EN_R2_LAW, 'Possession of CSGSIV by children'] },
    { key: 'rec/II-2', type: 'recommendation', number: 'II-2', starts: 'The Lanzarote Committee requests Parties to introduce explicit references', urgency: 'request', urgencyVerb: 'requests', addressee: 'all-parties' },
    { key: 'para/7', type: 'paragraph', number: '7', starts: 'Few Parties have a specific offence of sexual extortion of children.', contains: ['1. 9 Parties have a specific offence;'], ends: '3. 7 Parties gave no information.', footnotes: [6], section: [EN_R2_LAW, 'Sexual extortion of children'] },
    { key: 'para/8', type: 'paragraph', number: '8', starts: 'The Committee considers that the threat used against the child is the core element', ends: 'the initial possession and the act of extortion.' },
    { key: 'para/8/rec/1', type: 'recommendation', starts: 'The Lanzarote Committee invites Parties to take into account the situation', ends: 'the initial possession and the act of extortion.', urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', parentKey: 'para/8', footnotes: [7] },
    { key: 'rec/II-3', type: 'recommendation', number: 'II-3', starts: 'The Lanzarote Committee requests Parties to ensure that sexual extortion of children', ends: 'and that the victims are never treated as offenders.', urgency: 'request', urgencyVerb: 'requests', addressee: 'all-parties', lacks: ['question 11'], note: 'page break after "and that the victims"' },
    { key: 'para/9', type: 'paragraph', number: '9', starts: 'Specialised units dealing with ICT-facilitated offences', footnotes: [8], section: [EN_R2_INV] },
    { key: 'para/10', type: 'paragraph', number: '10', starts: 'Only 12 Parties have specialised prosecutors', footnotes: [9] },
    { key: 'rec/III-1', type: 'recommendation', number: 'III-1', starts: 'The Lanzarote Committee invites Parties to establish specialised units', urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', section: [EN_R2_INV] },
    { key: 'rec/III-2', type: 'recommendation', number: 'III-2', starts: 'The Lanzarote Committee requires Parties to ensure that the persons responsible for investigations are trained', urgency: 'require', urgencyVerb: 'requires', addressee: 'all-parties' },
    { key: 'para/11', type: 'paragraph', number: '11', starts: 'Parties also reported difficulties faced during investigations:', contains: ['encryption and anonymisation tools used by offenders;'], ends: 'the short retention of data by service providers.', footnotes: [10] },
  ],
};

const R1_LAW = 'II. Criminal law framework';
const R1_ASSIST = 'III. Reporting and assistance to victims';
const R1_DATA = 'IV. Data collection';
const para = (n: number, starts: string, extra: Partial<GoldDocument['items'][number]> = {}) =>
  ({ key: `para/${n}`, type: 'paragraph' as const, number: String(n), starts, ...extra });

export const REPORT_R1_EN: GoldDocument = {
  file: 'implementation-report-r1-en.txt',
  meta: { id: 'lanzarote-implementation-report-r1-2018', title: 'Lanzarote Committee 2nd implementation report (1st monitoring round): the strategies', body: L, year: 2018, round: '1st monitoring round', kind: 'implementation-report' },
  traps: [
    'labels "Recommendation II-1" printed on a line of their own, shaped like headings',
    'graded sentences inside numbered paragraphs: one after an ungraded sentence (12), two with different verbs (29)',
    'paragraphs that are one graded sentence and nothing else are the recommendation themselves (17, 23)',
    '"The Committee notes / observes / uses …" is no grading',
    'recommendation III-1 cut by a page break after "in the circle of"',
    'an unnumbered executive summary before paragraph 1; note 3 cites para. 127 of another document; note 5 points "above"',
  ],
  items: [
    { key: 'p/1', type: 'paragraph', starts: 'This report assesses how the Parties prevent and respond to sexual abuse', section: ['Executive summary'] },
    { key: 'p/2', type: 'paragraph', starts: 'Its recommendations are listed in boxes at the end of each chapter', section: ['Executive summary'] },
    para(1, 'The first monitoring round of the Lanzarote Committee concerns sexual abuse', { footnotes: [1], section: ['I. Introduction'] }),
    para(2, 'The Committee adopted a first implementation report'),
    para(3, 'The Committee uses the terms “require”, “request” and “invite”', { note: 'the grading words in quotes are no grading' }),
    para(4, 'All Parties criminalise sexual activities with a child below the age of sexual consent.', { footnotes: [2], section: [R1_LAW] }),
    para(5, 'In 20 Parties the law makes abuse of a position of trust an aggravating circumstance.'),
    para(6, 'Fewer Parties criminalise sexual activities with a child above the age of consent', { footnotes: [3] }),
    para(7, 'Several Parties reported that the notion of a person in a position of trust'),
    para(8, 'In 7 Parties, members of the family are always regarded'),
    para(9, 'The Committee notes that the notion of “family” varies between Parties'),
    para(10, 'Limitation periods for sexual offences against children differ widely.', { footnotes: [4] }),
    para(11, 'In other Parties the limitation period starts when the offence is committed'),
    para(12, 'Most Parties make abuse of a recognised position of trust an element of the offence.', { footnotes: [5], ends: 'whatever the age of the child.' }),
    { key: 'para/12/rec/1', type: 'recommendation', starts: 'The Lanzarote Committee requires Parties to ensure that sexual abuse of a child by a person in such a position is criminalised', ends: 'whatever the age of the child.', urgency: 'require', urgencyVerb: 'requires', addressee: 'all-parties', parentKey: 'para/12' },
    para(13, 'Some Parties extend this protection to children in foster care and institutions.'),
    para(14, 'The age of sexual consent is 14 years in 9 Parties'),
    para(15, 'In 3 Parties the age of consent differs'),
    para(16, 'The Committee observes that a higher age of consent', { note: 'after notes 1–5 and page number 1' }),
    { key: 'para/17', type: 'recommendation', number: '17', starts: 'The Lanzarote Committee requests Parties to ensure that the limitation period', urgency: 'request', urgencyVerb: 'requests', addressee: 'all-parties', section: [R1_LAW], note: 'the whole paragraph is the recommendation' },
    para(18, 'Parties define persons in a position of trust in different ways'),
    para(19, 'Lists of such persons often leave out those who care for children', { footnotes: [6] }),
    { key: 'rec/II-1', type: 'recommendation', number: 'II-1', starts: 'The Lanzarote Committee invites Parties to review, at regular intervals,', urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', section: [R1_LAW], lacks: ['Recommendation II-1'] },
    { key: 'rec/II-2', type: 'recommendation', number: 'II-2', starts: 'The Lanzarote Committee requires Parties to criminalise sexual activities with a child where use is made', urgency: 'require', urgencyVerb: 'requires', addressee: 'all-parties' },
    para(20, 'All Parties have mechanisms for reporting sexual abuse of children', { section: [R1_ASSIST] }),
    para(21, 'In 19 Parties, professionals working with children are obliged to report', { footnotes: [7] }),
    para(22, 'Helplines for children exist in most Parties'),
    { key: 'para/23', type: 'recommendation', number: '23', starts: 'The Lanzarote Committee requests Parties to set up information services', urgency: 'request', urgencyVerb: 'requests', addressee: 'all-parties' },
    para(24, 'Children rarely know which persons and services they may turn to'),
    para(25, 'Assistance to child victims is provided by multidisciplinary teams in 14 Parties.', { footnotes: [8] }),
    para(26, 'The Committee notes that the views of the child are taken into account'),
    para(27, 'Some Parties have set up child advocacy centres'),
    { key: 'rec/III-1', type: 'recommendation', number: 'III-1', starts: 'The Lanzarote Committee requests Parties to ensure that professionals bound by confidentiality', ends: 'including by a person in the circle of trust.', urgency: 'request', urgencyVerb: 'requests', addressee: 'all-parties', section: [R1_ASSIST], note: 'page break after "circle of"' },
    para(28, 'Few Parties collect data on sexual abuse of children disaggregated', { section: [R1_DATA] }),
    para(29, 'The Lanzarote Committee requires Parties to set up mechanisms for data collection', { ends: 'by the sex and age of the child.' }),
    { key: 'para/29/rec/1', type: 'recommendation', starts: 'The Lanzarote Committee requires Parties to set up mechanisms for data collection', ends: 'in the circle of trust.', urgency: 'require', urgencyVerb: 'requires', addressee: 'all-parties', parentKey: 'para/29' },
    { key: 'para/29/rec/2', type: 'recommendation', starts: 'The Committee also invites Parties to disaggregate such data', urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', parentKey: 'para/29' },
  ],
};

const FR_LAW = 'II. Cadres juridiques';
const FR_VICT = 'VI. Assistance aux victimes';

export const RAPPORT_R2_FR: GoldDocument = {
  file: 'rapport-mise-en-oeuvre-r2-fr.txt',
  meta: { id: 'lanzarote-rapport-mise-en-oeuvre-r2-2022', title: 'Comité de Lanzarote – rapport de mise en œuvre (2e cycle de suivi)', body: L, year: 2022, round: '2nd monitoring round', kind: 'implementation-report' },
  traps: [
    'labels "[II-1]" opening a box, and "[VI-1]" inside paragraph 7 after its first sentence and a marker',
    'paragraph 5 holds a list "1)" / "2)" and a sentence starting "12 Parties"',
    'French objects "que les Parties", "aux Parties", "les Parties"',
    'box [VI-2] cut by a page break after "à leurs"',
  ],
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'Le Comité de Lanzarote a consacré son deuxième cycle de suivi', footnotes: [1], section: ['I. Introduction'] },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'Le présent rapport s’appuie sur les réponses des Parties' },
    { key: 'para/3', type: 'paragraph', number: '3', starts: 'Le Comité indique le degré d’urgence de ses recommandations', contains: ['« exige » : lorsque les mesures recommandées'] },
    { key: 'para/4', type: 'paragraph', number: '4', starts: 'Dans la plupart des Parties, un enfant qui détient des images sexuelles', footnotes: [2], section: [FR_LAW] },
    { key: 'rec/II-1', type: 'recommendation', number: 'II-1', starts: 'Le Comité de Lanzarote exige que les Parties veillent', urgency: 'require', urgencyVerb: 'exige', addressee: 'all-parties', section: [FR_LAW] },
    { key: 'para/5', type: 'paragraph', number: '5', starts: 'L’expression « pornographie enfantine » reste la plus employée', contains: ['12 Parties emploient d’autres termes', '1) « matériel d’abus sexuels sur enfants » ;'], ends: '2) « représentations sexuelles de mineurs ».', footnotes: [3] },
    { key: 'para/6', type: 'paragraph', number: '6', starts: 'La sollicitation d’enfants à des fins sexuelles n’est incriminée', footnotes: [4] },
    { key: 'rec/II-2', type: 'recommendation', number: 'II-2', starts: 'Le Comité de Lanzarote invite les Parties à utiliser de préférence', urgency: 'invite', urgencyVerb: 'invite', addressee: 'all-parties' },
    { key: 'para/7', type: 'paragraph', number: '7', starts: 'Des lignes d’assistance pour enfants existent dans 40 Parties', ends: 'reçoivent un soutien psychologique adapté.', footnotes: [5], section: [FR_VICT] },
    { key: 'rec/VI-1', type: 'recommendation', number: 'VI-1', starts: 'Le Comité de Lanzarote demande aux Parties de veiller', ends: 'reçoivent un soutien psychologique adapté.', urgency: 'request', urgencyVerb: 'demande', addressee: 'all-parties', parentKey: 'para/7', lacks: ['[VI-1]'] },
    { key: 'para/8', type: 'paragraph', number: '8', starts: 'Les mécanismes de signalement en ligne sont rarement conçus pour les enfants.', footnotes: [6] },
    { key: 'rec/VI-2', type: 'recommendation', number: 'VI-2', starts: 'Le Comité de Lanzarote invite les Parties à mettre en place des mécanismes de signalement', ends: 'à faire connaître ces mécanismes aux enfants et à leurs parents.', urgency: 'invite', urgencyVerb: 'invite', addressee: 'all-parties' },
    { key: 'para/9', type: 'paragraph', number: '9', starts: 'Le Comité note que les enfants consultés souhaitent', section: [FR_VICT] },
  ],
};

export const REPORT_FIXTURES: GoldDocument[] = [REPORT_R2_EN, REPORT_R1_EN, RAPPORT_R2_FR];

/**
 * Notes of the factsheet fixtures and the report items they resolve to (keys in the report
 * the factsheet's round points at, or the one its manifest names). A note citing nothing of
 * the report has no targets.
 */
export const CROSS_REFERENCES: { citing: string; report: string; notes: Record<number, string[]> }[] = [
  {
    citing: 'lanzarote-factsheet-r1-mt-2018',
    report: 'lanzarote-implementation-report-r1-2018',
    notes: {
      1: ['para/12'], 2: ['para/14', 'para/15', 'para/16'], 3: ['para/14', 'para/15', 'para/16'], 4: ['para/15'], 5: ['para/17'],
      6: ['para/18', 'para/19'], 7: ['para/21'], 8: ['para/22'], 9: ['para/23'], 10: ['para/24'], 11: ['para/25', 'para/26'],
      12: ['para/27'], 13: ['para/28'], 14: ['para/29'],
    },
  },
  {
    citing: 'lanzarote-fiche-r1-be-2018',
    report: 'lanzarote-implementation-report-r1-2018',
    notes: {
      1: ['para/12'], 2: ['para/14', 'para/15'], 3: ['para/16'], 4: ['para/17'], 5: ['para/21', 'para/22', 'para/23'],
      6: ['para/24', 'para/25'], 7: ['para/26'], 8: ['para/27'], 9: ['para/28'], 10: ['para/28'],
    },
  },
  {
    citing: 'lanzarote-factsheet-r2-pt-2023',
    report: 'lanzarote-implementation-report-r2-2022',
    notes: {
      1: ['para/4', 'para/6'], 2: ['rec/II-1'], 3: ['rec/II-2'], 4: ['para/8'], 5: ['rec/II-3'],
      6: ['para/9', 'para/10'], 7: ['para/9', 'para/10'], 8: ['rec/III-1'], 9: ['rec/III-2'], 10: ['para/11'],
    },
  },
  {
    citing: 'lanzarote-fiche-r2-lu-2023',
    report: 'lanzarote-rapport-mise-en-oeuvre-r2-2022',
    notes: {
      1: ['para/4'], 2: ['rec/II-1'], 3: ['rec/II-2'], 4: ['para/5', 'para/6'], 5: ['para/7'],
      6: ['rec/VI-1', 'rec/VI-2'], 7: ['rec/VI-2'], 8: ['rec/VI-2'],
    },
  },
];
