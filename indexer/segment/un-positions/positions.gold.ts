// Gold of the State's views (addenda) written for the positions reader, read off the text by
// hand before the reader ran on them. Layouts: one line per recommendation ("118.1 Supported.
// …") and a paragraph naming a range ("Recommendations 118.4 to 118.6 are supported."); a
// table by theme (Recommendation | Position | Comments), its header repeated after a page
// break, a comments cell left empty. Traps: a recommendation number inside an explanation
// ("see also recommendation 118.1") and in a paragraph without a position ("It has already
// implemented recommendation 97.2"); "noted with appreciation" in prose.
import type { GoldDocument, GoldItem } from '../../../test/support/un-gold.js';

const DIR = 'indexer/segment/un-positions/fixtures';
const pos = (report: string, number: string, position: 'supported' | 'noted', starts: string, extra: Partial<GoldItem> = {}): GoldItem => ({
  key: `pos/${number}`, type: 'response', number, position, starts, respondsTo: `${report}/rec/${number}`,
  note: `position on ${number}`, ...extra,
});
const EXAMPLIA_REPORT = 'upr-wg-report-examplia-2018';
const RURITANIA_REPORT = 'upr-wg-report-ruritania-2016';

export const EXAMPLIA_ADDENDUM: GoldDocument = {
  file: `${DIR}/upr-addendum-examplia-2018.txt`,
  kind: 'upr-positions',
  meta: {
    title: 'Report of the Working Group on the Universal Periodic Review: Examplia. Addendum: Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review',
    body: 'Working Group on the Universal Periodic Review',
    year: 2018,
    symbol: 'A/HRC/38/12/Add.1',
    country: 'Examplia',
  },
  counts: { paragraph: 3, response: 8 },
  complete: ['response', 'paragraph'],
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'Examplia welcomes the recommendations received', ends: 'with civil society organizations.', note: 'introduction' },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'Examplia supports six of the eight recommendations', ends: 'set out below.', note: 'counts, no recommendation number: a paragraph' },
    pos(EXAMPLIA_REPORT, '118.4', 'supported', 'Recommendations 118.4 to 118.6 are supported.', { explanation: 'The national child helpline has been free of charge since 1 March 2018', note: 'a range in a numbered paragraph: first' }),
    pos(EXAMPLIA_REPORT, '118.5', 'supported', 'Recommendations 118.4 to 118.6 are supported.', { explanation: 'The national child helpline has been free of charge since 1 March 2018', note: 'inside the range' }),
    pos(EXAMPLIA_REPORT, '118.6', 'supported', 'Recommendations 118.4 to 118.6 are supported.', { explanation: 'The national child helpline has been free of charge since 1 March 2018', note: 'end of the range' }),
    pos(EXAMPLIA_REPORT, '118.1', 'supported', 'Supported. The instrument of ratification', { explanation: 'The instrument of ratification of the Optional Protocol', note: 'one line per recommendation' }),
    pos(EXAMPLIA_REPORT, '118.2', 'noted', 'Noted. Domestic workers are protected by the Labour Code', { explanation: 'Domestic workers are protected by the Labour Code' }),
    pos(EXAMPLIA_REPORT, '118.3', 'supported', "Supported. The Ombudsman's Office", { explanation: "The Ombudsman's Office will apply for accreditation" }),
    pos(EXAMPLIA_REPORT, '118.7', 'supported', 'Supported.', { note: 'after a page break; no explanation' }),
    pos(EXAMPLIA_REPORT, '118.8', 'noted', 'Noted. The reform of the judiciary is under way', { explanation: 'The reform of the judiciary is under way', note: '"see also recommendation 118.1" in the explanation is no position' }),
    { key: 'para/4', type: 'paragraph', number: '4', starts: 'Examplia will report on the implementation', ends: 'to the Human Rights Council.', note: 'paragraph after the list' },
  ],
};

export const RURITANIA_ADDENDUM: GoldDocument = {
  file: `${DIR}/upr-addendum-ruritania-2016.txt`,
  kind: 'upr-positions',
  meta: {
    title: 'Report of the Working Group on the Universal Periodic Review: Ruritania. Addendum: Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review',
    body: 'Working Group on the Universal Periodic Review',
    year: 2016,
    symbol: 'A/HRC/31/9/Add.1',
    country: 'Ruritania',
  },
  counts: { paragraph: 2, response: 5 },
  complete: ['response', 'paragraph'],
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'Ruritania examined the five recommendations', ends: 'in the table below, by theme.', note: 'introduction' },
    { key: 'para/2', type: 'paragraph', number: '2', starts: 'Ruritania noted with appreciation the constructive dialogue', ends: 'staffed around the clock.', note: '"noted" in prose and a recommendation number without a position' },
    pos(RURITANIA_REPORT, '98.1', 'noted', 'Abolish the death penalty in law for all crimes', { states: ['France'], explanation: 'The abolition requires an amendment to the Constitution', section: ['Death penalty'], note: 'table row under a theme' }),
    pos(RURITANIA_REPORT, '98.2', 'supported', 'Establish a moratorium on executions', { states: ['Australia', 'Italy'], explanation: 'No execution has been carried out since 2009', section: ['Death penalty'] }),
    pos(RURITANIA_REPORT, '98.3', 'noted', 'Decriminalize defamation', { states: ['Estonia'], section: ['Freedom of opinion and expression'], note: 'no comment: no explanation' }),
    pos(RURITANIA_REPORT, '98.4', 'supported', 'Ensure that all allegations of torture and ill-treatment', { states: ['Canada'], explanation: 'An independent investigation unit was established', section: ['Prohibition of torture and cruel, inhuman or degrading treatment'], note: 'after the page break and the repeated table header' }),
    pos(RURITANIA_REPORT, '98.5', 'noted', 'Recognize same-sex partnerships in law', { states: ['Netherlands'], section: ['Equality and non-discrimination'], note: 'last row, empty comment cell' }),
  ],
};
