// PDF pages → text in the conventions of the converted .txt sources, so one layout stage
// and one set of segmenters read both: a paragraph on one line, blank lines between
// paragraphs, bullets as "- ", footnote markers as superscripts glued to the word, each
// page's notes as "ⁿ text" paragraphs after its text, bold as **…**, table rows as
// tab-separated cells. Page furniture is dropped; paragraphs, bullets and table rows cut
// by a page break are joined back.
import type { ExtractedText } from '../types.js';
import type { PdfPage } from './pdf-reader.js';
import { bodyFontSize, buildPageLines, lineText, type PdfLine } from './pdf-lines.js';
import { isListNote, renderListNote } from './pdf-note-lists.js';
import { dropFurniture } from './pdf-furniture.js';
import { noteIsOpen, splitNotes, type NoteDraft } from './pdf-notes.js';
import { buildBlocks, PARAGRAPH_GAP, type Block } from './pdf-blocks.js';
import { stitchPageBreak, type PageGeometry } from './pdf-stitch.js';
import { renderTableRows } from './pdf-tables.js';
import { appendLine, settleJoins, vocabularyOf } from './line-joins.js';
import { numberToSuperscript } from '../superscripts.js';
import { renderRuns } from './runs.js';
import { tabulateContents } from './contents-entries.js';

type Entry = { kind: 'block'; block: Block } | { kind: 'notes'; page: number; notes: NoteDraft[] };

/** A piece of output text: a paragraph, a bullet, a table row or a note. */
interface Piece {
  text: string;
  page: number;
  /** Separator before it: a line break within a block, a blank line between blocks. */
  sep: '\n' | '\n\n';
}

/** The right edge of the text column: nearly every line ends before it (a long URL may stick out). */
const RIGHT_EDGE_QUANTILE = 0.95;

function median(values: number[]): number {
  return values.length ? quantile(values, 0.5) : Infinity;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A gap this frequent, relative to the commonest, is a line spacing of the text. */
const FREQUENT = 0.25;

/**
 * The line spacing of the body text: the smallest of the frequent gaps between consecutive
 * baselines. In a text of one-line paragraphs the gap between paragraphs is the commonest.
 */
function lineGapOf(pages: readonly PdfLine[][], bodySize: number): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round((lines[i].y - lines[i - 1].y) * 2) / 2;
      if (gap > bodySize * 0.5 && gap < bodySize * 2.5) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  const frequent = [...counts.entries()].filter(([, n]) => n >= Math.max(Math.min(2, most), most * FREQUENT)).map(([gap]) => gap);
  return frequent.length ? Math.min(...frequent) : bodySize * 1.2;
}

export function pagesToText(pdfPages: readonly PdfPage[]): ExtractedText {
  const bodySize = bodyFontSize(pdfPages);
  const rawLines = pdfPages.map((p, i) => buildPageLines(p, i, bodySize));
  const lineGap = lineGapOf(rawLines, bodySize);
  const { pages: lines, furniture } = dropFurniture(rawLines, pdfPages.map((p) => p.height), lineGap * PARAGRAPH_GAP);
  let noteOpen = false;
  let endnotes = false;
  const split = lines.map((l, p) => {
    const page = splitNotes(l, lineGap, noteOpen, endnotes, bodySize);
    if (page.notes.length) noteOpen = noteIsOpen(page.notes[page.notes.length - 1]);
    endnotes = page.endnotes;
    // The endnotes' heading is structure, like a contents title: left out, with its reason.
    if (page.heading) furniture.push({ page: p, text: lineText(page.heading), why: 'notes heading' });
    return page;
  });
  const bodyLines = split.flatMap((s) => s.body);
  const min = (values: number[]) => values.reduce((a, b) => Math.min(a, b), Infinity);
  const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
  const geometry: PageGeometry = {
    lineGap,
    // Where a page's text starts: the cover page (no running header) starts higher than the rest.
    top: median(split.map((s) => s.body[0]?.y).filter((y): y is number => y !== undefined)),
    bottom: max(bodyLines.map((l) => l.y)),
    // Margins are usually alike on both sides: with few long lines to go by, the right
    // edge mirrors the left margin.
    right: Math.max(quantile(bodyLines.map((l) => l.end), RIGHT_EDGE_QUANTILE), max(pdfPages.map((p) => p.width)) - min(bodyLines.map((l) => l.left))),
  };

  const entries: Entry[] = [];
  let lastBlock: Block | undefined;
  split.forEach(({ body, notes }, page) => {
    const blocks = buildBlocks(body, lineGap, geometry.right);
    if (lastBlock && blocks.length) {
      const rest = stitchPageBreak(lastBlock, blocks[0], geometry);
      if (rest === null) blocks.shift();
      else blocks[0] = rest;
    }
    for (const block of blocks) entries.push({ kind: 'block', block });
    lastBlock = blocks[blocks.length - 1] ?? lastBlock;
    carryOverNoteTail(entries, notes);
    if (notes.length) entries.push({ kind: 'notes', page, notes });
  });
  return { ...render(entries, pdfPages.length), ...(furniture.length ? { furniture } : {}) };
}

/** A note's tail at the top of the next page's notes goes on the last note printed. */
function carryOverNoteTail(entries: readonly Entry[], notes: NoteDraft[]): void {
  if (notes.length === 0 || notes[0].n !== undefined) return;
  const previous = [...entries].reverse().find((e): e is Extract<Entry, { kind: 'notes' }> => e.kind === 'notes');
  const lastNote = previous?.notes[previous.notes.length - 1];
  if (!lastNote) return;
  appendLine(lastNote.runs, notes[0].runs);
  lastNote.lines.push(...notes[0].lines);
  notes.shift();
}

function piecesOf(entries: readonly Entry[], pageCount: number): Piece[] {
  const pieces: Piece[] = [];
  for (const entry of entries) {
    if (entry.kind === 'notes') {
      for (const note of entry.notes) {
        const text = isListNote(note) ? renderListNote(note) : renderRuns(note.runs);
        pieces.push({ text: note.n === undefined ? text : `${numberToSuperscript(note.n)} ${text}`, page: entry.page, sep: '\n\n' });
      }
      continue;
    }
    const { block } = entry;
    if (block.kind === 'table') {
      const rows = renderTableRows(block.table);
      rows.forEach((text, i) => pieces.push({ text, page: block.table.rows[i].page, sep: i === 0 ? '\n\n' : '\n' }));
      continue;
    }
    const texts = tabulateContents(
      block.units.map((u) => (u.kind === 'bullet' ? (u.nested ? ' - ' : '- ') : '') + renderRuns(u.runs)),
      pageCount,
    );
    texts.forEach((text, i) => pieces.push({ text, page: block.units[i].page, sep: i === 0 ? '\n\n' : '\n' }));
  }
  return pieces;
}

function render(entries: readonly Entry[], pageCount: number): ExtractedText {
  const pieces = piecesOf(entries, pageCount);
  const vocabulary = vocabularyOf(pieces.map((p) => p.text));
  const starts: number[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text !== '') text += piece.sep;
    // Pages start in order; text carried over a page break counts to the page it starts on.
    while (starts.length <= piece.page) starts.push(text.length);
    text += settleJoins(piece.text, vocabulary);
  }
  text += '\n';
  while (starts.length < pageCount) starts.push(text.length);
  const pages = starts.map((start, p) => ({ start, end: p + 1 < pageCount ? starts[p + 1] : text.length }));
  return { text, pages };
}
