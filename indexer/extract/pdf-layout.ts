// PDF pages → text in the conventions of the converted .txt sources, so one layout stage
// and one set of segmenters read both: paragraphs on one line separated by blank lines,
// bullets as "- ", footnote markers as superscripts, each page's notes as "ⁿ text"
// paragraphs after its body, table rows as tab-separated cells (a cell wrapped over
// several lines, or carried over to the next page, joined back).
import type { ExtractedText } from '../types.js';
import type { PdfPage } from './pdf-text-items.js';
import { bodyFontSize, buildPageLines, type PdfLine } from './pdf-lines.js';

const BULLET_GLYPH = /^[•▪◦●■–]\s*/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?$/i;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

interface Block {
  kind: 'text' | 'row';
  x: number;
  cells: { x: number; text: string }[];
}

type Entry = { block: Block } | { notes: string[]; pageEnd: true };

function joinText(a: string, b: string): string {
  if (/[A-Za-zà-ž]-$/.test(a) && /^[a-zà-ž]/.test(b)) return a + b;
  return `${a} ${b}`;
}

function isPageFurniture(line: PdfLine, page: PdfPage): boolean {
  const text = line.cells.map((c) => c.text).join(' ').trim();
  const nearEdge = line.y > page.height * 0.9 || line.y < page.height * 0.06;
  return nearEdge && PAGE_NUMBER.test(text);
}

export function pagesToText(pages: PdfPage[]): ExtractedText {
  const bodySize = bodyFontSize(pages);
  const paragraphGap = bodySize * 1.6;
  const near = (a: number, b: number) => Math.abs(a - b) < bodySize * 0.6;
  const entries: Entry[] = [];
  let lastRow: Block | undefined; // the latest table row, which may go on on the next page

  for (const page of pages) {
    const lines = buildPageLines(page, bodySize).filter((l) => !isPageFurniture(l, page));
    const firstNote = lines.findIndex((l) => l.noteNumber !== undefined);
    const body = firstNote === -1 ? lines : lines.slice(0, firstNote);
    let last: Block | undefined;
    let prevY = -Infinity;
    for (const line of body) {
      const gap = line.y - prevY;
      prevY = line.y;
      if (line.cells.length >= 2) {
        last = lastRow = { kind: 'row', x: line.x, cells: line.cells.map((c) => ({ ...c })) };
        entries.push({ block: last });
        continue;
      }
      const cell = line.cells[0];
      // A wrapped cell goes on under the cell it continues, also across a page break
      // (where a repeated table header may stand between).
      const target = lastRow?.cells.find((c, i) => i > 0 && near(c.x, cell.x));
      if (target && (last === lastRow ? gap < paragraphGap : cell.x > lastRow!.x + bodySize * 4)) {
        target.text = joinText(target.text, cell.text);
        continue;
      }
      const bullet = BULLET_GLYPH.test(cell.text);
      const continues = last?.kind === 'text' && !bullet && gap < paragraphGap && cell.x >= last.x - 2 && cell.x <= last.x + bodySize * 3.5;
      if (continues) {
        last!.cells[0].text = joinText(last!.cells[0].text, cell.text);
        continue;
      }
      last = { kind: 'text', x: cell.x, cells: [{ x: cell.x, text: bullet ? `- ${cell.text.replace(BULLET_GLYPH, '')}` : cell.text }] };
      lastRow = undefined;
      entries.push({ block: last });
    }
    entries.push({ notes: groupNotes(firstNote === -1 ? [] : lines.slice(firstNote)), pageEnd: true });
  }
  return render(entries);
}

function render(entries: Entry[]): ExtractedText {
  const parts: string[] = [];
  const pages: { start: number; end: number }[] = [];
  let length = 0;
  let pageStart = 0;
  const emit = (paragraph: string) => {
    parts.push(paragraph + '\n\n');
    length += paragraph.length + 2;
  };
  for (const e of entries) {
    if ('block' in e) {
      emit(e.block.kind === 'row' ? e.block.cells.map((c) => c.text).join('\t') : e.block.cells[0].text);
    } else {
      e.notes.forEach(emit);
      pages.push({ start: pageStart, end: length });
      pageStart = length;
    }
  }
  return { text: parts.join(''), pages };
}

function groupNotes(lines: PdfLine[]): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    const text = line.cells.map((c) => c.text).join(' ');
    if (line.noteNumber !== undefined) notes.push(`${toSuperscript(line.noteNumber)} ${text}`);
    else if (notes.length) notes[notes.length - 1] = joinText(notes[notes.length - 1], text);
    else notes.push(text); // a note carried over from the previous page
  }
  return notes;
}
