// The PDF layout of UN review documents, on pages built item by item: numbered paragraphs
// with a hanging indent (the number left of the first line, the other lines at the margin)
// keep their lines in order, also across a page break onto a facing page with another margin;
// justified lines set word by word stay running text while a table keeps its columns; running
// headers of two lines, page numbers and job numbers are dropped with their reasons; endnotes
// after a "Notes" heading, one of them a two-column list over two pages, stay notes.
import { describe, expect, it } from 'vitest';
import { pagesToText } from './pdf-layout.js';
import type { PdfPage, PdfTextItem } from './pdf-reader.js';

const CHAR_EM = 0.5;
function item(x: number, y: number, str: string, size = 12): PdfTextItem {
  return { str, x, y, width: str.length * size * CHAR_EM, fontSize: size, bold: false, italic: false };
}
/** Words placed one by one, `gap` points apart: a line justified by stretching its spaces. */
function spaced(x: number, y: number, words: string[], gap: number): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const w of words) {
    const it = item(x, y, w);
    out.push(it);
    x += it.width + gap;
  }
  return out;
}
const page = (...items: (PdfTextItem | PdfTextItem[])[]): PdfPage => ({ width: 612, height: 792, items: items.flat() });
/** 78 characters: fills the 468 pt column. */
const FULL = 'a line of running text that fills the whole column from margin to margin, on';

describe('numbered paragraphs with a hanging indent', () => {
  it('keep their first line first, whatever the indentation of the others', () => {
    const p = page(
      item(72, 100, 'The following recommendations will be examined by the State under review:'),
      item(90, 124, '1.'), item(118, 124, 'To ratify the Convention on the Rights of Persons with Disabilities, and'),
      item(72, 138, FULL),
      item(72, 152, 'to adopt a plan for its implementation (Norway);'),
      item(90, 176, '2.'), item(118, 176, 'To strengthen the Ombudsman (Chile);'),
    );
    const { text } = pagesToText([p]);
    expect(text).toContain(`1. To ratify the Convention on the Rights of Persons with Disabilities, and ${FULL} to adopt a plan for its implementation (Norway);`);
    expect(text).toContain('2. To strengthen the Ombudsman (Chile);');
    expect(text).not.toContain('\t');
  });

  it('go on after a page break onto a facing page with another margin, past header and page number', () => {
    const header = (x: number) => item(x, 40, 'A/HRC/14/15', 10);
    const pages = [1, 2, 3].map((n) => {
      const left = n % 2 ? 113 : 56;
      const items = [header(n % 2 ? 480 : 56), item(n % 2 ? 530 : 56, 760, String(n), 10)];
      if (n === 2) items.push(item(left + 14, 100, '15.'), item(left + 42, 100, 'To continue to implement the Programme of Measures for the Roma, and'), item(left, 114, 'to introduce annually reviewed targets to measure'));
      else if (n === 3) items.push(item(left, 100, 'progress (United Kingdom);'), item(left + 14, 124, '16.'), item(left + 42, 124, 'To provide adequate resources (Czech Republic);'));
      else items.push(item(left, 100, 'An introduction to the review, printed on the first page of the report.'));
      return page(...items);
    });
    const { text, furniture } = pagesToText(pages);
    expect(text).toContain('15. To continue to implement the Programme of Measures for the Roma, and to introduce annually reviewed targets to measure progress (United Kingdom);');
    expect(text).not.toMatch(/A\/HRC\/14\/15/);
    expect(furniture?.map((f) => f.why)).toEqual(expect.arrayContaining(['running header', 'page number']));
  });
});

describe('justified lines set word by word', () => {
  it('stay one paragraph of running text', () => {
    const p = page(
      item(72, 100, 'Croatia expressed concern at continuous public manifestations of intolerance'),
      spaced(72, 114, ['and', 'at', 'hate', 'speech', 'by', 'some', 'politicians.', 'Croatia', 'noted', 'the', 'Constitution.'], 9),
      item(72, 128, 'It hoped that the policy aimed at the recognition of all groups would be reconsidered.'),
    );
    const { text } = pagesToText([p]);
    expect(text).toContain('intolerance and at hate speech by some politicians. Croatia noted the Constitution. It hoped');
    expect(text).not.toContain('\t');
  });

  it('with one wide gap, inside a paragraph, is still running text', () => {
    const p = page(
      item(72, 100, FULL),
      item(72, 114, 'hate speech by some politicians.'), item(72 + 16 * 12 + 40, 114, 'Croatia noted that the Constitution'),
      item(72, 128, FULL),
    );
    expect(pagesToText([p]).text).toContain('hate speech by some politicians. Croatia noted that the Constitution');
  });

  it('leaves a table its columns', () => {
    const p = page(
      item(72, 60, FULL), item(72, 74, FULL), item(72, 88, 'Victims identified by sex:'),
      item(72, 104, 'Men'), item(300, 104, '12'),
      item(72, 120, 'Women'), item(300, 120, '30'),
      item(72, 136, 'Children'), item(300, 136, '31'),
    );
    expect(pagesToText([p]).text).toContain('Men\t12\nWomen\t30\nChildren\t31');
  });
});

describe('page furniture of UN documents', () => {
  it('drops a two-line running header, a job number and a page number, each with its reason', () => {
    const pages = [1, 2, 3, 4].map((n) => page(
      ...(n > 1 ? [item(72, 40, 'A/HRC/WG.6/7/ITA/1', 10), item(72, 52, `Page ${n}`, 10)] : []),
      item(72, 100, `Paragraph ${n} of the report ends with a sentence of its own.`),
      ...(n === 1 ? [item(72, 760, 'GE.09-17087', 9)] : [item(300, 760, String(n), 10)]),
    ));
    const { text, furniture } = pagesToText(pages);
    expect(text).not.toMatch(/A\/HRC|Page \d|GE\.09/);
    for (let n = 1; n <= 4; n++) expect(text).toContain(`Paragraph ${n} of the report`);
    const why = (t: string) => furniture?.find((f) => f.text === t)?.why;
    expect(why('GE.09-17087')).toBe('job number');
    expect(why('Page 2')).toBe('page number');
    expect(why('A/HRC/WG.6/7/ITA/1')).toBe('running header');
  });
});

describe('endnotes', () => {
  it('after a "Notes" heading, a two-column list running over two pages stays in its note, entry by entry', () => {
    const number = (y: number, n: number) => item(62, y - 4, String(n), 7);
    const p1 = page(
      item(72, 100, '94. A paragraph that cites a stakeholder ends the text.'),
      item(56, 140, 'Notes'),
      number(170, 1), item(72, 170, 'The stakeholders listed below have contributed information for this summary.'),
      item(72, 184, 'Civil society'),
      item(100, 198, 'AI'), item(214, 198, 'Amnesty International (United Kingdom of Great Britain and'),
      item(214, 212, 'Northern Ireland);'),
      item(100, 226, 'ERRC'), item(214, 226, 'European Roma Rights Centre (Hungary);'),
    );
    const p2 = page(
      item(100, 100, 'JS1'), item(214, 100, 'Joint submission 1 submitted by: Child Rights Coalition; Helpline'),
      item(214, 114, 'Network (Examplia).'),
      number(140, 2), item(72, 140, 'AI, p. 4; JS1, p. 2.'),
    );
    const { text, furniture } = pagesToText([p1, p2]);
    expect(text).toContain('¹ The stakeholders listed below have contributed information for this summary.\nCivil society\nAI\tAmnesty International (United Kingdom of Great Britain and Northern Ireland);\nERRC\tEuropean Roma Rights Centre (Hungary);\nJS1\tJoint submission 1 submitted by: Child Rights Coalition; Helpline Network (Examplia).');
    expect(text).toContain('² AI, p. 4; JS1, p. 2.');
    expect(text).not.toMatch(/^Notes$/m);
    expect(furniture?.find((f) => f.why === 'notes heading')?.text).toBe('Notes');
  });
});
