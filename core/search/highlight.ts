// Highlighted snippets: the ~200-character window of a field holding the most distinct
// matched terms, HTML-escaped piece by piece with <mark> added around matched words only
// after escaping, so markup in documents or queries always comes out as text.
import { forEachWord } from '../text/tokenize.js';

export const SNIPPET_LENGTH = 200;
// Words of context kept before the first mark when the window has room.
const LEAD_IN = 60;

export interface MarkedWord {
  position: number;
  term: string;
  /** Typed by the user rather than added by expansion: the window prefers these. */
  typed: boolean;
}

interface Span { start: number; end: number; term: string; typed: boolean }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]) : text;
}

/** Snippet of `text` with the words at the marked positions wrapped in <mark>. */
export function highlight(text: string, marked: readonly MarkedWord[], maxLength = SNIPPET_LENGTH): string {
  const spans = markedSpans(text, marked, maxLength);
  const [start, end] = text.length <= maxLength ? [0, text.length] : window(text, spans, maxLength);
  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const span of spans) {
    if (span.start < start || span.end > end) continue;
    html += `${escapeHtml(text.slice(cursor, span.start))}<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  html += escapeHtml(text.slice(cursor, end));
  return end < text.length ? `${html}…` : html;
}

/**
 * Offsets of the marked words. In text longer than the snippet, the walk stops as soon as
 * one snippet-long stretch holds every marked term: no later window can beat it, and long
 * items are the common case for hits.
 */
function markedSpans(text: string, marked: readonly MarkedWord[], maxLength: number): Span[] {
  const spans: Span[] = [];
  if (marked.length === 0) return spans;
  const sorted = [...marked].sort((a, b) => a.position - b.position);
  const wanted = text.length > maxLength ? new Set(marked.map((m) => m.term)).size : Infinity;
  const seen = new Set<string>();
  let next = 0;
  forEachWord(text, (start, end, position) => {
    while (next < sorted.length && sorted[next].position < position) next++;
    if (next === sorted.length) return false;
    if (sorted[next].position !== position) return true;
    // A word marked by several alternatives counts as typed if any of them was.
    let typed = false;
    for (let k = next; k < sorted.length && sorted[k].position === position; k++) typed ||= sorted[k].typed;
    spans.push({ start, end, term: sorted[next].term, typed });
    seen.add(sorted[next].term);
    return seen.size < wanted || !coversAll(spans, wanted, maxLength);
  });
  return spans;
}

/** Whether the spans within maxLength before the last one hold `wanted` distinct terms. */
function coversAll(spans: Span[], wanted: number, maxLength: number): boolean {
  const last = spans[spans.length - 1];
  const terms = new Set<string>();
  for (let j = spans.length - 1; j >= 0 && last.end - spans[j].start <= maxLength; j--) terms.add(spans[j].term);
  return terms.size === wanted;
}

/** [start, end) of the window with the most distinct typed terms, then distinct terms, then marks. */
function window(text: string, spans: Span[], maxLength: number): [number, number] {
  let best: { from: number; covered: number; value: number } | undefined;
  for (let from = 0; from < spans.length; from++) {
    const terms = new Set<string>();
    const typedTerms = new Set<string>();
    let to = from;
    for (; to < spans.length && spans[to].end - spans[from].start <= maxLength; to++) {
      terms.add(spans[to].term);
      if (spans[to].typed) typedTerms.add(spans[to].term);
    }
    const value = typedTerms.size * 1e6 + terms.size * 1e3 + (to - from);
    if (!best || value > best.value) best = { from, covered: spans[Math.max(from, to - 1)].end - spans[from].start, value };
  }
  if (!best) return snapToWords(text, 0, maxLength);
  // Centre the marks when they leave room, but never push the last one out.
  const leadIn = Math.max(0, Math.min(LEAD_IN, Math.floor((maxLength - best.covered) / 2)));
  return snapToWords(text, Math.max(0, spans[best.from].start - leadIn), maxLength);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Moves the window edges off the middle of words; keeps it within maxLength. */
function snapToWords(text: string, from: number, maxLength: number): [number, number] {
  let start = from;
  // Back to the start of a cut word (a few characters at most).
  while (start > 0 && from - start < 30 && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(text[start])) start--;
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length && WORD_CHAR.test(text[end - 1]) && WORD_CHAR.test(text[end])) {
    let space = end - 1;
    while (space > start && !/\s/.test(text[space])) space--;
    if (space - start > maxLength / 2) end = space;
  }
  return [start, end];
}
