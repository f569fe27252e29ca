// A heading is structure only when something stands under it: its words become the section
// of the items that follow. A heading the reader found with nothing under it (a heading
// followed at once by another, an unexpected capitalised line) would otherwise be in no item,
// so it is kept as a paragraph of its own. Headings of the title page, before the first item,
// are the document's metadata (see coverage/front-matter.ts), not paragraphs.
import { lettersOf } from '../coverage/letters.js';
import { stripSuperscriptMarkers } from '../footnotes/find-markers.js';
import type { DraftItem, Layout, SegmentResult } from '../types.js';

export function keepOrphanHeadings(layout: Layout, drafts: DraftItem[], headings: SegmentResult['headings']): DraftItem[] {
  if (drafts.length === 0) return drafts;
  const firstStart = Math.min(...drafts.map((d) => d.start));
  const said = drafts.map((d) => [d.text, d.title ?? '', d.number ?? '', ...(d.section ?? [])].map(lettersOf).join('|')).join('|');
  const orphans: DraftItem[] = [];
  for (const h of headings) {
    // Title page, or furniture the layout dropped (a contents entry read as a heading).
    if (h.start < firstStart || layout.dropped.some((d) => d.start <= h.start && h.end <= d.end)) continue;
    // Footnote markers on a heading ("bodies^{1, 2}") go to the items under it, not into its words.
    const text = stripSuperscriptMarkers(layout.source.slice(h.start, h.end)).replace(/\s+/g, ' ').trim();
    const letters = lettersOf(text);
    if (letters === '' || said.includes(letters)) continue;
    orphans.push({ key: `heading/${orphans.length + 1}`, type: 'paragraph', text, start: h.start, end: h.end });
  }
  if (orphans.length === 0) return drafts;
  // Each orphan goes where it stands in the document, after the items that start before it.
  const out = [...drafts];
  for (const orphan of orphans) {
    const at = out.findIndex((d) => d.start > orphan.start);
    out.splice(at < 0 ? out.length : at, 0, orphan);
  }
  return out;
}
