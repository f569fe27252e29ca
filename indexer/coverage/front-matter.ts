// The title page: the lines printed before the document's first item (issuer, symbol, title,
// dates, distribution notes). They are the document's metadata rather than items, so they are
// kept with the document, as printed. A reader that finds its first item late must not turn
// the document into "metadata": only the first MAX_LETTERS letters can be title page, the
// rest before the first item counts as lost.
import type { Layout } from '../types.js';
import { lettersOf } from './letters.js';

const MAX_LETTERS = 2500;

export function frontMatter(layout: Layout, firstItemStart: number): string | undefined {
  const dropped = layout.dropped;
  const isDropped = (start: number, end: number) => dropped.some((d) => d.start <= start && end <= d.end);
  const notes = layout.notes;
  const isNote = (start: number) => notes.some((n) => n.start <= start && start < n.end);
  const lines: string[] = [];
  let letters = 0;
  for (const line of layout.lines) {
    if (line.start >= firstItemStart) break;
    if (isDropped(line.start, line.end) || isNote(line.start)) continue;
    const text = line.text.replace(/\s+/g, ' ').trim();
    const count = lettersOf(text).length;
    if (count === 0) continue;
    if (letters + count > MAX_LETTERS) break;
    letters += count;
    lines.push(text);
  }
  return lines.length ? lines.join('\n') : undefined;
}
