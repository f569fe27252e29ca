// Footnote markers printed as plain digits glued to words: "adults:1", "rules7",
// "children: 4", and "indent 25" (= "indent 2" + note 5). Their shape alone cannot tell
// them from numbers, so they are decided from the notes that exist: notes are numbered
// in the order their markers appear, so note k's marker is looked for after note k-1's
// marker and before note k's own text (printed at the bottom of the marker's page).
// A note whose marker cannot be found that way is left unmarked and reported.
import type { Layout } from '../types.js';
import type { Marker } from './find-markers.js';

/** How a digit run stands in the text, which decides what it can be a marker for. */
type Shape =
  /** Right after a letter or punctuation: "adults:1", "rules7", "videos.12". */
  | 'glued'
  /** After a colon or semicolon and a space, ending its line: "children: 4". */
  | 'after-colon'
  /** A number ending its line after a word: its last digits may be the marker ("indent 25"). */
  | 'line-end-number';

interface DigitRun {
  digits: string;
  start: number;
  end: number;
  shape: Shape;
  /** The word before a line-end number ("indent" in "indent 25"). */
  word?: string;
}

export interface PlainMarkerSearch {
  markers: Marker[];
  /** Notes whose marker was not found (their numbers). */
  notFound: number[];
}

/** Punctuation a marker may follow directly; never an opening bracket ("(1)" is a label). */
const GLUE_PUNCTUATION = /[:;,.!?)\]"”’'»]/;
/** Inside links, e-mail addresses and paths digits belong to the address. */
const ADDRESS = /:\/\/|www\.|@|\//;
/** "IPv4", "MPEG4": digits that are part of a technical name, not a marker after a word. */
const IDENTIFIER = /[A-Z]{2,}[a-z]|[a-z][A-Z]/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Stretches of body text: the lines' source ranges without note texts and page furniture. */
function bodyStretches(layout: Layout): { start: number; end: number }[] {
  const holes = [...layout.notes, ...layout.dropped].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const line of layout.lines) {
    let from = line.start;
    for (const hole of holes) {
      if (hole.end <= from || hole.start >= line.end) continue;
      if (hole.start > from) out.push({ start: from, end: hole.start });
      from = Math.max(from, hole.end);
    }
    if (from < line.end) out.push({ start: from, end: line.end });
  }
  return out;
}

function tokenAround(source: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && !/\s/.test(source[s - 1])) s--;
  while (e < source.length && !/\s/.test(source[e])) e++;
  return source.slice(s, e);
}

function endsLine(source: string, end: number, stretchEnd: number): boolean {
  let i = end;
  while (i < stretchEnd && (source[i] === ' ' || source[i] === '\t')) i++;
  return i >= stretchEnd || source[i] === '\n' || source[i] === '\r';
}

/** Classify a maximal digit run, or null when it cannot be a marker at all. */
function classify(source: string, start: number, end: number, stretchEnd: number): DigitRun | null {
  const digits = source.slice(start, end);
  const before = source[start - 1] ?? '';
  const after = source[end] ?? '';
  // Followed by a letter ("193a", "2nd") or a decimal/thousands part ("1.5", "10,000").
  if (/\p{L}/u.test(after) || (/[.,]/.test(after) && /\d/.test(source[end + 1] ?? ''))) return null;
  if (ADDRESS.test(tokenAround(source, start, end))) return null;
  if (/\p{L}/u.test(before)) {
    const word = /\p{L}+$/u.exec(source.slice(Math.max(0, start - 40), start))?.[0] ?? '';
    return IDENTIFIER.test(word) ? null : { digits, start, end, shape: 'glued' };
  }
  if (GLUE_PUNCTUATION.test(before)) {
    // Punctuation between digits joins one number: "1.1", "18-23" is not reached here, "6.1" is;
    // but a year ending its sentence takes a marker like a word does ("in 2013-2014.1 The …").
    if (/\d/.test(source[start - 2] ?? '')) {
      const yearEndsSentence = before === '.' && YEAR.test(/\d+$/.exec(source.slice(Math.max(0, start - 6), start - 1))?.[0] ?? '')
        && digits.length <= 2 && (after === '' || /\s/.test(after));
      if (!yearEndsSentence) return null;
    }
    return { digits, start, end, shape: 'glued' };
  }
  if (!/[ \t]/.test(before) || !endsLine(source, end, stretchEnd)) return null;
  const lead = source.slice(Math.max(0, start - 40), start);
  if (/[:;][ \t]+$/.test(lead)) return { digits, start, end, shape: 'after-colon' };
  const word = /(\p{L}+)[ \t]+$/u.exec(lead)?.[1];
  if (word && !YEAR.test(digits)) return { digits, start, end, shape: 'line-end-number', word };
  return null;
}

function digitRuns(layout: Layout): DigitRun[] {
  const source = layout.source;
  const runs: DigitRun[] = [];
  for (const stretch of bodyStretches(layout)) {
    const text = source.slice(stretch.start, stretch.end);
    for (const m of text.matchAll(/\d+/g)) {
      const start = stretch.start + (m.index ?? 0);
      const run = classify(source, start, start + m[0].length, stretch.end);
      if (run) runs.push(run);
    }
  }
  return runs;
}

/**
 * "indent 25" read as "indent 2" + marker 5: only when the whole number is not a
 * reference the document makes elsewhere ("Section 192" twice is a section, not
 * "Section 19" + note 2), and the number left is a plausible small label.
 */
function splitsIntoNumberAndMarker(run: DigitRun, n: string, body: string): boolean {
  if (run.digits.length <= n.length || !run.digits.endsWith(n)) return false;
  const rest = run.digits.slice(0, -n.length);
  if (rest.startsWith('0') || rest.length > 3) return false;
  const reference = new RegExp(`\\b${run.word}\\s+${run.digits}(?!\\d)`, 'gi');
  return [...body.matchAll(reference)].length <= 1;
}

export function locatePlainDigitMarkers(layout: Layout): PlainMarkerSearch {
  const runs = digitRuns(layout);
  const body = bodyStretches(layout).map((s) => layout.source.slice(s.start, s.end)).join('\n');
  const markers: Marker[] = [];
  const notFound: number[] = [];
  let after = 0;
  for (const note of [...layout.notes].sort((a, b) => a.n - b.n)) {
    const n = String(note.n);
    const inWindow = runs.filter((r) => r.start >= after && r.start < note.start);
    // A run that is exactly the number is better evidence than the tail of a longer one.
    const exact = inWindow.find((r) => r.shape !== 'line-end-number' && r.digits === n);
    const tail = inWindow.find((r) => r.shape === 'line-end-number' && splitsIntoNumberAndMarker(r, n, body));
    const found = exact ?? tail;
    if (!found) {
      notFound.push(note.n);
      continue;
    }
    const marker = { n: note.n, start: found.end - n.length, end: found.end };
    markers.push(marker);
    after = marker.end;
  }
  return { markers, notFound };
}

export function findPlainDigitMarkers(layout: Layout): Marker[] {
  return locatePlainDigitMarkers(layout).markers;
}
