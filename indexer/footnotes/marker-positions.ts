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

/**
 * The source before a marker as the cleaned text has it: no other markers, no emphasis marks
 * (`**`), links as their label ("[label](#)"), or label and address ("[label](https://…)").
 */
const foldContext = (text: string) => stripSuperscriptMarkers(text)
  .replace(/\]\(#?\)/g, '').replace(/\]\(([^)]*)\)/g, ' ($1)').replace(/\[/g, '')
  .replace(/\*+|_{2,}/g, '').replace(/\s+/g, ' ');

/** Shorter and shorter tails of the context, for words the cleaning changed further back. */
const TAILS = [CONTEXT_CHARS, 16, 10, CONTEXT_MIN];

/**
 * Note number → offsets in `text` (UTF-16 units, where the marker goes: after the word it
 * follows). `markers` are the item's own, in any order; `itemStart` bounds the context to the item.
 */
export function markerOffsets(text: string, markers: readonly Marker[], source: string, itemStart: number): Map<number, number[]> {
  const { folded, original } = foldWithMap(text);
  const offsets = new Map<number, number[]>();
  let from = 0;
  for (const marker of [...markers].sort((a, b) => a.start - b.start || a.n - b.n)) {
    const before = foldContext(source.slice(Math.max(itemStart, marker.start - CONTEXT_CHARS * 3), marker.start)).trimStart().trimEnd();
    if (before === '') continue;
    let found = -1;
    let length = 0;
    for (const tail of TAILS) {
      const context = before.slice(-tail);
      found = folded.indexOf(context, from);
      length = context.length;
      if (found >= 0 || tail >= before.length) break;
    }
    if (found < 0) continue;
    const offset = original[found + length];
    const list = offsets.get(marker.n) ?? [];
    if (!list.includes(offset)) list.push(offset);
    offsets.set(marker.n, list);
    from = Math.max(from, found);
  }
  return offsets;
}
