// Documents cited by their symbol in notes, with the numbers printed after the symbol.
import { describe, expect, it } from 'vitest';
import { citedDocuments } from './cited-documents.js';
import { parseCitations } from './parse-citations.js';

const cases: { note: string; documents: unknown[]; why: string }[] = [
  { note: 'CRC/C/SVN/CO/3-4, para. 37.', documents: [{ symbol: 'CRC/C/SVN/CO/3-4', paragraphs: [37] }], why: 'one paragraph' },
  { note: 'For relevant recommendations see A/HRC/28/4, paras. 145.1–145.3; 145.55.', documents: [{ symbol: 'A/HRC/28/4', recommendations: ['145.1', '145.2', '145.3', '145.55'] }], why: 'a range of recommendations and one more after ";"' },
  { note: 'CRC/C/EXA/CO/5-6, para. 8 (b).', documents: [{ symbol: 'CRC/C/EXA/CO/5-6', paragraphs: [8] }], why: 'a lettered part cites its paragraph' },
  { note: 'See the recommendation made in its review (A/HRC/38/12, para. 118.4).', documents: [{ symbol: 'A/HRC/38/12', recommendations: ['118.4'] }], why: 'in parentheses, at a sentence end' },
  { note: 'CRC/C/RUR/CO/4, par. 9.', documents: [{ symbol: 'CRC/C/RUR/CO/4', paragraphs: [9] }], why: 'French "par."' },
  { note: 'See A/HRC/34/54/Add.2, paras. 12-14 and E/C.12/UTO/CO/2, para. 5.', documents: [{ symbol: 'A/HRC/34/54/Add.2', paragraphs: [12, 13, 14] }, { symbol: 'E/C.12/UTO/CO/2', paragraphs: [5] }], why: 'two documents, an addendum and an ECOSOC symbol' },
  { note: 'JS7, p. 8; AI, p. 1.', documents: [], why: 'stakeholders are no documents' },
  { note: 'Available at www.ohchr.org/EN/HRBodies/UPR/Pages/Index.aspx.', documents: [], why: 'a web address is no symbol' },
];

describe('citedDocuments', () => {
  it.each(cases)('$why', ({ note, documents }) => {
    expect(citedDocuments(note).documents).toEqual(documents);
  });
  it('leaves the bare paragraphs of the implementation report to the other citations', () => {
    expect(parseCitations('CRC/C/SVN/CO/3-4, para. 37. See also Para. 73.')).toMatchObject({ paragraphs: [73], documents: [{ symbol: 'CRC/C/SVN/CO/3-4', paragraphs: [37] }] });
  });
});
