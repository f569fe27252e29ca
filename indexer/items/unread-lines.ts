// Text no reader took: a reader builds items from the structure it knows, and a document of
// its kind may hold stretches it does not (an unexpected preface, an annex of another shape,
// a document that is not of the kind at all). Lines outside every item, heading, label and
// dropped range are read by the generic reader into paragraphs of their own (`unread/N`), so
// their text stays searchable, and the summary says how many there were. The title page
// before the first item (coverage/front-matter.ts) is the document's metadata, not unread text.
import { titlePageLines } from '../coverage/front-matter.js';
import { segmentGeneric } from '../segment/generic/generic.js';
import type { DraftItem, Layout, Line, SegmentResult } from '../types.js';

export interface UnreadResult {
  drafts: DraftItem[];
  /** How many lines no reader took, now paragraphs. */
  lines: number;
}

export function keepUnreadLines(layout: Layout, drafts: DraftItem[], segmented: Pick<SegmentResult, 'headings' | 'labels'>): UnreadResult {
  const taken = [...drafts, ...segmented.headings, ...(segmented.labels ?? []), ...layout.dropped, ...layout.notes]
    .map((s) => [s.start, s.end] as const)
    .sort((a, b) => a[0] - b[0]);
  // A reader that took nothing found no title page either: all of it is unread text.
  const firstStart = drafts.length ? Math.min(...drafts.map((d) => d.start)) : 0;
  const titlePage = new Set(titlePageLines(layout, firstStart));
  const overlaps = (line: Line) => taken.some(([s, e]) => s < line.end && line.start < e);
  const unread = layout.lines.filter((line) => !titlePage.has(line) && /[\p{L}\p{Nd}]/u.test(line.text) && !overlaps(line));
  if (unread.length === 0) return { drafts, lines: 0 };
  // Lines far apart must not run into one paragraph: a gap before each line that does not follow the previous one.
  const lines = unread.map((line, i) => (i > 0 && layout.lines.indexOf(unread[i - 1]) !== layout.lines.indexOf(line) - 1 ? { ...line, gapBefore: true } : line));
  const paragraphs = segmentGeneric(lines, layout.source).items.map((p, i) => ({ ...p, key: `unread/${i + 1}` }));
  const out = [...drafts];
  for (const p of paragraphs) {
    const at = out.findIndex((d) => d.start > p.start);
    out.splice(at < 0 ? out.length : at, 0, p);
  }
  return { drafts: out, lines: unread.length };
}
