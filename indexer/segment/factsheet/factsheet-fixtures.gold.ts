// Gold items of the factsheets written as fixtures (fixtures/), read off each document by
// hand: 1st-round layouts (arabic or roman chapters, "Findings" / "Recommendations" or
// "Constats" / "Recommandations" sub-headings, numbered or unnumbered recommendations) and
// 2nd-round layouts of other Parties, in English and French. Keys are the ids the indexer
// gives: rec/<chapter>/<ordinal>, or rec/<cited id> when the recommendation's notes cite
// one recommendation of the implementation report that no other item cites.
import type { GoldDocument } from '../../../test/support/fixture-gold.js';
import { FACTSHEET_R2_MARKDOWN } from './factsheet-markdown.gold.js';

const L = 'Lanzarote Committee';

const MT_INTRO = ['1. Introduction'];
const MT_LAW = '2. Criminal law framework';
const MT_ASSIST = '3. Reporting and assistance to victims';
const MT_DATA = '4. Data collection';

export const FACTSHEET_R1_MT: GoldDocument = {
  file: 'factsheet-r1-mt-2018.txt',
  meta: { id: 'lanzarote-factsheet-r1-mt-2018', title: 'Lanzarote Committee factsheet – Malta (1st monitoring round)', body: L, year: 2018, round: '1st monitoring round', country: 'MT', kind: 'factsheet' },
  traps: [
    'chapters and recommendations are both numbered in arabic numerals ("3." recommendation, then "3." chapter)',
    'sub-headings "Findings" and "Recommendations" say nothing of the addressee: the verb\'s object does',
    'recommendation 4 is cut by a page break with two notes and a page number in between',
    'recommendation 3 holds lettered sub-items "a." / "b."',
    'note 3 is "Ibid."; the contents list repeats the chapter headings with dot leaders',
  ],
  items: [
    { key: 'para/1/1', type: 'paragraph', starts: 'The Lanzarote Committee monitors how the Parties implement the Convention', ends: 'replies of 26 Parties to a questionnaire.', section: MT_INTRO },
    { key: 'para/1/2', type: 'paragraph', starts: 'The Committee indicates the level of urgency of its recommendations with the following terms:', section: MT_INTRO },
    { key: 'para/1/3', type: 'paragraph', starts: '“Require”: when the steps recommended correspond to obligations', parentKey: 'para/1/2', title: 'The Committee indicates the level of urgency of its recommendations with the following terms:' },
    { key: 'para/1/4', type: 'paragraph', starts: '“Request”: when the steps recommended', parentKey: 'para/1/2' },
    { key: 'para/1/5', type: 'paragraph', starts: '“Invite”: when the steps recommended correspond to promising practices.', parentKey: 'para/1/2' },
    { key: 'para/1/6', type: 'paragraph', starts: 'This factsheet lists the findings and recommendations of both implementation reports which concern Malta.' },
    { key: 'obs/2/1', type: 'observation', starts: 'The Committee notes that the Criminal Code of Malta criminalises sexual activities', ends: 'The age of sexual consent is 16 years.', footnotes: [1, 2], section: [MT_LAW, 'Findings'] },
    { key: 'obs/2/2', type: 'observation', starts: 'The Committee observes that Maltese law does not specify', footnotes: [3] },
    { key: 'rec/2/1', type: 'recommendation', number: '1', starts: 'The Committee requires Malta to ensure that sexual abuse of a child by a member of the family', urgency: 'require', urgencyVerb: 'requires', addressee: 'state', footnotes: [4], section: [MT_LAW, 'Recommendations'], note: 'its label "1. " is its number, not its text' },
    { key: 'rec/2/2', type: 'recommendation', number: '2', starts: 'The Committee requests Malta to ensure that the limitation period', urgency: 'request', urgencyVerb: 'requests', addressee: 'state', footnotes: [5] },
    { key: 'rec/2/3', type: 'recommendation', number: '3', starts: 'The Committee invites all Parties to review, at regular intervals,', ends: 'persons who care for the child in sports and leisure activities.', contains: ['a. step-parents and the partners of parents;'], urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', footnotes: [6] },
    { key: 'obs/3/1', type: 'observation', starts: 'The Committee notes that professionals working with children in Malta are obliged', footnotes: [7, 8], section: [MT_ASSIST, 'Findings'], note: 'chapter "3." printed right after recommendation "3."' },
    { key: 'rec/3/1', type: 'recommendation', number: '4', starts: 'The Committee requests Malta to set up a free and confidential helpline', ends: 'victims of sexual abuse by persons in their circle of trust.', urgency: 'request', urgencyVerb: 'requests', addressee: 'state', footnotes: [9], lacks: ['Para.'], note: 'cut by a page break: notes 7–8 and page number 3 in between' },
    { key: 'rec/3/2', type: 'recommendation', number: '5', starts: 'The Committee invites Malta to inform children, through schools and youth services,', urgency: 'invite', urgencyVerb: 'invites', addressee: 'state', footnotes: [10] },
    { key: 'rec/3/3', type: 'recommendation', number: '6', starts: 'The Committee invites Parties, including Malta, to ensure that the assistance', urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', footnotes: [11] },
    { key: 'practice/3/1', type: 'practice', starts: 'Malta has set up a multidisciplinary child advocacy centre', footnotes: [12], section: [MT_ASSIST, 'Promising practice'] },
    { key: 'obs/4/1', type: 'observation', starts: 'Malta collects data on sexual offences against children', footnotes: [13], section: [MT_DATA, 'Findings'] },
    { key: 'rec/4/1', type: 'recommendation', number: '7', starts: 'The Committee requires Malta to collect data on cases of sexual abuse of children in the circle of trust', urgency: 'require', urgencyVerb: 'requires', addressee: 'state', footnotes: [14] },
  ],
};

const BE_INTRO = ['I. Introduction'];
const BE_LAW = 'II. Cadre juridique';
const BE_ASSIST = 'III. Signalement et assistance aux victimes';
const BE_LEAD = 'Le Comité indique le degré d’urgence de ses recommandations par les termes suivants :';

export const FICHE_R1_BE: GoldDocument = {
  file: 'fiche-r1-be-2018-fr.txt',
  meta: { id: 'lanzarote-fiche-r1-be-2018', title: 'Comité de Lanzarote – fiche d’information – Belgique (1er cycle de suivi)', body: L, year: 2018, round: '1st monitoring round', country: 'BE', kind: 'factsheet' },
  traps: [
    'French grading verbs (exige / demande / invite) and objects ("que la Belgique", "à toutes les Parties", "de la Belgique qu’elle", "les Parties, y compris la Belgique")',
    'sub-headings "Constats" and "Recommandations"; practice heading "Bonne pratique"',
    'a governed bullet ("- à veiller …") cut by a page break after "soit"',
    'a graded recommendation ending with ":" whose dash items specify it ("- par sexe …") rather than being recommendations of their own',
    'French citation forms: "Par. 12", "Paragraphes 14 et 15", "Paragraphes 21 à 23", "§ 26", "voir aussi le par. 25"',
  ],
  items: [
    { key: 'para/I/1', type: 'paragraph', starts: 'Le Comité de Lanzarote suit la mise en œuvre de la Convention', section: BE_INTRO },
    { key: 'para/I/2', type: 'paragraph', starts: BE_LEAD, section: BE_INTRO },
    { key: 'para/I/3', type: 'paragraph', starts: '« Exiger » : lorsque les mesures recommandées', parentKey: 'para/I/2', title: BE_LEAD },
    { key: 'para/I/4', type: 'paragraph', starts: '« Demander » : lorsque', parentKey: 'para/I/2' },
    { key: 'para/I/5', type: 'paragraph', starts: '« Inviter » : lorsque', parentKey: 'para/I/2' },
    { key: 'obs/II/1', type: 'observation', starts: 'Le Comité note que le Code pénal belge incrimine', ends: 'fixé à 16 ans.', footnotes: [1, 2], section: [BE_LAW, 'Constats'] },
    { key: 'rec/II/1', type: 'recommendation', starts: 'Le Comité exige que la Belgique incrimine les abus sexuels', urgency: 'require', urgencyVerb: 'exige', addressee: 'state', footnotes: [3], section: [BE_LAW, 'Recommandations'] },
    { key: 'rec/II/2', type: 'recommendation', starts: 'à prévoir que le délai de prescription', urgency: 'invite', urgencyVerb: 'invite', addressee: 'state', title: 'Le Comité invite la Belgique :', footnotes: [4] },
    { key: 'rec/II/3', type: 'recommendation', starts: 'à veiller à ce que les enfants victimes soient entendus', ends: 'et à ce que le nombre d’auditions soit limité au strict nécessaire.', urgency: 'invite', urgencyVerb: 'invite', addressee: 'state', title: 'Le Comité invite la Belgique :', footnotes: [5], lacks: ['Par.'], note: 'page break after "soit"' },
    { key: 'rec/II/4', type: 'recommendation', starts: 'Le Comité demande à toutes les Parties de veiller à ce que les personnes condamnées', urgency: 'request', urgencyVerb: 'demande', addressee: 'all-parties', footnotes: [6] },
    { key: 'obs/III/1', type: 'observation', starts: 'Le Comité relève que la Belgique a mis en place des centres', footnotes: [7], section: [BE_ASSIST, 'Constats'] },
    { key: 'rec/III/1', type: 'recommendation', starts: 'Le Comité invite les Parties, y compris la Belgique, à garantir', urgency: 'invite', urgencyVerb: 'invite', addressee: 'all-parties', footnotes: [8] },
    { key: 'rec/III/2', type: 'recommendation', starts: 'Le Comité exige de la Belgique qu’elle recueille des données', ends: 'par type de lien (famille, école, sport, loisirs).', contains: ['par sexe et par âge de l’enfant victime'], urgency: 'require', urgencyVerb: 'exige', addressee: 'state', footnotes: [9], note: 'its dash items are parts of it, not recommendations' },
    { key: 'practice/III/1', type: 'practice', starts: 'La ligne d’écoute 103 « Écoute-Enfants » répond gratuitement', footnotes: [10], section: [BE_ASSIST, 'Bonne pratique'] },
  ],
};

const PT_LAW = 'II. Legal frameworks';
const PT_LAW_STATE = 'Observations and recommendations of the Committee on the legal framework specific to Portugal';
const PT_INV = 'III. Investigations and prosecution';
const PT_INV_STATE = 'Observations and recommendations of the Committee on investigations and prosecution specific to Portugal';

export const FACTSHEET_R2_PT: GoldDocument = {
  file: 'factsheet-r2-pt-2023.txt',
  meta: { id: 'lanzarote-factsheet-r2-pt-2023', title: 'Lanzarote Committee factsheet – Portugal (2nd monitoring round)', body: L, year: 2023, round: '2nd monitoring round', country: 'PT', kind: 'factsheet', cites: 'lanzarote-implementation-report-r2-2022' },
  traps: [
    'a governed bullet cut by a page break ("and that the" / notes 1–4, page number / "victims are never …")',
    'a governed bullet with nested "either … / or …" sub-bullets',
    'a marker in mid-sentence ("concerning CSGSIV,³ identifying …")',
    'an ungraded lead-in ("… Portugal has:") whose bullets are observations of their own',
    'note 7 is "Ibid." after "Paras. 9-10."',
  ],
  items: [
    { key: 'para/I/1', type: 'paragraph', starts: 'The Lanzarote Committee dedicated its second monitoring round', section: ['I. Introduction'] },
    { key: 'para/I/2', type: 'paragraph', starts: 'This factsheet is based on the implementation report adopted in March 2022' },
    { key: 'obs/II/1', type: 'observation', starts: 'The Committee observes that in Portugal children above the age of 16', footnotes: [1], section: [PT_LAW, PT_LAW_STATE] },
    { key: 'rec/II-1', type: 'recommendation', starts: 'The Committee requires Portugal to ensure that a child will not be prosecuted', urgency: 'require', urgencyVerb: 'requires', addressee: 'state', footnotes: [2] },
    { key: 'rec/II-2', type: 'recommendation', starts: 'The Committee also requests Portugal to introduce explicit references', ends: 'should not be held criminally liable.', urgency: 'request', urgencyVerb: 'requests', addressee: 'state', footnotes: [3] },
    { key: 'rec/II/3', type: 'recommendation', starts: 'to take into account the situation where CSGSIV are used to coerce the child', ends: 'the initial possession of CSGSIV and the act of extortion.', contains: ['either creating a specific incrimination'], urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', title: 'The Committee invites all Parties, including Portugal:', footnotes: [4], section: [PT_LAW, 'Generic recommendations of the Committee on legal frameworks'] },
    { key: 'rec/II-3', type: 'recommendation', starts: 'to ensure that sexual extortion of children involving CSGSIV is investigated', ends: 'and that the victims are never treated as offenders.', urgency: 'invite', urgencyVerb: 'invites', addressee: 'all-parties', footnotes: [5], lacks: ['Recommendation'], note: 'page break after "and that the"' },
    { key: 'obs/III/1', type: 'observation', starts: 'The Committee observes that Portugal has:', section: [PT_INV, PT_INV_STATE] },
    { key: 'obs/III/2', type: 'observation', starts: 'specialised units within law enforcement', parentKey: 'obs/III/1', title: 'The Committee observes that Portugal has:', footnotes: [6] },
    { key: 'obs/III/3', type: 'observation', starts: 'specialised prosecutors in each district.', parentKey: 'obs/III/1', footnotes: [7] },
    { key: 'rec/III-1', type: 'recommendation', starts: 'to establish specialised units, services or persons within the courts', urgency: 'invite', urgencyVerb: 'invites', addressee: 'state', title: 'To improve the effective implementation of the Convention, the Committee invites Portugal:', footnotes: [8] },
    { key: 'rec/III-2', type: 'recommendation', starts: 'The Committee requires Portugal to ensure that the persons responsible for investigations are trained', urgency: 'require', urgencyVerb: 'requires', addressee: 'state', footnotes: [9] },
    { key: 'practice/III/1', type: 'practice', starts: 'The Judicial Police of Portugal runs a victim identification team', footnotes: [10], section: [PT_INV, 'Promising practice'] },
  ],
};

const LU_LEAD = 'Le Comité indique le degré d’urgence de ses recommandations par les termes suivants :';
const LU_LAW = 'II. Cadres juridiques';
const LU_VICT = 'VI. Assistance aux victimes';

export const FICHE_R2_LU: GoldDocument = {
  file: 'fiche-r2-lu-2023-fr.txt',
  meta: { id: 'lanzarote-fiche-r2-lu-2023', title: 'Comité de Lanzarote – fiche d’information – Luxembourg (2e cycle de suivi)', body: L, year: 2023, round: '2nd monitoring round', country: 'LU', kind: 'factsheet', cites: 'lanzarote-rapport-mise-en-oeuvre-r2-2022' },
  traps: [
    'French sub-headings: "… spécifiques au Luxembourg" (the state) and "Recommandations génériques …" (all Parties)',
    '"Le Comité demande au Luxembourg de …" cut by a page break after "de leur"',
    'French citations "Recommandation II-1", "Recommandations VI-1 et VI-2", "Paragraphes 5 et 6"; note 8 is "Ibid."',
    'practice heading "Pratique prometteuse"',
  ],
  items: [
    { key: 'para/I/1', type: 'paragraph', starts: 'Le Comité de Lanzarote a consacré son deuxième cycle de suivi', section: ['I. Introduction'] },
    { key: 'para/I/2', type: 'paragraph', starts: LU_LEAD },
    { key: 'para/I/3', type: 'paragraph', starts: '« Exige » : lorsque', parentKey: 'para/I/2', title: LU_LEAD },
    { key: 'para/I/4', type: 'paragraph', starts: '« Demande » : lorsque', parentKey: 'para/I/2' },
    { key: 'para/I/5', type: 'paragraph', starts: '« Invite » : lorsque', parentKey: 'para/I/2' },
    { key: 'obs/II/1', type: 'observation', starts: 'Le Comité observe qu’au Luxembourg un enfant', footnotes: [1], section: [LU_LAW, 'Observations et recommandations du Comité sur le cadre juridique spécifiques au Luxembourg'] },
    { key: 'rec/II-1', type: 'recommendation', starts: 'Le Comité exige que le Luxembourg veille à ce qu’aucun enfant ne soit poursuivi', urgency: 'require', urgencyVerb: 'exige', addressee: 'state', footnotes: [2] },
    { key: 'rec/II-2', type: 'recommendation', starts: 'à utiliser de préférence l’expression', urgency: 'invite', urgencyVerb: 'invite', addressee: 'all-parties', title: 'Le Comité invite toutes les Parties, y compris le Luxembourg :', footnotes: [3], section: [LU_LAW, 'Recommandations génériques du Comité sur les cadres juridiques'] },
    { key: 'rec/II/3', type: 'recommendation', starts: 'à envisager d’incriminer la sollicitation d’enfants', urgency: 'invite', urgencyVerb: 'invite', addressee: 'all-parties', footnotes: [4] },
    { key: 'obs/VI/1', type: 'observation', starts: 'Le Comité observe que le Luxembourg dispose d’une ligne d’assistance', footnotes: [5], section: [LU_VICT, 'Observations et recommandations du Comité sur l’assistance aux victimes spécifiques au Luxembourg'] },
    { key: 'rec/VI-1+VI-2', type: 'recommendation', starts: 'Le Comité demande au Luxembourg de veiller à ce que les enfants victimes', ends: 'à leurs besoins et à ceux de leur famille.', urgency: 'request', urgencyVerb: 'demande', addressee: 'state', footnotes: [6], note: 'page break after "de leur"' },
    { key: 'rec/VI-2', type: 'recommendation', starts: 'Le Comité de Lanzarote invite toutes les Parties à mettre en place des mécanismes de signalement', urgency: 'invite', urgencyVerb: 'invite', addressee: 'all-parties', footnotes: [7], section: [LU_VICT, 'Recommandations génériques du Comité sur l’assistance aux victimes'] },
    { key: 'practice/VI/1', type: 'practice', starts: 'Le service « BEE SECURE Stopline » permet de signaler', footnotes: [8], section: [LU_VICT, 'Pratique prometteuse'] },
  ],
};

export const FACTSHEET_FIXTURES: GoldDocument[] = [FACTSHEET_R1_MT, FICHE_R1_BE, FACTSHEET_R2_PT, FICHE_R2_LU, FACTSHEET_R2_MARKDOWN];
