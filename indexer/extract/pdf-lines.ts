// Physical lines of a PDF page rebuilt from pdf.js text items: items sharing a baseline
// form a line; a raised, smaller digit belongs to the line below it as a footnote marker
// (a note's own number when it opens the line, a marker in the text otherwise); a wide
// horizontal gap between items is a table cell boundary.
import type { PdfPage, PdfTextItem } from './pdf-text-items.js';

export interface PdfCell {
  x: number;
  text: string;
}

export interface PdfLine {
  y: number;
  x: number;
  cells: PdfCell[];
  /** The line opens with a raised note number: the first line of a footnote text. */
  noteNumber?: number;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (digits: string) => digits.replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

/** The body font size: the size most of the document's characters are set in. */
export function bodyFontSize(pages: PdfPage[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) for (const it of p.items) {
    const size = Math.round(it.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + it.str.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

interface Placed extends PdfTextItem {
  marker?: boolean;
}

export function buildPageLines(page: PdfPage, bodySize: number): PdfLine[] {
  const isSmallDigits = (it: PdfTextItem) => it.fontSize < bodySize * 0.8 && /^[\d,\s]+$/.test(it.str) && /\d/.test(it.str);
  const normal = page.items.filter((it) => !isSmallDigits(it) && it.str.length > 0);
  const raised = page.items.filter(isSmallDigits);
  const rows: { y: number; items: Placed[] }[] = [];
  for (const it of [...normal].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r.y - it.y) <= bodySize * 0.3);
    if (row) row.items.push(it);
    else rows.push({ y: it.y, items: [it] });
  }
  for (const it of raised) {
    // A raised marker sits a little above the baseline of the line it belongs to.
    const row = rows
      .filter((r) => r.y - it.y > 0 && r.y - it.y <= bodySize * 0.75)
      .sort((a, b) => a.y - b.y)[0];
    if (row) row.items.push({ ...it, marker: true });
    else rows.push({ y: it.y, items: [it] });
  }
  rows.sort((a, b) => a.y - b.y);
  return rows.map((r) => toLine(r.y, r.items.sort((a, b) => a.x - b.x), bodySize)).filter((l) => l.cells.some((c) => c.text.trim()));
}

function toLine(y: number, items: Placed[], bodySize: number): PdfLine {
  const visible = items.filter((it) => it.str.trim() !== '');
  const first = visible[0];
  const line: PdfLine = { y, x: first?.x ?? 0, cells: [] };
  let startIndex = 0;
  if (first?.marker) {
    line.noteNumber = Number(first.str.replace(/\D/g, ''));
    startIndex = items.indexOf(first) + 1;
  }
  let cell: PdfCell | undefined;
  let prevEnd = -Infinity;
  let boldRun = false;
  const fullBold = visible.filter((it) => !it.marker).every((it) => it.bold);
  const closeBold = () => {
    if (cell && boldRun) cell.text = cell.text.replace(/\s*$/, '**') + (/\s$/.test(cell.text) ? ' ' : '');
    boldRun = false;
  };
  for (const it of items.slice(startIndex)) {
    const gap = it.x - prevEnd;
    if (!cell || (gap > bodySize * 2 && it.str.trim() !== '')) {
      closeBold();
      cell = { x: it.x, text: '' };
      line.cells.push(cell);
    } else if (gap > bodySize * 0.15 && !/\s$/.test(cell.text) && !/^\s/.test(it.str) && !it.marker) {
      cell.text += ' ';
    }
    if (it.marker) {
      cell.text = cell.text.replace(/\s+$/, '') + toSuperscript(it.str.replace(/\s/g, ''));
    } else {
      const emphasise = it.bold && !fullBold && it.str.trim() !== '';
      if (emphasise && !boldRun) {
        cell.text += '**';
        boldRun = true;
      } else if (!emphasise && boldRun && it.str.trim() !== '') {
        closeBold();
      }
      cell.text += it.str;
    }
    if (it.str.trim() !== '' || it.marker) prevEnd = it.x + it.width;
  }
  closeBold();
  for (const c of line.cells) c.text = c.text.replace(/\s+/g, ' ').trim();
  line.cells = line.cells.filter((c) => c.text !== '');
  return line;
}
