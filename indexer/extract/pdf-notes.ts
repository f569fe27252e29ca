// Footnote texts at a page bottom. A note opens with its number raised before the text
// at the left margin ("² Paras. 71, 73."); the lines after it, to the next number or the
// page end, are its text. When the previous page's last note stopped mid-sentence, the
// lines just above the first number that stand apart from the body are its tail. Notes may
// also be endnotes, printed after a "Notes" heading to the end of the document: from there on
// every line belongs to a note.
import type { PdfLine } from './pdf-lines.js';
import { appendLine } from './line-joins.js';
import { runsText, type Run } from './runs.js';

export interface NoteDraft {
  /** The note's number; undefined for the tail of a note begun on the previous page. */
  n?: number;
  runs: Run[];
  /** The note's physical lines: a note holding a list is rendered row by row from them. */
  lines: PdfLine[];
}

/** A note's number sits at most this far (ems) right of the page's text edge. */
const MARGIN_SLACK = 2;
/** The space above the notes is wider than any gap in the body by this many line gaps. */
const SEPARATION = 0.3;
const SENTENCE_END = /[.!?)\]"”]$/;
/** Notes are set smaller than the body text: at most this share of its size. */
const NOTE_SIZE = 0.9;
const PLAIN_NUMBER = /^(\d{1,3})\s+(?=\S)/;
/** The heading of a section of endnotes. */
const ENDNOTES_HEADING = /^\W*(?:Notes|Endnotes|Notes de fin|Notas)\W*$/i;

/** Whether a note stops mid-sentence, so that its text may go on at the next page's bottom. */
export function noteIsOpen(note: NoteDraft | undefined): boolean {
  return note !== undefined && !SENTENCE_END.test(runsText(note.runs).trim());
}

/** The left edge most of a page's lines start at (headings set further left do not move it). */
function textEdge(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.left), (counts.get(Math.round(l.left)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

export interface PageNotes {
  body: PdfLine[];
  notes: NoteDraft[];
  /** The page opened a section of endnotes: the next pages are notes throughout. */
  endnotes: boolean;
  /** The endnotes' heading, taken out of the body. */
  heading?: PdfLine;
}

export function splitNotes(lines: readonly PdfLine[], lineGap: number, previousNoteOpen: boolean, inEndnotes = false, bodySize?: number): PageNotes {
  if (lines.length === 0) return { body: [], notes: [], endnotes: inEndnotes };
  if (bodySize !== undefined) lines = withPlainNoteNumbers(lines, bodySize);
  const left = Math.max(Math.min(...lines.map((l) => l.left)), textEdge(lines));
  const opensNote = (l: PdfLine) => l.noteNumber !== undefined && l.left <= left + l.size * MARGIN_SLACK;
  const first = lines.findIndex(opensNote);
  if (inEndnotes) return { body: [], notes: collect(lines), endnotes: true };
  if (first === -1) return { body: [...lines], notes: [], endnotes: false };
  const above = lines[first - 1];
  if (above && ENDNOTES_HEADING.test(runsText(above.cells.flatMap((c) => c.runs)))) {
    return { body: lines.slice(0, first - 1), notes: collect(lines.slice(first)), endnotes: true, heading: above };
  }
  const start = previousNoteOpen ? tailStart(lines, first, lineGap) : first;
  return { body: lines.slice(0, start), notes: collect(lines.slice(start)), endnotes: false };

  function collect(noteLines: readonly PdfLine[]): NoteDraft[] {
    const notes: NoteDraft[] = [];
    for (const line of noteLines) {
      const runs = line.cells.flatMap((c, i) => (i === 0 ? c.runs : [{ text: ' ', bold: false }, ...c.runs]));
      if (opensNote(line)) {
        notes.push({ n: line.noteNumber, runs: [...runs], lines: [line] });
        continue;
      }
      if (notes.length === 0) notes.push({ runs: [], lines: [] });
      appendLine(notes[notes.length - 1].runs, runs);
      notes[notes.length - 1].lines.push(line);
    }
    return notes;
  }
}

/**
 * Where the notes begin when a note may go on from the previous page: after the widest gap
 * above the first numbered note, when that gap is clearly the widest of the page above it
 * (the space left above the notes) and non-numbered lines stand between it and the number.
 */
function tailStart(lines: readonly PdfLine[], first: number, lineGap: number): number {
  if (first < 2) return first;
  const gaps = lines.slice(1, first + 1).map((l, i) => ({ at: i + 1, gap: l.y - lines[i].y }));
  const widest = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
  const others = gaps.filter((g) => g !== widest).map((g) => g.gap);
  const clearlyWidest = others.every((g) => widest.gap - g > lineGap * SEPARATION);
  return widest.at < first && clearlyWidest ? widest.at : first;
}

/**
 * Some writers (LibreOffice's default footnote style) print a note's number at the size of
 * the note text, on its baseline, not raised: "1  Práce v …". Such a line opens a note when
 * it is set smaller than the body and stands below every line of body size on the page
 * (the notes area); its number is lifted out of the text as a raised one would be.
 */
function withPlainNoteNumbers(lines: readonly PdfLine[], bodySize: number): readonly PdfLine[] {
  const small = (l: PdfLine) => l.size <= bodySize * NOTE_SIZE;
  let lastBody = -1;
  lines.forEach((l, i) => {
    if (!small(l)) lastBody = i;
  });
  return lines.map((l, i) => {
    if (i <= lastBody || l.noteNumber !== undefined || l.bullet || l.labelled) return l;
    const [cell, ...rest] = l.cells;
    const text = cell ? runsText(cell.runs) : '';
    // The number set off by a tab stop is a cell of its own; else it opens the first cell.
    if (/^\d{1,3}$/.test(text.trim()) && rest.length) return { ...l, noteNumber: Number(text), cells: rest };
    const m = PLAIN_NUMBER.exec(text);
    if (!cell || !m) return l;
    return { ...l, noteNumber: Number(m[1]), cells: [{ ...cell, runs: withoutLeading(cell.runs, m[0].length) }, ...rest] };
  });
}

/** The runs without their first `count` characters. */
function withoutLeading(runs: readonly Run[], count: number): Run[] {
  const out: Run[] = [];
  let skip = count;
  for (const r of runs) {
    if (skip >= r.text.length) {
      skip -= r.text.length;
      continue;
    }
    out.push({ ...r, text: r.text.slice(skip) });
    skip = 0;
  }
  return out;
}
