// Gold of the national report and stakeholder summary fixtures written for the submissions
// reader, read off the text by hand before the reader ran on them. Traps: the list of
// stakeholders is a footnote set as a two-column list, cut by a page break and continued at
// the next page's notes; a stakeholder's name holds a semicolon; markers in headings; a
// numbered heading "1. Cross-cutting issues" among paragraphs numbered 4, 5, 6; a note cut
// after "of"; a French report ("Distr. générale", "par. 9"), a treaty body named in its text.
import type { GoldDocument } from '../../../test/support/un-gold.js';

const DIR = 'indexer/segment/un-submissions/fixtures';
const WG = 'Working Group on the Universal Periodic Review';
const II = 'II. Information provided by stakeholders';
const C = 'C. Implementation of international human rights obligations, taking into account applicable international humanitarian law';

const AI = { abbreviation: 'AI', name: 'Amnesty International, London (United Kingdom of Great Britain and Northern Ireland)' };
const ERRC = { abbreviation: 'ERRC', name: 'European Roma Rights Centre, Budapest (Hungary)' };
const GIEACPC = { abbreviation: 'GIEACPC', name: 'Global Initiative to End All Corporal Punishment of Children, London (United Kingdom of Great Britain and Northern Ireland)' };
const JS1 = { abbreviation: 'JS1', name: 'Joint submission 1 submitted by: Child Rights Coalition Examplia; Helpline Network Examplia (Examplia)' };
const JS2 = { abbreviation: 'JS2', name: 'Joint submission 2 submitted by: Association for the Prevention of Torture Examplia; Prison Watch (Examplia)' };
const JS3 = { abbreviation: 'JS3', name: 'Joint submission 3 submitted by: Roma Education Fund Examplia; Open Schools Initiative (Examplia)' };
const OE = { abbreviation: 'OE', name: 'Ombudsman of Examplia (Examplia)' };

export const STAKEHOLDERS_EXAMPLIA: GoldDocument = {
  file: `${DIR}/upr-stakeholders-examplia-2017.txt`,
  kind: 'upr-submission',
  meta: {
    title: 'Summary of Stakeholders’ submissions on Examplia',
    body: WG,
    year: 2017,
    symbol: 'A/HRC/WG.6/29/EXA/3',
    session: 29,
    round: '3rd cycle',
  },
  counts: { paragraph: 6 },
  complete: ['paragraph'],
  footnotes: 15,
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'The present report was prepared pursuant to', ends: 'owing to word-limit constraints.', footnotes: [1], section: ['I. Background'], note: 'its note is the list of stakeholders, which cites nobody' },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'Joint Submission 2 (JS2) and Amnesty International (AI) recommended', footnotes: [2, 3, 4], cites: ['A/HRC/22/13'], stakeholders: [JS2, AI], section: [II, 'A. Scope of international obligations and cooperation with international human rights mechanisms and bodies'], note: 'two notes in its heading' },
    { key: 'para/3', type: 'paragraph', number: '3', starts: 'The Ombudsman of Examplia (OE) noted', ends: 'to carry out its new mandate.', footnotes: [5, 6, 7], cites: ['A/HRC/22/13'], stakeholders: [OE, JS1], section: [II, 'B. National human rights framework'], note: 'a national human rights institution among the stakeholders' },
    { key: 'para/4', type: 'paragraph', number: '4', starts: 'ERRC noted that Roma children', ends: 'in mainstream schools.', footnotes: [8, 9, 10], cites: ['A/HRC/22/13'], stakeholders: [ERRC, JS3], section: [II, C, '1. Cross-cutting issues', 'Equality and non-discrimination'], note: 'after a page break, the job number and the running header; under a numbered heading "1."' },
    { key: 'para/5', type: 'paragraph', number: '5', starts: 'AI noted that detainees had complained', footnotes: [11], stakeholders: [AI], section: [II, C, '2. Civil and political rights', 'Right to life, liberty and security of person'], note: 'heading without a note' },
    { key: 'para/6', type: 'paragraph', number: '6', starts: 'JS1 welcomed the opening of the national child helpline', ends: 'prohibit corporal punishment in all settings.', footnotes: [12, 13, 14, 15], cites: ['A/HRC/22/13'], stakeholders: [JS1, GIEACPC], section: [II, C, '3. Rights of specific persons or groups', 'Children'], note: 'helplines; the same stakeholders cited twice count once' },
  ],
};

export const NATIONAL_REPORT_RURITANIE: GoldDocument = {
  file: `${DIR}/upr-national-report-ruritanie-2015.txt`,
  kind: 'upr-submission',
  meta: {
    title: "Rapport national présenté conformément au paragraphe 5 de l'annexe à la résolution 16/21 du Conseil des droits de l'homme: Ruritanie",
    body: WG,
    year: 2015,
    symbol: 'A/HRC/WG.6/23/RUR/1',
    session: 23,
    round: '2nd cycle',
    country: 'Ruritanie',
  },
  counts: { paragraph: 6 },
  complete: ['paragraph'],
  footnotes: 4,
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: "Le présent rapport a été élaboré par le Comité interministériel", ends: 'dans sa décision 17/119.', footnotes: [1], cites: ['A/HRC/DEC/17/119'], section: ['I. Méthodologie et processus de consultation'], note: 'French' },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'Un projet de rapport a été présenté', ends: 'dans la version finale.', section: ['I. Méthodologie et processus de consultation'], note: 'no note' },
    { key: 'para/3', type: 'paragraph', number: '3', starts: 'Depuis son premier examen, la Ruritanie a ratifié', ends: 'des personnes handicapées.', footnotes: [2], cites: ['A/HRC/16/9'], section: ['II. Suivi des recommandations issues du premier examen', 'A. Cadre normatif et institutionnel'], note: 'a marker in mid-sentence' },
    { key: 'para/4', type: 'paragraph', number: '4', starts: 'La loi n° 2013-45 du 4 mars 2013', ends: 'dans ses observations finales de 2014.', footnotes: [3], cites: ['CRC/C/RUR/CO/4'], section: ['II. Suivi des recommandations issues du premier examen', 'A. Cadre normatif et institutionnel'], note: 'a treaty body named in the text is not the body; "par. 9"' },
    { key: 'para/5', type: 'paragraph', number: '5', starts: "Une ligne d'écoute nationale pour les enfants", ends: 'de sa première année de fonctionnement.', footnotes: [4], section: ['II. Suivi des recommandations issues du premier examen', "B. Protection de l'enfance"], note: 'after a page break' },
    { key: 'para/6', type: 'paragraph', number: '6', starts: "Le Gouvernement s'engage à adopter", ends: "à l'égard des enfants.", section: ['II. Suivi des recommandations issues du premier examen', "B. Protection de l'enfance"], note: 'last paragraph' },
  ],
};
