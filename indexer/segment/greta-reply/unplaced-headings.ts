// Nothing a reader does not understand may vanish. A line read as a heading is kept in the
// section path of the items under it; a "heading" no item names (a title-like line in a
// document of another layout, a heading with nothing under it) would be lost, so it becomes
// a paragraph item where it stands. Lines before the first item are the title page, kept
// with the document's metadata.
import type { DraftItem, Layout, SegmentResult } from '../../types.js';

const fold = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

export function keepUnplacedHeadings(items: DraftItem[], headings: SegmentResult['headings'], layout: Layout, keyPrefix = 'heading'): DraftItem[] {
  if (items.length === 0) return items;
  const firstStart = Math.min(...items.map((i) => i.start));
  const textOf = (h: { start: number; end: number }) => layout.source.slice(h.start, h.end).replace(/\s+/g, ' ').trim();
  const out = [...items];
  let k = 0;
  headings.forEach((h, index) => {
    if (h.start < firstStart) return;
    const text = textOf(h);
    const folded = fold(text);
    // Named by an item printed under this heading, before the same words head another part.
    const until = headings.slice(index + 1).find((o) => fold(textOf(o)) === folded)?.start ?? Infinity;
    const named = items.some((i) => i.start > h.start && i.start < until && (i.section ?? []).some((s) => fold(s) === folded));
    // Or taken into an item's text as a line of its own (a lead-in appended to its recommendation).
    const inText = items.some((i) => i.start <= h.start && i.text.split('\n').some((l) => fold(l) === folded));
    if (folded === '' || named || inText) return;
    const at = out.findIndex((i) => i.start > h.start);
    const before = out[(at === -1 ? out.length : at) - 1];
    const item: DraftItem = { key: `${keyPrefix}/${++k}`, type: 'paragraph', text, start: h.start, end: h.end, ...(before?.section ? { section: before.section } : {}) };
    out.splice(at === -1 ? out.length : at, 0, item);
  });
  return out;
}
