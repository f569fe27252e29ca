// Annotate stage: give each marker to the item whose own text carries it, take the marker
// out of the text, and record the note (with its resolved references) on the item.
import type { Refs } from '../../core/schema.js';
import type { DraftItem, ResolvedFootnote } from '../types.js';
import type { Marker } from './find-markers.js';

export interface AnnotatedDraft {
  draft: DraftItem;
  footnotes: ResolvedFootnote[];
  refs?: Refs;
}

export interface AttachResult {
  annotated: AnnotatedDraft[];
  /** Markers with no note text, or outside every item. */
  unresolvedMarkers: Marker[];
  notesWithoutMarker: number[];
}

/**
 * `headings`: when given, a marker printed in one of these headings belongs to the first item
 * that starts after the heading.
 */
export function attachFootnotes(
  drafts: DraftItem[],
  markers: Marker[],
  notes: Map<number, ResolvedFootnote>,
  headings?: readonly { start: number; end: number }[],
): AttachResult {
  const annotated: AnnotatedDraft[] = drafts.map((draft) => ({ draft, footnotes: [] }));
  const unresolvedMarkers: Marker[] = [];
  const cited = new Set<number>();
  const byStart = headings ? [...annotated].sort((a, b) => a.draft.start - b.draft.start) : [];
  for (const marker of markers) {
    const heading = headings?.find((h) => marker.start >= h.start && marker.start < h.end);
    const owner = heading ? byStart.find((a) => a.draft.start >= heading.end) : innermostContaining(annotated, marker.start);
    const note = notes.get(marker.n);
    if (!owner || !note) {
      unresolvedMarkers.push(marker);
      continue;
    }
    cited.add(marker.n);
    if (!owner.footnotes.some((f) => f.n === note.n)) owner.footnotes.push(note);
  }
  for (const a of annotated) {
    a.footnotes.sort((x, y) => x.n - y.n);
    const refs = mergeRefs(a.footnotes, a.draft.citedRefs);
    if (refs) a.refs = refs;
  }
  const notesWithoutMarker = [...notes.keys()].filter((n) => !cited.has(n)).sort((a, b) => a - b);
  return { annotated, unresolvedMarkers, notesWithoutMarker };
}

/** The smallest item span holding the position: a part wins over the recommendation around it. */
function innermostContaining(items: AnnotatedDraft[], pos: number): AnnotatedDraft | undefined {
  let best: AnnotatedDraft | undefined;
  for (const a of items) {
    if (pos < a.draft.start || pos >= a.draft.end) continue;
    if (!best || a.draft.end - a.draft.start < best.draft.end - best.draft.start) best = a;
  }
  return best;
}

function mergeRefs(notes: ResolvedFootnote[], own: Refs | undefined): Refs | undefined {
  const recommendations = new Set<string>();
  const paragraphs = new Set<number>();
  const documents: NonNullable<Refs['documents']> = [];
  for (const refs of [...notes.map((n) => n.refs), own]) {
    refs?.recommendations.forEach((r) => recommendations.add(r));
    refs?.paragraphs.forEach((p) => paragraphs.add(p));
    for (const d of refs?.documents ?? []) {
      const seen = documents.find((x) => x.symbol === d.symbol);
      if (!seen) { documents.push({ ...d }); continue; }
      if (d.paragraphs) seen.paragraphs = [...new Set([...(seen.paragraphs ?? []), ...d.paragraphs])];
      if (d.recommendations) seen.recommendations = [...new Set([...(seen.recommendations ?? []), ...d.recommendations])];
    }
  }
  if (recommendations.size === 0 && paragraphs.size === 0 && documents.length === 0) return undefined;
  return { recommendations: [...recommendations], paragraphs: [...paragraphs].sort((a, b) => a - b), ...(documents.length ? { documents } : {}) };
}
