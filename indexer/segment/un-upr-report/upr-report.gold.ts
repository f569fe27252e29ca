// Gold of the Working Group report fixtures written for the UPR reader, read off the text by
// hand before the reader ran on them. Traps: a recommendation cut by a page break with the
// page number and running header between its lines; a parenthesis that is no State ("the
// Paris Principles", "No. 189") right before the State; a State whose name has its own
// parenthesis; several States in one parenthesis or in several; a treaty body and GRETA
// named in the text (never the document's body); single newlines from HTML; positions
// given in the report itself (2nd cycle: "enjoy its support" / "would thus be noted").
import type { GoldDocument, GoldItem } from '../../../test/support/un-gold.js';

const DIR = 'indexer/segment/un-upr-report/fixtures';
const II = ['II. Conclusions and/or recommendations'];
const rec = (report: string, number: string, starts: string, ends: string, states: string[], extra: Partial<GoldItem> = {}): GoldItem => ({
  key: `rec/${number}`, type: 'recommendation', number, starts, ends, states, parent: `para/${number.split('.')[0]}`, section: II,
  note: `${report} recommendation ${number}`, ...extra,
});

export const EXAMPLIA_2018: GoldDocument = {
  file: `${DIR}/upr-wg-report-examplia-2018.txt`,
  kind: 'upr-report',
  meta: {
    title: 'Report of the Working Group on the Universal Periodic Review: Examplia',
    body: 'Working Group on the Universal Periodic Review',
    year: 2018,
    symbol: 'A/HRC/38/12',
    session: 29,
    round: '3rd cycle',
    country: 'Examplia',
  },
  counts: { paragraph: 12, recommendation: 8 },
  complete: ['recommendation', 'paragraph'],
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'The Working Group on the Universal Periodic Review, established', ends: 'adopted the report on Examplia.', section: ['Introduction'], note: 'the paragraph that names the session' },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'On 13 January 2017', ends: 'Georgia, Rwanda and Paraguay.', section: ['Introduction'], note: 'troika' },
    { key: 'para/3', type: 'paragraph', number: '3', starts: 'In accordance with paragraph 15', ends: 'in accordance with paragraph 15 (c) (A/HRC/WG.6/29/EXA/3).', section: ['Introduction'], note: 'sub-paragraphs (a)–(c) stay in their paragraph' },
    { key: 'para/4', type: 'paragraph', number: '4', starts: 'A list of questions prepared in advance', ends: 'website of the universal periodic review.', section: ['Introduction'], note: 'followed by a page number and the running header' },
    { key: 'para/5', type: 'paragraph', number: '5', starts: 'The Minister for Justice stated', ends: 'network of child advocacy centres.', section: ['I. Summary of the proceedings of the review process', 'A. Presentation by the State under review'], note: 'first paragraph under a chapter and a sub-chapter' },
    { key: 'para/6', type: 'paragraph', number: '6', starts: 'The delegation noted that the Committee on the Rights of the Child', ends: 'had visited the country in 2017.', section: ['I. Summary of the proceedings of the review process', 'A. Presentation by the State under review'], note: 'a treaty body and GRETA mentioned: not the body' },
    { key: 'para/7', type: 'paragraph', number: '7', starts: 'During the interactive dialogue, 61 delegations', ends: 'section II of the present report.', section: ['I. Summary of the proceedings of the review process', 'B. Interactive dialogue and responses by the State under review'], note: 'dialogue' },
    { key: 'para/8', type: 'paragraph', number: '8', starts: 'Chile welcomed the new Child Protection Act and urged Examplia', ends: 'Chile made recommendations.', section: ['I. Summary of the proceedings of the review process', 'B. Interactive dialogue and responses by the State under review'], note: '"urged" in the dialogue is no graded recommendation' },
    { key: 'para/9', type: 'paragraph', number: '9', starts: 'Denmark commended', ends: 'Denmark made a recommendation.', section: ['I. Summary of the proceedings of the review process', 'B. Interactive dialogue and responses by the State under review'], note: 'last before a page break and the chapter' },
    { key: 'para/118', type: 'paragraph', number: '118', starts: 'The following recommendations will be examined by Examplia', ends: 'session of the Human Rights Council:', section: II, note: 'the paragraph that introduces the list' },
    rec('Examplia', '118.1', 'Ratify the Optional Protocol to the Convention against Torture', 'Convention against Torture', ['Denmark', 'Ghana']),
    rec('Examplia', '118.2', 'Ratify the Domestic Workers Convention, 2011 (No. 189)', 'of the International Labour Organization', ['Philippines'], { note: '"(No. 189)" is no State' }),
    rec('Examplia', '118.3', 'Establish a national human rights institution', 'human rights (the Paris Principles)', ['Bolivia (Plurinational State of)'], { note: '"(the Paris Principles)" is no State; the State\'s name has its own parenthesis' }),
    rec('Examplia', '118.4', 'Ensure that the national child helpline is free of charge', 'including children with disabilities', ['Maldives'], { note: 'helplines' }),
    rec('Examplia', '118.5', 'Strengthen the measures to prevent and combat trafficking in persons', 'adequate shelter, legal assistance and psychological support', ['Belarus'], { note: 'cut by a page break: page number and running header between its lines' }),
    rec('Examplia', '118.6', 'Adopt a comprehensive strategy to end all forms of violence against children', 'recommendations of the Committee on the Rights of the Child', ['Portugal'], { note: 'a committee named in the text does not issue it' }),
    rec('Examplia', '118.7', 'Continue efforts to combat discrimination against Roma', 'housing and employment', ['Argentina', 'Chile', 'Uruguay'], { note: 'three States in one parenthesis' }),
    rec('Examplia', '118.8', 'Take further steps to guarantee the independence of the judiciary', 'length of court proceedings', ['United Kingdom of Great Britain and Northern Ireland'], { note: 'a State whose name has "and"; the list ends with a full stop' }),
    { key: 'para/119', type: 'paragraph', number: '119', starts: 'All conclusions and/or recommendations contained in the present report', ends: 'endorsed by the Working Group as a whole.', section: II, note: 'the closing paragraph is no recommendation' },
    { key: 'p/1', type: 'paragraph', starts: 'The delegation of Examplia was headed by H.E. Ana Lindqvist', ends: 'Department for Human Rights, Ministry of Foreign Affairs.', section: ['Annex', 'Composition of the delegation'], note: 'the annex: its list of members stays with its lead-in' },
  ],
};

export const RURITANIA_2016: GoldDocument = {
  file: `${DIR}/upr-wg-report-ruritania-2016.txt`,
  kind: 'upr-report',
  meta: {
    title: 'Report of the Working Group on the Universal Periodic Review: Ruritania',
    body: 'Working Group on the Universal Periodic Review',
    year: 2015,
    symbol: 'A/HRC/31/9',
    session: 23,
    round: '2nd cycle',
    country: 'Ruritania',
  },
  counts: { paragraph: 9, recommendation: 11 },
  complete: ['recommendation', 'paragraph'],
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'The Working Group on the Universal Periodic Review, established', ends: 'adopted the report on Ruritania.', section: ['Introduction'], note: 'one line per paragraph (HTML)' },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'On 14 January 2015', ends: 'Cuba, Estonia and Nigeria.', section: ['Introduction'], note: 'troika' },
    { key: 'para/3', type: 'paragraph', number: '3', starts: 'The delegation presented the measures taken', ends: 'a national child helpline.', section: ['I. Summary of the proceedings of the review process', 'A. Presentation by the State under review'], note: 'headings as single lines' },
    { key: 'para/4', type: 'paragraph', number: '4', starts: 'During the interactive dialogue, 48 delegations', ends: 'made statements.', section: ['I. Summary of the proceedings of the review process', 'B. Interactive dialogue and responses by the State under review'], note: 'dialogue' },
    { key: 'para/5', type: 'paragraph', number: '5', starts: 'France encouraged Ruritania', ends: 'France made recommendations.', section: ['I. Summary of the proceedings of the review process', 'B. Interactive dialogue and responses by the State under review'], note: '"encouraged" in the dialogue is no graded recommendation' },
    { key: 'para/97', type: 'paragraph', number: '97', starts: 'The following recommendations have been examined by Ruritania and enjoy its support:', section: II, note: 'a list the State supports' },
    rec('Ruritania', '97.1', 'Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure', 'communications procedure', ['Montenegro'], { position: 'supported' }),
    rec('Ruritania', '97.2', 'Continue to strengthen the national child helpline', 'adequately staffed and funded', ['Ireland'], { position: 'supported', note: 'helplines, supported' }),
    rec('Ruritania', '97.3', 'Adopt legislation explicitly prohibiting corporal punishment of children', 'including the home', ['Sweden', 'Uruguay'], { position: 'supported', note: 'two States in two parentheses' }),
    rec('Ruritania', '97.4', "Strengthen the Ombudsman's Office", 'adequate human and financial resources', ['Republic of Korea'], { position: 'supported' }),
    { key: 'para/98', type: 'paragraph', number: '98', starts: 'The following recommendations will be examined by Ruritania', ends: 'session of the Human Rights Council:', section: II, note: 'a list still to be examined' },
    rec('Ruritania', '98.1', 'Abolish the death penalty in law for all crimes', 'for all crimes', ['France'], { note: 'no position yet' }),
    rec('Ruritania', '98.2', 'Establish a moratorium on executions', 'abolishing the death penalty', ['Australia', 'Italy']),
    rec('Ruritania', '98.3', 'Decriminalize defamation', 'in accordance with international standards', ['Estonia']),
    rec('Ruritania', '98.4', 'Ensure that all allegations of torture and ill-treatment', 'investigated by an independent body', ['Canada']),
    rec('Ruritania', '98.5', 'Recognize same-sex partnerships in law', 'partnerships in law', ['Netherlands']),
    { key: 'para/99', type: 'paragraph', number: '99', starts: 'The following recommendations did not enjoy the support of Ruritania and would thus be noted:', section: II, note: 'a list the State notes' },
    rec('Ruritania', '99.1', 'Ratify the Rome Statute of the International Criminal Court', 'International Criminal Court', ['Costa Rica'], { position: 'noted' }),
    rec('Ruritania', '99.2', 'Ratify the International Convention on the Protection of the Rights of All Migrant Workers', 'Members of Their Families', ['Egypt', 'Philippines'], { position: 'noted' }),
    { key: 'para/100', type: 'paragraph', number: '100', starts: 'All conclusions and/or recommendations contained in the present report', ends: 'as a whole.', section: II, note: 'closing paragraph' },
  ],
};
