// Find stage: footnote markers in the body text, in document order, with source offsets.
// Printed forms: Unicode superscripts glued after a word or punctuation ("framework⁴",
// "videos.¹⁰⁵") and braced lists ("^{16, 17}"). Plain digits glued to words are another
// form, found by plain-markers.ts from the notes that exist.
import type { Layout } from '../types.js';
import { superscriptToNumber } from '../superscripts.js';

export interface Marker {
  n: number;
  start: number;
  end: number;
}

const MARKER = /\^\{([\d,\s]+)\}|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g;

export function findSuperscriptMarkers(layout: Layout): Marker[] {
  const markers: Marker[] = [];
  const noteSpans = layout.notes.flatMap((n) => [[n.start, n.end] as const, ...(n.more ?? []).map((m) => [m.start, m.end] as const)]);
  const insideNote = (pos: number) => noteSpans.some(([s, e]) => pos >= s && pos < e);
  for (const line of layout.lines) {
    const slice = layout.source.slice(line.start, line.end);
    for (const m of slice.matchAll(MARKER)) {
      const start = line.start + (m.index ?? 0);
      if (insideNote(start)) continue;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        for (const part of m[1].split(',')) {
          const n = Number(part.trim());
          if (Number.isInteger(n) && n > 0) markers.push({ n, start, end });
        }
      } else {
        markers.push({ n: superscriptToNumber(m[2]), start, end });
      }
    }
  }
  return markers;
}

/** Strip superscript and braced markers from a text (their numbers are recorded elsewhere). */
export function stripSuperscriptMarkers(text: string): string {
  return text.replace(/\s?\^\{[\d,\s]+\}/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');
}
