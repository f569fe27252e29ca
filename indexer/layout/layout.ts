// Layout stage: turn extracted text into logical lines with page furniture removed.
// Footnote texts at former page bottoms are lifted out (they are attached to items later),
// stray page numbers are dropped, and sentences split by a page break or a hard wrap
// are joined again, so segmenters read the document as it was written.
import type { Layout, Line, NoteText } from '../types.js';
import { findNoteTexts, findStarNotes } from './notes.js';
import { splitPhysicalLines, type PhysicalLine } from './physical-lines.js';
import { shouldJoin } from './join-rules.js';
import { findContentsLines } from './contents.js';
import { findFurniture } from './furniture.js';
import { readPipeTables } from './pipe-tables.js';
import { readMarkdownBullets, readMarkdownHeadings } from './markdown-lines.js';

export function buildLayout(source: string): Layout {
  const physical = splitPhysicalLines(source);
  readMarkdownHeadings(physical);
  const tableRules = readPipeTables(physical);
  const furniture = findFurniture(physical);
  const { notes, noteLineIndexes } = findNoteTexts(physical, new Set(furniture.keys()));
  const stars = findStarNotes(physical, source);
  for (const i of stars.lineIndexes) noteLineIndexes.add(i);
  readMarkdownBullets(physical, noteLineIndexes);
  const dropped: Layout['dropped'] = [];
  // Contents lines stay readable to segmenters (they name the headings) but are not content.
  for (const i of findContentsLines(physical, source.length)) {
    if (!noteLineIndexes.has(i)) dropped.push({ start: physical[i].start, end: physical[i].end, why: 'table of contents' });
  }
  const content: { line: PhysicalLine; gapBefore: boolean; pageBreakBefore: boolean }[] = [];
  let gap = false;
  let pageBreak = false;
  physical.forEach((line, i) => {
    if (noteLineIndexes.has(i)) {
      gap = pageBreak = true;
      return;
    }
    if (line.text.trim() === '') {
      gap = true;
      return;
    }
    // The rule under a table's header is markup between rows, not a break in the table.
    if (tableRules.has(i)) {
      dropped.push({ start: line.start, end: line.end, why: 'markup' });
      return;
    }
    const why = furniture.get(i);
    if (why) {
      dropped.push({ start: line.start, end: line.end, why });
      gap = pageBreak = true;
      return;
    }
    content.push({ line, gapBefore: gap, pageBreakBefore: pageBreak });
    gap = pageBreak = false;
  });
  return { source, lines: joinLines(content), notes, dropped, ...(stars.notes.length ? { coverNotes: stars.notes } : {}) };
}

function joinLines(content: { line: PhysicalLine; gapBefore: boolean; pageBreakBefore: boolean }[]): Line[] {
  const out: Line[] = [];
  for (const { line, gapBefore, pageBreakBefore } of content) {
    const last = out[out.length - 1];
    const join = last ? shouldJoin(last.text, line.text, pageBreakBefore ? 'page' : gapBefore ? 'blank' : 'none') : null;
    if (last && join) {
      const left = join === 'hyphen' ? last.text.trimEnd() : last.text.trimEnd() + ' ';
      last.text = left + line.text.trimStart();
      last.end = line.end;
      continue;
    }
    out.push({ text: line.text, start: line.start, end: line.end, gapBefore: gapBefore || !last });
  }
  // Leading indentation is kept: it tells a nested bullet from its parent.
  for (const l of out) l.text = l.text.trimEnd();
  return out;
}

export type { NoteText };
