// UN covers read by their structure: the symbol in the top right, the date after "Distr.",
// the title under the masthead with the State reviewed under it, the issuing body the most
// specific the masthead names, the session under that body, in the symbol or in the cover's
// note. Traps: "United Nations" and a big "A" printed before the title; a treaty body or GRETA
// named in the first paragraphs; the Council's session printed above a Working Group report.
import { describe, expect, it } from 'vitest';
import { inferMetadata } from './infer-metadata.js';
import { ordinalNumber } from './ordinals.js';

const WG = 'Working Group on the Universal Periodic Review';

const cases: { note: string; text: string; expected: Record<string, unknown> }[] = [
  {
    note: 'a 2009 cover: capitals, a big "A", the symbol and the date under "Distr. GENERAL"',
    text: 'UNITED\nNATIONS\tA\n\nGeneral Assembly\tDistr.\nGENERAL\n\nA/HRC/WG.6/7/XYZ/1\n16 November 2009\n\nOriginal: ENGLISH\n\nHUMAN RIGHTS COUNCIL\nWorking Group on the Universal Periodic Review\nSeventh session\nGeneva, 8-19 February 2010\n\nNATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A) OF THE ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1 *\n\nUtopia\n\n* The present document was not edited.\n\nI. METHODOLOGY\n\n1. The report was prepared by the Ministry of the Interior, and GRETA visited in 2008.',
    expected: { title: 'NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A) OF THE ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1: Utopia', body: WG, year: 2009, symbol: 'A/HRC/WG.6/7/XYZ/1', session: 7, round: '1st cycle', country: 'Utopia' },
  },
  {
    note: 'a Working Group report: the Council\'s session above it is not the review\'s',
    text: 'United Nations\tA/HRC/40/8\n\nGeneral Assembly\tDistr.: General\n3 January 2019\n\nHuman Rights Council\nFortieth session\nAgenda item 6\nUniversal periodic review\n\nReport of the Working Group on the Universal Periodic Review*\n\nUtopia\n\nIntroduction\n\n1. The Working Group held its thirty-first session.',
    expected: { title: 'Report of the Working Group on the Universal Periodic Review: Utopia', body: WG, year: 2019, symbol: 'A/HRC/40/8', session: undefined, country: 'Utopia' },
  },
  {
    note: 'concluding observations: the committee, and the session in the cover\'s note',
    text: 'United Nations\tCEDAW/C/UTO/CO/8\n\nConvention on the Elimination of All Forms of Discrimination against Women\tDistr.: General\n25 July 2016\n\nCommittee on the Elimination of Discrimination against Women\n\nConcluding observations on the eighth periodic report of Utopia*\n\n* Adopted by the Committee at its sixty-fourth session (4–22 July 2016).\n\nA. Introduction\n\n1. The Committee considered the report; the Human Rights Committee and GRETA were also informed.',
    expected: { title: 'Concluding observations on the eighth periodic report of Utopia', body: 'Committee on the Elimination of Discrimination against Women', year: 2016, symbol: 'CEDAW/C/UTO/CO/8', session: 64, round: undefined },
  },
  {
    note: 'a cover from a PDF\'s text layer: the masthead\'s columns separated by runs of spaces, no blank line under the symbol',
    text: 'United Nations                                                        CEDAW/C/MRV/CO/7\nConvention on the Elimination of All Forms of Discrimination against Women\nDistr.: General\n12 November 2021\nOriginal: English\n\nCommittee on the Elimination of Discrimination against Women\n\nConcluding observations on the seventh periodic report of Moravia*\n\n1. The Committee considered the seventh periodic report of Moravia (CEDAW/C/MRV/7) in 2021.',
    expected: { title: 'Concluding observations on the seventh periodic report of Moravia', body: 'Committee on the Elimination of Discrimination against Women', year: 2021, symbol: 'CEDAW/C/MRV/CO/7' },
  },
  {
    note: 'a French cover',
    text: 'Nations Unies\tA/HRC/WG.6/30/UTO/1\n\nAssemblée générale\tDistr. générale\n5 mars 2018\n\nConseil des droits de l\'homme\nGroupe de travail sur l\'Examen périodique universel\nTrentième session\n\nRapport national soumis conformément au paragraphe 5 de l\'annexe à la résolution 16/21*\n\nUtopie\n\nI. Méthodologie\n\n1. Le rapport a été préparé.',
    expected: { body: WG, year: 2018, symbol: 'A/HRC/WG.6/30/UTO/1', session: 30, round: '3rd cycle', country: 'Utopie' },
  },
];

describe('UN covers', () => {
  it.each(cases)('$note', ({ text, expected }) => {
    const { meta } = inferMetadata('cover.txt', text, 'generic');
    for (const [field, value] of Object.entries(expected)) expect(meta[field as keyof typeof meta], field).toEqual(value);
  });
});

describe('ordinalNumber', () => {
  it.each([['seventh', 7], ['Thirty-fourth', 34], ['twentieth', 20], ['forty-first', 41], ['sixty-fourth', 64], ['21st', 21], ['session', undefined], ['vingt-troisième', undefined]] as const)('%s → %s', (word, n) => {
    expect(ordinalNumber(word)).toBe(n);
  });
});
