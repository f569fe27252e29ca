// How the lines of a reply to a GRETA / Committee of the Parties recommendation read:
// which line opens a recommendation, which bullet is a part of one, which line opens the
// parts. Each rule is general (shape and grammar of a recommendation), never one report's words.
import type { Line } from '../../types.js';

const NUMBERED = /^(\d{1,2})\.\s+(\S.*)$/s;
const BULLET = /^\s*[-–•▪]\s+/;
/** A dash with nothing after it: the converter's trace of an empty list item. */
const LONE_DASH = /^\s*[-–•▪]\s*$/;
/** Footnote markers printed after the last word ("them.¹¹:") do not change how a line ends. */
const TRAILING_MARKERS = /(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[\d,\s]+\})/g;
/** A recommendation is a sentence addressed to the state, not a short list label ("1. Roundtables"). */
const MIN_RECOMMENDATION_CHARS = 40;
/**
 * Function words: they open a statement ("5. The Ministry …") or a phrase ("- within the
 * budget …"), never an instruction or a part of one.
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'these', 'that', 'those', 'it', 'its', 'our', 'we', 'they', 'there',
  'in', 'on', 'at', 'for', 'to', 'of', 'by', 'from', 'with', 'within', 'without', 'under', 'during',
  'since', 'as', 'after', 'before', 'through', 'between', 'among', 'into', 'via', 'about',
  'according', 'including', 'also', 'all', 'each', 'every', 'some', 'such', 'other', 'both',
  'and', 'or', 'but', 'which', 'who', 'where', 'when', 'if', 'not', 'only',
]);

const withoutMarkers = (text: string) => text.replace(TRAILING_MARKERS, '').trimEnd();

export const isBullet = (text: string): boolean => BULLET.test(text);
export const isLoneDash = (text: string): boolean => LONE_DASH.test(text);
export const withoutBullet = (text: string): string => text.replace(BULLET, '').trim();

/**
 * GRETA words its recommendations as instructions: "Develop …", "Intensify …", "Take …",
 * "Ensure …". A first word in -ing/-ed, a plural noun ("Roundtables") or a function word
 * ("The …") opens a statement or a label instead. Words in -ss/-us ("Address", "Assess",
 * "Focus") are verbs despite their final s.
 */
export function isImperative(sentence: string): boolean {
  const first = /^[A-Z][a-z]+/.exec(sentence)?.[0];
  if (!first) return false;
  const word = first.toLowerCase();
  if (FUNCTION_WORDS.has(word)) return false;
  if (/(?:ing|ed)$/.test(word)) return false;
  return !/[^su]s$/.test(word);
}

/**
 * A recommendation opens with the next number in sequence and an instruction to the state.
 * Numbered lists inside a reply restart at 1 or name things ("2. Training on …"), so they
 * fail on the number or on the grammar.
 */
export function recommendationOpening(text: string, expected: number): { n: number; body: string } | undefined {
  const m = NUMBERED.exec(text.trim());
  if (!m || Number(m[1]) !== expected) return undefined;
  const body = m[2].trim();
  if (body.length < MIN_RECOMMENDATION_CHARS || !isImperative(body)) return undefined;
  return { n: expected, body };
}

/**
 * Parts continue the lead-in's sentence with a verb ("… in particular by: - putting in
 * place …", "… steps to: - strengthen …"), so they start in lower case and not with a
 * function word; bullets of a reply name things ("- The ECHR Case Law Thematic Guide …")
 * or go on a phrase ("- within the budget of …").
 */
export function isPartBullet(text: string): boolean {
  const first = /^\s*[-–•▪]\s+([a-z][a-z-]*)/.exec(text)?.[1];
  return !!first && !FUNCTION_WORDS.has(first);
}

export const endsWithColon = (text: string): boolean => /:$/.test(withoutMarkers(text));

/**
 * A text that ends without closing punctuation was cut by a page break the layout did not
 * join ("… Victims of trafficking should be" / "identified as such …").
 */
export const endsOpen = (text: string): boolean => !/[.;:!?)"”'’*]$/.test(withoutMarkers(text));

/**
 * A lead-in that opens a recommendation's parts after its first reply ("This should include
 * steps to:"): a short sentence ending like GRETA's lead-ins, on the verb form its parts take
 * ("… to:", "… by:"), or saying what the measures "should include". A reply's own "The
 * measures adopted include:" or "Such measures should continue:" is not one. The caller
 * also requires the next line to be a part bullet.
 */
export function isLeadIn(text: string): boolean {
  const t = withoutMarkers(text.trim());
  if (t.length > 160 || !t.endsWith(':') || isBullet(t)) return false;
  return /\b(?:to|by)\s*:$/i.test(t) || /\bshould\b.*\b(?:include|including|in particular)\s*:$/i.test(t);
}

/**
 * "… removal from the Czech territory; - establishing safe reporting …": two parts the
 * converter put on one line. Cut after the ";" (or "."), before the next dash; offsets are
 * found in the source, since a joined line's text may differ from it across a page break.
 */
export function splitMergedParts(line: Line, source: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const m of line.text.matchAll(/[;.]\s+[-–•▪]\s+(?=[a-z])/g)) {
    const cut = (m.index ?? 0) + 1;
    const next = cut + (m[0].length - 1) - m[0].slice(1).trimStart().length;
    out.push(piece(line, source, from, cut, out.length === 0));
    from = next;
  }
  out.push(piece(line, source, from, line.text.length, out.length === 0));
  return out;
}

function piece(line: Line, source: string, from: number, to: number, first: boolean): Line {
  return {
    text: line.text.slice(from, to),
    start: first ? line.start : sourceOffset(line, source, from),
    end: to === line.text.length ? line.end : sourceOffset(line, source, to),
    gapBefore: first ? line.gapBefore : false,
  };
}

/** Where position `at` of a line's text lies in the source: found by its following characters. */
function sourceOffset(line: Line, source: string, at: number): number {
  const span = source.slice(line.start, line.end);
  const needle = line.text.slice(at, at + 24);
  const found = needle ? span.indexOf(needle) : -1;
  if (found >= 0) return line.start + found;
  return Math.min(line.end, line.start + at);
}
