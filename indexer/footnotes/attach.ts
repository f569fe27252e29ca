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

export function attachFootnotes(
  drafts: DraftItem[],
  markers: Marker[],
  notes: Map<number, ResolvedFootnote>,
): AttachResult {
  const annotated: AnnotatedDraft[] = drafts.map((draft) => ({ draft, footnotes: [] }));
  const unresolvedMarkers: Marker[] = [];
  const cited = new Set<number>();
  for (const marker of markers) {
    const owner = innermostContaining(annotated, marker.start);
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

/** The refs of an item's notes, and those printed in its own text. */
function mergeRefs(notes: ResolvedFootnote[], own: Refs | undefined): Refs | undefined {
  const recommendations = new Set<string>();
  const paragraphs = new Set<number>();
  for (const refs of [...notes.map((n) => n.refs), own]) {
    refs?.recommendations.forEach((r) => recommendations.add(r));
    refs?.paragraphs.forEach((p) => paragraphs.add(p));
  }
  if (recommendations.size === 0 && paragraphs.size === 0) return undefined;
  return { recommendations: [...recommendations], paragraphs: [...paragraphs].sort((a, b) => a - b) };
}
