// Take footnote markers out of an item's text once their numbers are recorded.
import { stripSuperscriptMarkers, type Marker } from './find-markers.js';

const fold = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Plain-digit markers ("adults:1", "indent 25") cannot be told from numbers by their
 * shape, so each is removed where it stands: the characters just before it in the
 * source, followed by its digits, are found in the item text and the digits dropped.
 * Whitespace is folded first because joined lines differ from the source only there.
 */
export function stripPlainMarkers(text: string, markers: Marker[], source: string): string {
  let out = fold(text);
  // Last first: a marker's context lies before it, so earlier contexts stay intact.
  for (const m of [...markers].sort((a, b) => b.start - a.start)) {
    const digits = source.slice(m.start, m.end);
    const context = fold(source.slice(Math.max(0, m.start - 16), m.start)).trimStart();
    const at = out.indexOf(context + digits);
    if (at >= 0) out = out.slice(0, at + context.length) + out.slice(at + context.length + digits.length);
  }
  return out;
}

export function stripMarkers(text: string, plainMarkers: Marker[], source: string): string {
  const withoutPlain = plainMarkers.length ? stripPlainMarkers(text, plainMarkers, source) : text;
  return stripSuperscriptMarkers(withoutPlain);
}
