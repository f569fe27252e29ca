// PDFs written by word processors (LibreOffice here) set a few things their own way: the
// note number in the notes area on the baseline at the note's size, not raised; a list
// item carried over a page break followed at once by a paragraph at the margin; a closed
// em dash at a line end. Pages built item by item, as in pdf-layout.test.ts.
import { describe, expect, it } from 'vitest';
import { pagesToText } from './pdf-layout.js';
import type { PdfPage, PdfTextItem } from './pdf-reader.js';

const CHAR_EM = 0.5;
const item = (x: number, y: number, str: string, size = 12): PdfTextItem => ({ str, x, y, width: str.length * size * CHAR_EM, fontSize: size, bold: false, italic: false });
const page = (...items: PdfTextItem[]): PdfPage => ({ width: 612, height: 792, items });
/** A raised 7 pt marker right after an item. */
const marker = (after: PdfTextItem, n: string) => item(after.x + after.width, after.y - 4.6, n, 7);
/** 78 characters: a line that fills the 468 pt text column. */
const FULL = 'a line of running text that fills the whole column from margin to margin, on';
const body = (y: number, n: number) => Array.from({ length: n }, (_, k) => item(72, y + k * 14, FULL));

describe('PDFs from word processors', () => {
  it('takes a smaller line opening with a number on its baseline, below the body, as a note', () => {
    const cited = item(72, 142, 'The campaign "Work in Chains".');
    const { text } = pagesToText([page(...body(100, 3), cited, marker(cited, '1'), item(72, 700, '1', 10), item(86, 700, 'Práce v řetězech.', 10),
      item(72, 712, '12 A note whose number shares its item.', 10), item(300, 760, '3'))]);
    expect(text).toContain('The campaign "Work in Chains".¹');
    expect(text).toContain('\n\n¹ Práce v řetězech.\n\n¹² A note whose number shares its item.');
  });

  it('keeps body lines of a smaller size that start with a number in the body when body text follows them', () => {
    const { text } = pagesToText([page(...body(100, 3), item(72, 142, '2 small print in the body', 10), ...body(156, 2))]);
    expect(text).not.toContain('²');
  });

  it('ends a list item carried over a page break where a paragraph at the margin follows it', () => {
    // The item's last line is too long for the next line's first word to have fitted after it.
    const { text } = pagesToText([
      page(...body(100, 2), item(84, 686, '•'), item(108, 686, FULL.slice(0, 70)), item(108, 700, FULL.slice(0, 70)), item(108, 714, FULL.slice(0, 70))),
      page(item(108, 60, 'identified as such, and their credibility not called into question, even'), item(108, 74, 'the facts of their trafficking upon their first contact now;'),
        item(72, 92, 'The Police confirms that identification is not linked to proceedings.'), ...body(106, 2)),
    ]);
    expect(text).toContain('not called into question, even the facts of their trafficking upon their first contact now;\n\nThe Police confirms');
  });

  it('closes up a dash set close to the word before it at a line end', () => {
    const { text } = pagesToText([page(item(72, 100, 'The Coordination Group for Combating Trafficking in Human Beings—'), item(72, 114, 'including issues related to children—has become permanent.'))]);
    expect(text).toContain('Human Beings—including issues');
  });
});
