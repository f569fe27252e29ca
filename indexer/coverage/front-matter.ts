// The title page: the lines printed before the document's first item (issuer, symbol, title,
// dates, distribution notes). They are the document's metadata rather than items, so they are
// kept with the document, as printed. A reader that finds its first item late must not turn
// the document into "metadata": only the first MAX_LETTERS letters can be title page; the
// lines after them are text no reader took (items/unread-lines.ts).
import type { Layout, Line } from '../types.js';
import { lettersOf } from './letters.js';

const MAX_LETTERS = 2500;

/** The lines that make the title page, given where the first item starts. */
export function titlePageLines(layout: Layout, firstItemStart: number): Line[] {
  const isDropped = (start: number, end: number) => layout.dropped.some((d) => d.start <= start && end <= d.end);
  const isNote = (start: number) => layout.notes.some((n) => n.start <= start && start < n.end);
  const lines: Line[] = [];
  let letters = 0;
  for (const line of layout.lines) {
    if (line.start >= firstItemStart) break;
    if (isDropped(line.start, line.end) || isNote(line.start)) continue;
    const count = lettersOf(line.text).length;
    if (count === 0) continue;
    if (letters + count > MAX_LETTERS) break;
    letters += count;
    lines.push(line);
  }
  return lines;
}

export function frontMatter(layout: Layout, firstItemStart: number): string | undefined {
  const lines = titlePageLines(layout, firstItemStart).map((line) => line.text.replace(/\s+/g, ' ').trim());
  return lines.length ? lines.join('\n') : undefined;
}
