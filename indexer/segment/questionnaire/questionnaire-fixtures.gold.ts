// Gold items of the questionnaire replies written as fixtures (fixtures/), read off each
// document by hand. Three layouts without "Question N" headings, each in English and French:
// numbered questions repeated before each answer ("1.1 Are there …?"), a two-column table
// (question | answer, one row per question, rows cut by page breaks), and questions printed in
// bold (numbered or not). Keys: q/<printed number> and a/<printed number>; a question the
// document does not number is q/<its place among the questions>.
import type { GoldDocument, GoldItem } from '../../../test/support/fixture-gold.js';
import { REPLY_MARKDOWN_LABELS_RU } from './questionnaire-markdown.gold.js';

const L = 'Lanzarote Committee';
/** A question with its printed number. */
const q = (key: string, starts: string, extra: Partial<GoldItem> = {}): GoldItem =>
  ({ key: `q/${key}`, type: 'question', number: key, starts, ...extra });
const a = (key: string, starts: string, extra: Partial<GoldItem> = {}): GoldItem =>
  ({ key: `a/${key}`, type: 'answer', starts, respondsToKey: `q/${key}`, ...extra });
/** A question the document does not number: no number field. */
const unnumbered = (key: string, starts: string, extra: Partial<GoldItem> = {}): GoldItem =>
  ({ key: `q/${key}`, type: 'question', starts, ...extra });

export const REPLY_NUMBERED_IE: GoldDocument = {
  file: 'reply-numbered-ie-2018.txt',
  meta: { id: 'lanzarote-questionnaire-reply-ie-2018', title: 'Reply of Ireland to the 2nd monitoring round questionnaire', body: L, year: 2018, round: '2nd monitoring round', country: 'IE', kind: 'questionnaire-reply' },
  traps: [
    'no "Question N" headings: each question is repeated with its number ("1.1 ", "2. ") before its answer',
    'answers hold their own numbered lists ("1. the Stay Safe programme …;", "2. to Hotline.ie …") numbered past the question before them',
    'answer 4.1 letters its parts "a. Yes, …" / "b. Yes, …" like the question\'s parts, without question marks',
    'question 3.2 is cut by a page break (note 3 and page number 2 in between)',
    'question 5 is a request ending with a full stop; section titles in capitals',
  ],
  items: [
    q('1.1', 'Are there awareness-raising or educational activities/tools/materials/measures addressed to children', { section: ['PREVENTION'] }),
    a('1.1', 'Yes. The Department of Education and Skills supports the following programmes in schools:', { contains: ['2. the Social, Personal and Health Education curriculum in post-primary schools;'], ends: 'publishes resources on sexting for teachers.', footnotes: [1] }),
    q('1.2', 'Are there awareness-raising activities addressed to parents'),
    a('1.2', 'Webwise publishes a guide for parents, “Be in Ctrl”'),
    q('2', 'Does the national curriculum (primary and secondary schools, and vocational education) include', { contains: ['a. self-generated sexually explicit images and/or videos?'], ends: 'b. self-generated sexual content?' }),
    a('2', 'Yes. Relationships and Sexuality Education is part of the curriculum', { footnotes: [2] }),
    q('3.1', 'What specific reporting mechanisms, including helplines, are in place', { section: ['PROTECTION'] }),
    a('3.1', 'Children and parents may report:', { contains: ['2. to Hotline.ie, which accepts anonymous reports'], ends: 'open day and night.', footnotes: [3] }),
    q('3.2', 'What legislative or other measures have been taken to ensure that child victims', { ends: 'are identified and referred to support services?', lacks: ['Childline'] }),
    a('3.2', 'Tusla, the Child and Family Agency, assesses every report', { footnotes: [4] }),
    q('4.1', 'Does national law criminalise cases when adults:', { ends: 'to other adults?', section: ['PROSECUTION'] }),
    a('4.1', 'a. Yes, under section 6 of the Child Trafficking and Pornography Act 1998.', { ends: 'as amended in 2017.' }),
    q('4.2', 'What are the legal consequences of the above behaviours?'),
    a('4.2', 'A person convicted on indictment is liable to imprisonment'),
    q('5', 'Please indicate which jurisdiction rules apply to the offences described above'),
    a('5', 'Irish courts have jurisdiction over these offences'),
    q('6', 'What measures have been taken to co-operate with other Parties', { section: ['PARTNERSHIPS'] }),
    a('6', 'An Garda Síochána works with Europol and INTERPOL', { ends: 'the Europol campaign “Say No”.', contains: ['1. joint investigations with two other Parties;'] }),
  ],
};

export const REPONSE_NUMEROTEE_MC: GoldDocument = {
  file: 'reponse-numerotee-mc-2018-fr.txt',
  meta: { id: 'lanzarote-reponse-questionnaire-mc-2018', title: 'Réponse de Monaco au questionnaire du 2e cycle de suivi', body: L, year: 2018, round: '2nd monitoring round', country: 'MC', kind: 'questionnaire-reply' },
  traps: [
    'French questions: "Existe-t-il … ?", "Veuillez préciser … .", "… comprennent-ils … :" followed by lettered parts',
    'answers list "1) …" and "1. …" / "2. …"',
    'answer 3 is cut by a page break after "traités"',
  ],
  items: [
    q('1.1', 'Existe-t-il des activités, outils, matériels ou mesures de sensibilisation', { section: ['PRÉVENTION'] }),
    a('1.1', 'Oui. La Direction de l’Éducation nationale organise chaque année :', { contains: ['2) une journée de sensibilisation aux usages du numérique ;'], ends: 'animés par la Sûreté publique.', footnotes: [1] }),
    q('1.2', 'Veuillez préciser quelles entités mènent ces activités'),
    a('1.2', 'Les activités sont coordonnées par la Direction de l’Action et de l’Aide sociales'),
    q('2', 'Les programmes scolaires nationaux comprennent-ils une sensibilisation', { ends: 'b. aux contenus sexuels autoproduits ?' }),
    a('2', 'Oui, dans le cadre de l’éducation à la vie affective et sexuelle', { footnotes: [2] }),
    q('3', 'Quels mécanismes de signalement spécifiques', { section: ['PROTECTION'] }),
    a('3', 'Les enfants peuvent appeler gratuitement la ligne', { ends: 'sont traités dans un délai de vingt-quatre heures.', footnotes: [3] }),
    q('4.1', 'Le droit national incrimine-t-il le fait, pour un adulte :', { ends: 'à d’autres adultes ?', section: ['POURSUITES'] }),
    a('4.1', 'Oui. Le Code pénal punit ces faits de :', { contains: ['1. cinq ans d’emprisonnement pour la détention ;'], footnotes: [4] }),
    q('4.2', 'Veuillez indiquer les règles de compétence applicables'),
    a('4.2', 'Les juridictions monégasques sont compétentes'),
  ],
};

export const REPLY_TABLE_NO: GoldDocument = {
  file: 'reply-table-no-2018.txt',
  meta: { id: 'lanzarote-questionnaire-reply-no-2018', title: 'Reply of Norway to the 2nd monitoring round questionnaire', body: L, year: 2018, round: '2nd monitoring round', country: 'NO', kind: 'questionnaire-reply' },
  traps: [
    'a two-column table: question | reply, with a header row repeated after the page break',
    'rows whose question cell is empty go on the reply above ("\\tThe police visit schools …", "\\t1. natural science …")',
    'a row cut by a page break after "child victims of", its tail in a row of its own after the repeated header',
    'section rows with one cell ("Prevention\\t"); the campaign name “Delbart?” ends in a question mark inside a reply',
  ],
  items: [
    q('1.1', 'Are there awareness-raising or educational activities addressed to children', { section: ['Prevention'] }),
    a('1.1', 'Yes. The Norwegian Media Authority runs the campaign “Delbart?”', { contains: ['The police visit schools and speak to pupils about sharing images'], footnotes: [1] }),
    q('1.2', 'Are there activities specifically targeting children as bystanders'),
    a('1.2', 'No specific activities exist for bystanders'),
    q('2', 'Does the national curriculum include awareness-raising about the risks of:', { ends: 'b. self-generated sexual content?' }),
    a('2', 'Yes, in the following subjects:', { contains: ['1. natural science, which covers sexuality and the body;'], ends: 'digital judgement and privacy.', footnotes: [2] }),
    q('3', 'What specific reporting mechanisms, including helplines, are in place', { section: ['Protection'] }),
    a('3', 'Children can report to the police online service “Kripos tips”', { ends: 'assist child victims of sexual abuse in all regions.', footnotes: [3], lacks: ['Question', 'Reply'] }),
    q('4.1', 'Does national law criminalise cases when children distribute or transmit', { section: ['Prosecution'] }),
    a('4.1', 'Section 311 of the Penal Code applies', { footnotes: [4] }),
    q('4.2', 'What are the legal consequences of the above behaviours?'),
    a('4.2', 'A fine or imprisonment for up to three years'),
    q('5', 'Please indicate which jurisdiction rules apply'),
    a('5', 'Section 5 of the Penal Code extends Norwegian jurisdiction'),
  ],
};

export const REPONSE_TABLEAU_CH: GoldDocument = {
  file: 'reponse-tableau-ch-2018-fr.txt',
  meta: { id: 'lanzarote-reponse-questionnaire-ch-2018', title: 'Réponse de la Suisse au questionnaire du 2e cycle de suivi', body: L, year: 2018, round: '2nd monitoring round', country: 'CH', kind: 'questionnaire-reply' },
  traps: [
    'header "Questions | Réponses de la Suisse", repeated after the page break',
    'a reply going on over rows with an empty question cell, with its own list "1. …" / "2. …"',
    'reply 3 cut by a page break after "des images les"',
  ],
  items: [
    q('1.1', 'Existe-t-il des activités ou des outils de sensibilisation destinés aux enfants', { section: ['Prévention'] }),
    a('1.1', 'Oui. La Prévention Suisse de la Criminalité diffuse la brochure', { contains: ['1. des interventions de la police dans les classes ;'], ends: 'des ateliers de pairs animés par des jeunes.', footnotes: [1] }),
    q('1.2', 'Veuillez préciser quelles entités mènent ces activités.'),
    a('1.2', 'Les cantons, les corps de police et des organisations non gouvernementales', { footnotes: [2] }),
    q('2', 'Quelles mesures ont été prises pour que les enfants victimes', { section: ['Protection'] }),
    a('2', 'Les centres de consultation LAVI accueillent gratuitement'),
    q('3', 'Le droit national incrimine-t-il le fait, pour un enfant,', { section: ['Poursuites'] }),
    a('3', 'Non. L’article 197, alinéa 8, du Code pénal exempte de peine', { ends: 'des images les concernant.', footnotes: [3] }),
    q('4', 'Veuillez indiquer les règles de compétence applicables'),
    a('4', 'Les articles 5 et 7 du Code pénal permettent de poursuivre'),
  ],
};

export const REPLY_BOLD_IS: GoldDocument = {
  file: 'reply-bold-is-2014.txt',
  meta: { id: 'lanzarote-questionnaire-reply-is-2014', title: 'Reply of Iceland to the 1st monitoring round questionnaire', body: L, year: 2014, round: '1st monitoring round', country: 'IS', kind: 'questionnaire-reply' },
  traps: [
    'questions in bold, neither numbered nor called "Question"; section titles in bold too',
    'a bold sub-heading inside an answer ("Statistics") followed by answer text',
    'a bold question cut by a page break, each part in bold of its own',
    'an answer with a numbered list "1. …" – "3. …"',
  ],
  items: [
    unnumbered('1', 'Are persons whose professions involve regular contact with children screened', { section: ['Prevention'] }),
    a('1', 'Yes. Under the Child Protection Act No. 80/2002', { footnotes: [1] }),
    unnumbered('2', 'Please describe the awareness-raising activities addressed to children'),
    a('2', 'The Government Agency for Child Protection supports:', { contains: ['2. the campaign “Talk about it” on national television;', 'Statistics'], ends: 'In 2013, 7,400 pupils took part in the programme.', footnotes: [2] }),
    unnumbered('3', 'What assistance is offered to child victims of sexual abuse in the circle of trust', { ends: 'how is the child’s view taken into account?', section: ['Protection'], lacks: ['blattafram'] }),
    a('3', 'Child victims are heard and examined at the Children’s House', { footnotes: [3] }),
    unnumbered('4', 'Does national law oblige professionals to report a suspicion'),
    a('4', 'Yes. Article 17 of the Child Protection Act obliges everyone'),
    unnumbered('5', 'Is sexual abuse of a child by a family member an aggravating circumstance?', { section: ['Prosecution'] }),
    a('5', 'Yes, under Article 202 of the General Penal Code', { footnotes: [4] }),
  ],
};

export const REPONSE_GRAS_LU: GoldDocument = {
  file: 'reponse-gras-lu-2014-fr.txt',
  meta: { id: 'lanzarote-reponse-questionnaire-lu-2014', title: 'Réponse du Luxembourg au questionnaire du 1er cycle de suivi', body: L, year: 2014, round: '1st monitoring round', country: 'LU', kind: 'questionnaire-reply' },
  traps: [
    'numbered questions in bold ("**1. … ?**"), section titles in bold capitals',
    'an answer\'s own list "1. …" / "2. …" right after question 2',
    'a bold remark heading ("Remarque") inside an answer',
  ],
  items: [
    q('1', 'Les personnes dont la profession implique des contacts réguliers', { section: ['PRÉVENTION'] }),
    a('1', 'Oui. Un extrait du casier judiciaire est exigé', { footnotes: [1] }),
    q('2', 'Veuillez décrire les actions de sensibilisation menées auprès des enfants.'),
    a('2', 'Le ministère soutient notamment :', { contains: ['1. le programme « Mon corps est à moi »'], footnotes: [2] }),
    q('3', 'Quelle assistance est offerte aux enfants victimes', { section: ['PROTECTION'] }),
    a('3', 'Les enfants victimes sont pris en charge', { contains: ['Remarque'], ends: 'Une réforme de la protection de la jeunesse est en préparation.', footnotes: [3] }),
    q('4', 'L’abus de la position de confiance constitue-t-il une circonstance aggravante ?', { section: ['POURSUITES'] }),
    a('4', 'Oui, l’article 377 du Code pénal prévoit', { footnotes: [4] }),
  ],
};

export const QUESTIONNAIRE_FIXTURES: GoldDocument[] = [REPLY_NUMBERED_IE, REPONSE_NUMEROTEE_MC, REPLY_TABLE_NO, REPONSE_TABLEAU_CH, REPLY_BOLD_IS, REPONSE_GRAS_LU, REPLY_MARKDOWN_LABELS_RU];
