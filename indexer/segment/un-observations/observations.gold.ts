// Gold of the treaty-body and compilation fixtures written for the observations reader, read
// off the text by hand before the reader ran on them. Traps: a lead-in graded "recommends"
// with lettered parts, one of which opens with the imperative "Encourage" (the Committee's
// verb grades it, not the part's); "reiterates its previous recommendation and urges"; other
// committees named in the text (never the body); footnote markers in headings (they belong to
// the first paragraph under the heading); "Ibid." after a symbol; a note cut by a page break;
// a compilation quoting several committees, by name and by abbreviation, and "It" for the
// committee of the sentence before.
import type { GoldDocument, GoldItem } from '../../../test/support/un-gold.js';

const DIR = 'indexer/segment/un-observations/fixtures';
const CRC = 'Committee on the Rights of the Child';
const CEDAW = 'Committee on the Elimination of Discrimination against Women';
const CERD = 'Committee on the Elimination of Racial Discrimination';
const WG = 'Working Group on the Universal Periodic Review';

const III = 'III. Main areas of concern and recommendations';
const A = 'A. General measures of implementation (arts. 4, 42 and 44 (6))';
const B = 'B. Violence against children (arts. 19, 24 (3), 28 (2), 34, 37 (a) and 39)';
const part = (letter: string, starts: string, extra: Partial<GoldItem> = {}): GoldItem => ({
  key: `para/8(${letter})`, type: 'recommendation', number: `8 (${letter})`, starts, urgency: 'request', urgencyVerb: 'recommends',
  parent: 'para/8', section: [III, B, 'Abuse and neglect'], note: `part (${letter}) graded by its lead-in`, ...extra,
});

export const CRC_EXAMPLIA: GoldDocument = {
  file: `${DIR}/crc-concluding-observations-examplia-2018.txt`,
  kind: 'un-observations',
  meta: {
    title: 'Concluding observations on the combined fifth and sixth periodic reports of Examplia',
    body: CRC,
    year: 2018,
    symbol: 'CRC/C/EXA/CO/5-6',
    session: 77,
  },
  counts: { observation: 5, recommendation: 9 },
  complete: ['observation', 'recommendation'],
  footnotes: 3,
  items: [
    { key: 'para/1', type: 'observation', number: '1', starts: 'The Committee considered the combined fifth and sixth periodic reports', ends: 'held on 2 February 2018.', section: ['I. Introduction'], note: 'introduction' },
    { key: 'para/2', type: 'observation', number: '2', starts: 'The Committee welcomes the submission', section: ['I. Introduction'], note: 'welcomes: no grading' },
    { key: 'para/3', type: 'observation', number: '3', starts: 'The Committee welcomes the adoption of the Child Protection Act', section: ['II. Follow-up measures taken and progress achieved by the State party'], note: 'progress' },
    { key: 'para/4', type: 'observation', number: '4', starts: 'The Committee reminds the State party', ends: 'asylum-seeking and refugee children (para. 11).', section: [III], note: '"recommendations" as a noun is no grading' },
    { key: 'para/5', type: 'observation', number: '5', starts: 'The Committee notes that the national strategy', section: [III, A, 'Comprehensive policy and strategy'], note: 'a concern before the recommendation' },
    { key: 'para/6', type: 'recommendation', number: '6', starts: 'The Committee recommends that the State party adopt a comprehensive policy', urgency: 'request', urgencyVerb: 'recommends', footnotes: [1], cites: ['CRC/C/EXA/CO/3-4'], section: [III, A, 'Comprehensive policy and strategy'], note: 'recommends' },
    { key: 'para/7', type: 'recommendation', number: '7', starts: 'The Committee urges the State party to expedite', urgency: 'require', urgencyVerb: 'urges', section: [III, A, 'Independent monitoring'], note: 'urges' },
    { key: 'para/8', type: 'recommendation', number: '8', starts: 'Recalling its general comment No. 13 (2011)', ends: 'the Committee recommends that the State party:', urgency: 'request', urgencyVerb: 'recommends', section: [III, B, 'Abuse and neglect'], note: 'a lead-in after a participle clause, at the top of a page' },
    part('a', 'Establish a national database on all cases of violence against children'),
    part('b', 'Ensure that the national child helpline is toll-free', { footnotes: [2], cites: ['A/HRC/38/12'], note: 'helplines; its note cites the UPR report' }),
    part('c', 'Encourage community programmes', { note: 'the imperative "Encourage" is no grading of its own' }),
    { key: 'para/9', type: 'recommendation', number: '9', starts: 'The Committee encourages the State party to strengthen awareness-raising', urgency: 'invite', urgencyVerb: 'encourages', section: [III, B, 'Abuse and neglect'], note: 'encourages' },
    { key: 'para/10', type: 'recommendation', number: '10', starts: 'The Committee reiterates its previous recommendation and urges', urgency: 'require', urgencyVerb: 'urges', footnotes: [3], cites: ['CRC/C/EXA/CO/3-4'], section: [III, 'C. Family environment (arts. 5, 9–11, 18 (1) and (2), 20, 21, 25 and 27 (4))', 'Children deprived of a family environment'], note: 'reiterates … and urges: urges grades it' },
    { key: 'para/11', type: 'recommendation', number: '11', starts: 'The Committee welcomes the efforts of the State party', ends: 'on the basis of their migration status.', urgency: 'invite', urgencyVerb: 'invites', section: [III, 'D. Special protection measures (arts. 22, 30, 32–33, 35–36, 37 (b)–(d) and 38–40)', 'Asylum-seeking and refugee children'], note: 'other committees named in the text; graded by "invites" at its end' },
  ],
};

const SCOPE = 'II. Scope of international obligations and cooperation with international human rights mechanisms and bodies';
const IV = 'IV. Implementation of international human rights obligations, taking into account applicable international humanitarian law';

export const COMPILATION_EXAMPLIA: GoldDocument = {
  file: `${DIR}/upr-compilation-examplia-2017.txt`,
  kind: 'un-observations',
  meta: {
    title: 'Compilation on Examplia',
    body: WG,
    year: 2017,
    symbol: 'A/HRC/WG.6/29/EXA/2',
    session: 29,
    round: '3rd cycle',
  },
  counts: { paragraph: 1, observation: 2, recommendation: 6 },
  complete: ['paragraph', 'observation', 'recommendation'],
  footnotes: 13,
  items: [
    { key: 'para/1', type: 'paragraph', number: '1', starts: 'The present report was prepared pursuant to', ends: 'owing to word-limit constraints.', section: ['I. Background'], note: 'background: nobody reports' },
    { key: 'para/2', type: 'recommendation', number: '2', starts: 'The Committee on the Rights of the Child recommended that Examplia ratify', urgency: 'request', urgencyVerb: 'recommended', body: CRC, footnotes: [1, 2, 3], cites: ['A/HRC/22/13', 'CRC/C/EXA/CO/5-6'], section: [SCOPE], note: 'the heading\'s two notes go to the first paragraph under it' },
    { key: 'para/3', type: 'observation', number: '3', starts: 'The Committee on the Elimination of Discrimination against Women noted', body: CEDAW, footnotes: [4], cites: ['CEDAW/C/EXA/CO/7'], section: [SCOPE], note: 'noted: an observation of CEDAW' },
    { key: 'para/4', type: 'recommendation', number: '4', starts: 'The Committee on the Rights of the Child urged Examplia to expedite', urgency: 'require', urgencyVerb: 'urged', body: CRC, footnotes: [5, 6], cites: ['A/HRC/22/13', 'CRC/C/EXA/CO/5-6'], section: ['III. National human rights framework'], note: 'urged, past tense; heading note after a page break' },
    { key: 'para/5', type: 'recommendation', number: '5', starts: 'CERD was concerned about the persistent discrimination against Roma', ends: 'and a dedicated budget.', urgency: 'request', urgencyVerb: 'recommended', body: CERD, footnotes: [7, 8], cites: ['CERD/C/EXA/CO/19-21'], section: [IV, 'A. Cross-cutting issues', 'Equality and non-discrimination'], note: 'abbreviation; "It recommended" in the second sentence; Ibid.' },
    { key: 'para/6', type: 'observation', number: '6', starts: 'The United Nations country team noted', body: WG, footnotes: [9, 10], cites: ['A/HRC/22/13'], section: [IV, 'B. Civil and political rights', 'Right to life, liberty and security of person'], note: 'no treaty body: the document\'s body; its second note runs on after a page break' },
    { key: 'para/7', type: 'recommendation', number: '7', starts: 'The Special Rapporteur on torture', urgency: 'invite', urgencyVerb: 'encouraged', body: WG, footnotes: [11], cites: ['A/HRC/34/54/Add.2'], section: [IV, 'B. Civil and political rights', 'Right to life, liberty and security of person'], note: 'a special procedure encouraged: invite' },
    { key: 'para/8', type: 'recommendation', number: '8', starts: 'The Committee on the Rights of the Child recommended that Examplia ensure that the national child helpline', urgency: 'request', urgencyVerb: 'recommended', body: CRC, footnotes: [12], cites: ['CRC/C/EXA/CO/5-6'], section: [IV, 'C. Rights of specific persons or groups', 'Children'], note: 'helplines; cites paragraph 8 (b) of the concluding observations' },
    { key: 'para/9', type: 'recommendation', number: '9', starts: 'CEDAW urged Examplia to adopt legislation', urgency: 'require', urgencyVerb: 'urged', body: CEDAW, footnotes: [13], cites: ['CEDAW/C/EXA/CO/7'], section: [IV, 'C. Rights of specific persons or groups', 'Children'], note: 'abbreviation as the actor' },
  ],
};
