// The PDF layout rules on pages built item by item (no PDF file in between), one case
// per artefact: what the page shows, and what the text must (and must not) contain.
import { describe, expect, it } from 'vitest';
import { pagesToText } from './pdf-layout.js';
import type { PdfPage, PdfTextItem } from './pdf-reader.js';

/** Body text: 12 pt, baselines 14 pt apart, paragraphs 24 pt apart; a character is ~0.5 em wide. */
const CHAR_EM = 0.5;

function item(x: number, y: number, str: string, opts: { size?: number; bold?: boolean; italic?: boolean } = {}): PdfTextItem {
  const size = opts.size ?? 12;
  return { str, x, y, width: str.length * size * CHAR_EM, fontSize: size, bold: !!opts.bold, italic: !!opts.italic };
}

/** Runs set one after the other on one baseline. */
function runs(x: number, y: number, parts: (string | { text: string; bold?: boolean; italic?: boolean })[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const p of parts) {
    const part = typeof p === 'string' ? { text: p } : p;
    const it = item(x, y, part.text, part);
    out.push(it);
    x += it.width;
  }
  return out;
}

/** A raised 7 pt footnote marker right after the item it follows. */
function marker(after: PdfTextItem, n: string): PdfTextItem {
  return item(after.x + after.width, after.y - 4.6, n, { size: 7 });
}

/** A footnote's first line: raised number at the left margin, text after it. */
function note(y: number, n: number, text: string): PdfTextItem[] {
  return [item(72, y - 4.6, String(n), { size: 7 }), item(72 + 8.7, y, text)];
}

const page = (...items: (PdfTextItem | PdfTextItem[])[]): PdfPage => ({ width: 612, height: 792, items: items.flat() });

/** 78 characters: a line that fills the 468 pt text column. */
const FULL = 'a line of running text that fills the whole column from margin to margin, on';

const word = item(72, 100, 'The State has acted in its legal framework');
const fullStop = item(72, 124, 'The Committee observes that CSGSIV.');
const braced = item(72, 148, 'Guidelines”');

interface Case {
  note: string;
  pages: PdfPage[];
  contains: string[];
  absent?: string[];
}

const cases: Case[] = [
  {
    note: 'raised smaller digits after a word are a marker; two side by side a braced list',
    pages: [page(word, marker(word, '4'), fullStop, marker(fullStop, '2'), braced, marker(braced, '16'), item(braced.x + braced.width + 9, 143.4, '17', { size: 7 }))],
    contains: ['legal framework⁴', 'CSGSIV.²', 'Guidelines”^{16, 17}'],
  },
  {
    note: 'a line opening with a raised number at the margin is a note, printed after the page body as its own paragraph',
    pages: [page(item(72, 100, 'Body text of the page.'), note(700, 2, 'Paras. 71, 73.'), note(724, 3, 'Para. 73.'))],
    contains: ['Body text of the page.\n\n² Paras. 71, 73.\n\n³ Para. 73.'],
  },
  {
    note: 'a note cut at the page end goes on above the first note of the next page',
    pages: [
      page(item(72, 100, 'First page body.'), note(700, 5, 'The expression is not limited to legislation but')),
      page(item(72, 100, 'Second page body.'), item(72, 114, 'More of the body.'), item(72, 660, 'should be understood in a broader way.'), note(700, 6, 'Recommendation II-6.')),
    ],
    contains: ['⁵ The expression is not limited to legislation but should be understood in a broader way.', '⁶ Recommendation II-6.'],
    absent: ['\nshould be understood'],
  },
  {
    note: 'bold runs become **…**; a bold phrase wrapped over two lines is one span',
    pages: [page(runs(72, 100, ['The Committee ', { text: 'requests', bold: true }, ' the Czech Republic to act.']),
      runs(72, 124, [FULL.slice(0, 60) + ' ', { text: 'difficulty in', bold: true }]), runs(72, 138, [{ text: 'implementing', bold: true }, ' the Convention.']))],
    contains: ['The Committee **requests** the Czech Republic to act.', '**difficulty in implementing** the Convention.'],
  },
  {
    note: 'bullet glyphs with a tab stop become "- "; a wrapped bullet line joins its bullet; a bullet indented further is nested',
    pages: [page(item(84, 100, '•'), item(108, 100, FULL), item(108, 114, 'and ends here;'),
      item(84, 130, '–'), item(108, 130, 'a dash bullet;'), item(100, 146, '•'), item(124, 146, 'a nested one.'))],
    contains: ['- ' + FULL + ' and ends here;\n- a dash bullet;\n - a nested one.'],
  },
  {
    note: 'a running header and page numbers in the margins are dropped',
    pages: [1, 2, 3].map((n) => page(item(72, 40, 'Monitoring Report 2023'), item(72, 100, `Text of page ${n}.`), item(300, 770, `Page ${n} of 3`))),
    contains: ['Text of page 1.\n\nText of page 2.\n\nText of page 3.'],
    absent: ['Monitoring Report', 'Page 1 of 3', 'of 3'],
  },
  {
    note: 'a line-end hyphen: the typesetter\'s split joins when the document uses the whole word; a compound keeps it',
    pages: [page(item(72, 100, FULL.slice(0, 60) + ' labour exploi-'), item(72, 114, 'tation and ' + FULL.slice(0, 60) + ' self-'), item(72, 128, 'generated images.'),
      item(72, 152, 'Labour exploitation is common.'))],
    contains: ['labour exploitation and a line', 'from marg self-generated images.'],
    absent: ['exploi-tation', 'exploi- tation'],
  },
  {
    note: 'a paragraph cut by a page break is joined; a heading at the page bottom is not',
    pages: [
      page(item(72, 686, FULL), item(72, 700, FULL.replace(/, on$/, ', and the')), item(72, 714, FULL.replace(/, on$/, ' that'))),
      page(item(72, 60, 'Committee adopted it.'), item(72, 300, 'Generic recommendations on jurisdiction')),
      page(item(72, 60, 'The Committee invites all Parties.')),
    ],
    contains: [`${FULL.replace(/, on$/, ' that')} Committee adopted it.`, 'Generic recommendations on jurisdiction\n\nThe Committee invites all Parties.'],
  },
  {
    note: 'table cells by column; a wrapped cell is one row; empty cells kept; repeated header dropped; a cut row joined',
    pages: [
      page(item(72, 600, 'Basic Information'), item(72, 618, 'Task Number'), item(306, 618, 'Task No. 1.1.'),
        item(72, 636, 'Title'), item(306, 636, 'A study of trafficking in'), item(306, 650, 'children'),
        item(72, 668, 'Notes'), item(72, 686, 'Task Description'), item(306, 686, 'Ensure the elaboration of'), item(306, 700, 'a study containing an')),
      page(item(72, 60, 'Basic Information'), item(306, 78, 'analysis of cases.'), item(72, 96, 'Deadline'), item(306, 96, '2022')),
    ],
    contains: ['Basic Information\t\nTask Number\tTask No. 1.1.\nTitle\tA study of trafficking in children\nNotes\t\n' +
      'Task Description\tEnsure the elaboration of a study containing an analysis of cases.\nDeadline\t2022'],
  },
  {
    note: 'contents entries set with tab stops get a tab before their page number',
    pages: [page(item(84, 100, 'I.'), item(114, 100, 'Introduction 3'), item(84, 116, 'II.'), item(114, 116, 'Legal frameworks….. 5'),
      item(84, 132, 'III.'), item(114, 132, 'Investigations and prosecution 7')), ...Array.from({ length: 6 }, () => page())],
    contains: ['I. Introduction\t3\nII. Legal frameworks…..\t5\nIII. Investigations and prosecution\t7'],
  },
  {
    note: 'a typed list label after a line that ends a question opens a new line, however long the line above',
    pages: [page(item(72, 100, FULL.slice(0, 70) + ' videos?'), item(72, 114, 'b. self-generated sexual content?'),
      item(72, 138, FULL.slice(0, 60) + ' in answer to question'), item(72, 152, '9.2. of the reply.'))],
    contains: [' videos?\nb. self-generated sexual content?', 'in answer to question 9.2. of the reply.'],
  },
  {
    note: 'a list item at the top of a page is not the tail of the sentence before the break ("8.1.a" ends on a label, not on the article "a")',
    pages: [
      page(item(72, 700, 'See the answer to question 8.1.a'), item(72, 724, FULL), item(72, 738, 'abroad, or')),
      page(item(72, 60, 'b) if the offender is a national.'), item(72, 84, '8.2. Does national law apply?')),
    ],
    contains: ['abroad, or\n\nb) if the offender is a national.'],
    absent: ['8.1.a 8.2.', 'or b) if'],
  },
  {
    note: 'a web address wrapped after a slash is joined without a space',
    pages: [page(item(72, 100, 'see https://www.example.org/help/children-at-risk/'), item(72, 114, 'online-abuse.html for details.'))],
    contains: ['https://www.example.org/help/children-at-risk/online-abuse.html for details.'],
  },
  {
    note: 'a short line whose successor would have fitted on it ends in a hard line break',
    pages: [page(item(72, 100, 'ANNEX 2'), item(72, 114, 'TABLE PART'))],
    contains: ['ANNEX 2\nTABLE PART'],
  },
];

describe('pagesToText', () => {
  it.each(cases)('$note', ({ pages, contains, absent }) => {
    const { text } = pagesToText(pages);
    for (const c of contains) expect(text).toContain(c);
    for (const a of absent ?? []) expect(text).not.toContain(a);
  });

  it('gives each page a character range, in order, covering the text', () => {
    const { text, pages } = pagesToText([page(item(72, 100, 'One.')), page(item(72, 100, 'Two.')), page(item(72, 100, 'Three.'))]);
    expect(pages).toHaveLength(3);
    expect(pages!.map((p) => text.slice(p.start, p.end).trim())).toEqual(['One.', 'Two.', 'Three.']);
    expect(pages![0].start).toBe(0);
    expect(pages![2].end).toBe(text.length);
  });
});
