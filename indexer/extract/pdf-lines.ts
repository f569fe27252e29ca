// Physical lines of a PDF page, rebuilt from pdf.js text items. Items sharing a baseline
// form a line; a raised, smaller digit belongs to the line below it, as a footnote marker
// (the note's own number when it opens the line). A bullet glyph or a list label set off
// by a tab stop opens a list line; a gap wider than any word space splits table cells.
import type { PdfPage, PdfTextItem } from './pdf-reader.js';
import { markerText, runsText, trimRuns, type Run } from './runs.js';

export interface LineCell {
  x: number;
  end: number;
  runs: Run[];
}

export interface PdfLine {
  /** Index of the page in the document (0-based). */
  page: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Left edge of everything printed on the line (bullet glyph or note number included). */
  left: number;
  /** Left edge of the text, after a bullet glyph or note number. */
  x: number;
  end: number;
  size: number;
  /** Width of the line's first word: whether it would have fitted on the line above. */
  firstWordWidth: number;
  cells: LineCell[];
  /** The line opened with a bullet glyph (removed from the text). */
  bullet: boolean;
  /** The line opened with a list label set off by a tab stop ("III.", "4.", "a)"). */
  labelled: boolean;
  /** The line opened with a raised number: the first line of footnote `noteNumber`. */
  noteNumber?: number;
}

/** Glyphs that open a bulleted line. */
const BULLET_GLYPH = /^[•▪◦●■‣∙▸►○□➢✓]$/u;
/** A dash opens a bulleted line only when a tab stop follows it. */
const DASH_GLYPH = /^[–—-]$/;
/** "III.", "4.", "112.", "9.12", "a)", "A.", "(a)", "(iv)": a list label set apart from its text. */
const LIST_LABEL = /^(?:(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zA-Z])[.)]|\d{1,3}\.\d{1,3}|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\))$/;

// Distances in ems of the line's font size.
/** Narrower than this: letters of one word split over items (kerning), no space between. */
const WORD_GAP = 0.12;
/** A bullet glyph or list label stands at least this far from its text (a tab stop). */
const TAB_GAP = 0.3;
/** Wider than any word space in running text: a table cell boundary. */
const CELL_GAP = 0.8;
/** Items on baselines closer than this (in ems of the body size) share a line. */
const BASELINE_TOLERANCE = 0.3;
/** A marker is set at most this fraction of the body size and is at most 4 characters. */
const SMALL_SIZE = 0.8;
const SMALL_LENGTH = 4;
/** A marker is raised above its line's baseline by at least / at most this (in ems). */
const RISE_MIN = 0.15;
const RISE_MAX = 0.75;

interface Placed extends PdfTextItem {
  raised: boolean;
}

/** The body font size: the size most of the document's characters are set in. */
export function bodyFontSize(pages: readonly PdfPage[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) {
    for (const it of p.items) {
      const size = Math.round(it.fontSize * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + it.str.trim().length);
    }
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

export function buildPageLines(page: PdfPage, pageIndex: number, bodySize: number): PdfLine[] {
  const visible = page.items.filter((it) => it.str.trim() !== '');
  const isSmall = (it: PdfTextItem) =>
    it.fontSize <= bodySize * SMALL_SIZE && (it.str.trim().length <= SMALL_LENGTH || /^[\d,\s]+$/.test(it.str));
  const rows: { y: number; items: Placed[] }[] = [];
  const tolerance = bodySize * BASELINE_TOLERANCE;
  for (const it of visible.filter((i) => !isSmall(i)).sort((a, b) => a.y - b.y)) {
    // Items come top to bottom: only the latest row can share this item's baseline.
    const row = rows[rows.length - 1];
    if (row && it.y - row.y <= tolerance) row.items.push({ ...it, raised: false });
    else rows.push({ y: it.y, items: [{ ...it, raised: false }] });
  }
  const smallRows: { y: number; items: Placed[] }[] = [];
  for (const it of visible.filter(isSmall)) {
    // A small item belongs to the nearest line whose baseline is level with it or a
    // little below it; raised above that baseline, it is a superscript.
    const host = rows
      .filter((r) => r.y - it.y >= -tolerance && r.y - it.y <= bodySize * RISE_MAX)
      .sort((a, b) => Math.abs(a.y - it.y) - Math.abs(b.y - it.y))[0];
    if (host) {
      host.items.push({ ...it, raised: host.y - it.y >= bodySize * RISE_MIN });
      continue;
    }
    const own = smallRows.find((r) => Math.abs(r.y - it.y) <= tolerance);
    if (own) own.items.push({ ...it, raised: false });
    else smallRows.push({ y: it.y, items: [{ ...it, raised: false }] });
  }
  return [...rows, ...smallRows]
    .sort((a, b) => a.y - b.y)
    .map((r) => toLine(r.y, r.items.sort((a, b) => a.x - b.x), pageIndex, bodySize))
    .filter((l): l is PdfLine => l !== null);
}

export function lineText(line: PdfLine): string {
  return line.cells.map((c) => runsText(c.runs)).join(' ').trim();
}

const isMarker = (it: Placed) => it.raised && /^[\d,\s]+$/.test(it.str) && /\d/.test(it.str);
const numbersOf = (s: string) => s.split(/[,\s]+/).filter(Boolean).map(Number);

function dominantSize(items: readonly Placed[]): number {
  const plain = items.filter((it) => !it.raised);
  const pool = plain.length ? plain : items;
  return pool.reduce((best, it) => (it.str.length > best.len ? { len: it.str.length, size: it.fontSize } : best), { len: -1, size: 0 }).size;
}

/** Note text is set this much smaller than the body, at least. */
const NOTE_SIZE = 0.9;

function toLine(y: number, items: Placed[], pageIndex: number, bodySize: number): PdfLine | null {
  const size = dominantSize(items);
  let i = 0;
  let noteNumber: number | undefined;
  if (items.length > 1 && isMarker(items[0]) && /^\d+$/.test(items[0].str.trim())) {
    noteNumber = Number(items[0].str.trim());
    i = 1;
  } else if (items.length > 1 && /^\d{1,3}$/.test(items[0].str.trim()) && size <= bodySize * NOTE_SIZE && items[0].fontSize <= bodySize * NOTE_SIZE &&
    items[1].x - (items[0].x + items[0].width) >= size * TAB_GAP) {
    // A note whose number is set on its line, in the note's small type, a tab stop before its text.
    noteNumber = Number(items[0].str.trim());
    i = 1;
  }
  let bullet = false;
  let labelled = false;
  const first = items[i];
  const next = items[i + 1];
  const gapAfterFirst = next === undefined ? 0 : next.x - (first.x + first.width);
  const tabAfterFirst = gapAfterFirst >= size * TAB_GAP;
  const firstText = first.str.trim();
  const glyphInItem = /^([•▪◦●■‣∙▸►○□➢✓])\s+(\S.*)$/u.exec(first.str.trimStart());
  if (BULLET_GLYPH.test(firstText) && next) {
    bullet = true;
    i++;
  } else if (DASH_GLYPH.test(firstText) && tabAfterFirst) {
    bullet = true;
    i++;
  } else if (glyphInItem) {
    bullet = true;
    const textX = first.x + first.width * (1 - glyphInItem[2].length / first.str.length);
    items[i] = { ...first, str: glyphInItem[2], x: textX, width: first.x + first.width - textX };
  } else if (LIST_LABEL.test(firstText) && first.str.trim() === first.str && gapAfterFirst > size * WORD_GAP) {
    // A label printed as an item of its own, apart from its text: a tab stop follows it.
    labelled = true;
  }
  const cells = buildCells(items.slice(i), size, labelled);
  if (cells.length === 0) return null;
  const textStart = items[i];
  const firstWord = /^\s*\S+/.exec(textStart.str)?.[0] ?? textStart.str;
  const firstWordWidth = textStart.width * (firstWord.length / Math.max(1, textStart.str.length));
  return {
    page: pageIndex,
    y,
    left: items[0].x,
    x: cells[0].x,
    end: cells[cells.length - 1].end,
    size,
    firstWordWidth,
    cells,
    bullet,
    labelled,
    ...(noteNumber !== undefined ? { noteNumber } : {}),
  };
}

function buildCells(items: readonly Placed[], size: number, labelled: boolean): LineCell[] {
  const cells: LineCell[] = [];
  let cell: LineCell | undefined;
  let markers: number[] = [];
  const flushMarkers = () => {
    if (cell && markers.length) {
      // A marker is glued to the word or punctuation it follows.
      const last = cell.runs[cell.runs.length - 1];
      if (last) last.text = last.text.trimEnd();
      cell.runs.push({ text: markerText(markers), bold: false });
    }
    markers = [];
  };
  items.forEach((it, k) => {
    const gap = cell ? it.x - cell.end : 0;
    // The gap after a list label is its tab stop, not a cell boundary.
    const labelTab = labelled && k === 1;
    if (!cell || (gap >= size * CELL_GAP && !labelTab)) {
      flushMarkers();
      cell = { x: it.x, end: it.x + it.width, runs: [] };
      cells.push(cell);
    } else if (!it.raised) {
      flushMarkers();
      const last = cell.runs[cell.runs.length - 1];
      if ((gap > size * WORD_GAP || labelTab) && last && !/\s$/.test(last.text) && !/^\s/.test(it.str)) {
        cell.runs.push({ text: ' ', bold: last.bold && it.bold, italic: !!last.italic && it.italic });
      }
    }
    if (isMarker(it)) markers.push(...numbersOf(it.str));
    else cell.runs.push({ text: it.str, bold: it.bold && !it.raised, italic: it.italic && !it.raised });
    cell.end = Math.max(cell.end, it.x + it.width);
  });
  flushMarkers();
  return cells
    .map((c) => ({ ...c, runs: trimRuns(c.runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }))) }))
    .filter((c) => c.runs.length > 0);
}
