// Where each footnote marker stood in an item's final text, so that a page can show the marker
// at its place once it is taken out of the text. The text is cleaned after the markers go
// (whitespace folded, links rewritten), so a position is found by the words just before the
// marker in the source, searched in the final text in reading order; a marker whose words the
// cleaning changed gets no position (its note is still listed with the item).
import { stripSuperscriptMarkers, type Marker } from './find-markers.js';

/** Characters of source before a marker that place it; fewer when the item starts closer. */
const CONTEXT_CHARS = 24;
const CONTEXT_MIN = 6;

/** The text with each whitespace run as one space, and for each folded index the original one. */
function foldWithMap(text: string): { folded: string; original: number[] } {
  let folded = '';
  const original: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (space && folded.endsWith(' ')) continue;
    folded += space ? ' ' : text[i];
    original.push(i);
  }
  original.push(text.length);
  return { folded, original };
}

const foldContext = (text: string) => stripSuperscriptMarkers(text).replace(/\s+/g, ' ');

/**
 * Note number → offsets in `text` (UTF-16 units, where the marker goes: after the word it
 * follows). `markers` are the item's own, in any order; `itemStart` bounds the context to the item.
 */
export function markerOffsets(text: string, markers: readonly Marker[], source: string, itemStart: number): Map<number, number[]> {
  const { folded, original } = foldWithMap(text);
  const offsets = new Map<number, number[]>();
  let from = 0;
  for (const marker of [...markers].sort((a, b) => a.start - b.start || a.n - b.n)) {
    const before = foldContext(source.slice(Math.max(itemStart, marker.start - CONTEXT_CHARS * 2), marker.start)).trimStart();
    // Plain-digit markers are already out of the final text; their neighbours may not be.
    const context = before.slice(-CONTEXT_CHARS);
    if (context.trim().length < Math.min(CONTEXT_MIN, before.trim().length) || context.trim() === '') continue;
    const at = folded.indexOf(context, from);
    const found = at >= 0 ? at : folded.indexOf(context.trimEnd(), from);
    if (found < 0) continue;
    const end = found + (at >= 0 ? context.length : context.trimEnd().length);
    const offset = original[end];
    const list = offsets.get(marker.n) ?? [];
    if (!list.includes(offset)) list.push(offset);
    offsets.set(marker.n, list);
    from = Math.max(from, found);
  }
  return offsets;
}
