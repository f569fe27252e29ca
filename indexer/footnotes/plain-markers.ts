// Footnote markers printed as plain digits glued to words: "adults:1", "rules7",
// "children: 4", and "indent 25" (= "indent 2" + note 5). Their shape alone cannot tell
// them from numbers, so they are decided from the notes that exist: note n's marker is
// the nearest candidate after note n-1's marker and before note n's own text at the page
// bottom. A note whose marker cannot be found that way is left unmarked (and reported).
import type { Layout } from '../types.js';
import type { Marker } from './find-markers.js';

interface Candidate {
  start: number;
  end: number;
}

/** Digits glued after a letter or punctuation, anywhere in a line ("adults:1", "rules7"). */
function gluedCandidates(text: string, n: number): Candidate[] {
  // Not the last digits of a numbering like "5.1" or "9.1.a" (a digit, a dot, then ours).
  const re = new RegExp(`(?<=[A-Za-z:;,.)?”"’])(?<!\\d[.,])${n}(?![\\d.,/-])`, 'g');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + String(n).length }));
}

/**
 * At the end of a line only (where a heading or question puts its marker): after
 * punctuation and a space ("children: 4"), or as the last digits of a number
 * ("indent 25" = "indent 2" + marker 5).
 */
function lineEndCandidates(text: string, n: number): Candidate[] {
  const trimmed = text.trimEnd();
  const out: Candidate[] = [];
  const spaced = new RegExp(`(?<=[:;,]\\s)${n}$`).exec(trimmed);
  if (spaced) out.push({ start: spaced.index, end: spaced.index + String(n).length });
  const suffix = new RegExp(`(?<=\\s\\d{1,2})${n}$`).exec(trimmed);
  if (suffix) out.push({ start: suffix.index, end: suffix.index + String(n).length });
  return out;
}

/** Digits inside a link, an e-mail address or a file name are never markers. */
function insideLink(text: string, at: number): boolean {
  const tokenStart = text.lastIndexOf(' ', at) + 1;
  const tokenEnd = text.indexOf(' ', at);
  const token = text.slice(tokenStart, tokenEnd === -1 ? undefined : tokenEnd);
  return /https?:|www\.|@|\/|\.[a-z]{2,4}\b/i.test(token);
}

export function findPlainDigitMarkers(layout: Layout): Marker[] {
  const markers: Marker[] = [];
  const notes = [...layout.notes].sort((a, b) => a.n - b.n);
  let after = 0;
  for (const note of notes) {
    let best: Candidate | undefined;
    for (const line of layout.lines) {
      if (line.end <= after || line.start >= note.start) continue;
      const text = layout.source.slice(line.start, line.end);
      for (const c of [...gluedCandidates(text, note.n), ...lineEndCandidates(text, note.n)]) {
        const start = line.start + c.start;
        if (start < after || start >= note.start || insideLink(text, c.start)) continue;
        if (layout.notes.some((x) => start >= x.start && start < x.end)) continue;
        if (!best || start < best.start) best = { start, end: line.start + c.end };
      }
      if (best) break; // lines are in order: the first line with a candidate holds the nearest
    }
    if (best) {
      markers.push({ n: note.n, start: best.start, end: best.end });
      after = best.end;
    }
  }
  return markers;
}
