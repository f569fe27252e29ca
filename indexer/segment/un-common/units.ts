// The body of a UN report read as units: headings, paragraphs numbered 1, 2, 3 … through the
// document, the numbered list a paragraph introduces with a colon ("118.1 …", or "1. …" again
// from one), lettered sub-paragraphs ("(a) …"), table rows, and unnumbered paragraphs. The
// cover and the contents before the first numbered paragraph are the title page: no units.
// Numbers decide, not indentation: a line is paragraph n only when n is the next paragraph
// number, so "1. Cross-cutting issues" among paragraphs 4, 5, 6 is a heading.
import type { Layout, Line } from '../../types.js';
import { MAX_PARAGRAPH, splitLongLine } from '../generic/long-lines.js';
import { HeadingPath, isChapterLike } from './headings.js';

export type Unit =
  | { kind: 'heading'; text: string; line: Line; section: string[] }
  | { kind: 'paragraph'; number?: string; lines: Line[]; section: string[] }
  | { kind: 'item'; number: string; lines: Line[]; section: string[]; parent?: string }
  | { kind: 'sub'; letter: string; lines: Line[]; section: string[]; parent?: string }
  | { kind: 'row'; cells: string[]; line: Line; section: string[] };

/** A line's text for reading its shape: emphasis markup and footnote markers out. */
export function plainText(text: string): string {
  return text.replace(/\*+(?=\S)|(?<=\S)\*+/g, '').replace(/\^\{[\d,\s]+\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '').replace(/\s+/g, ' ').trim();
}

const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
const DOTTED = /^(\d{1,3}\.\d{1,3})\.?\s+(\S.*)$/;
const LETTERED = /^\(([a-z]{1,2})\)\s+(\S.*)$/;
const BULLET = /^[-•▪◦–]\s+\S/;
const ENDS_SENTENCE = /[.;:!?]["”’)\]]*$/;
const MAX_HEADING = 220;

export interface ReadOptions {
  /** A numbered list restarting at 1 under a paragraph that ends with a colon (1st-cycle recommendations). */
  restartingLists?: boolean;
}

export interface ReadUnits {
  units: Unit[];
  headings: { start: number; end: number }[];
  /** Lines cut at sentence ends because they had no breaks. */
  cut: number;
}

/** Paragraph numbers go up one by one; an excerpt may skip ahead, never back. */
const MAX_SKIP = 200;

function isParagraphNumber(n: number, expected: number, rest: string): boolean {
  if (n === expected) return true;
  return n > expected && n <= expected + MAX_SKIP && /^[\p{Lu}"“(]/u.test(rest) && /[.:;]["”’)]*$|\s\S+\s\S+\s\S+/u.test(rest) && !/^\S+(?:\s\S+){0,6}$/.test(rest);
}

/** A line ending on a function word goes on in the next line: it is no heading. */
const DANGLING = /\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|that|which|its|their|is|are|be|le|la|les|de|des|du|et|ou)$/i;
const MAX_HEADING_WORDS = 30;
/** "a) Evolution of …": a heading labelled with a small letter. */
const SMALL_LETTER_LABEL = /^[a-z]\)\s+\p{Lu}/u;

function isHeading(line: Line, previous: Line | undefined, next: Line | undefined, afterHeading = false): boolean {
  const t = plainText(line.text);
  if (t === '' || t.length > MAX_HEADING || t.split(' ').length > MAX_HEADING_WORDS || line.text.includes('\t')) return false;
  if (BULLET.test(t) || LETTERED.test(t) || /[.;:,]$/.test(t) || DANGLING.test(t) || !(/^[\p{Lu}\d"“(]/u.test(t) || SMALL_LETTER_LABEL.test(t))) return false;
  // A heading stands after a blank line or a finished sentence, and text follows it.
  const afterSentence = previous === undefined || afterHeading || line.gapBefore || ENDS_SENTENCE.test(plainText(previous.text)) || previous.text.includes('\t');
  const following = next === undefined ? '' : plainText(next.text);
  return afterSentence && next !== undefined && (!/^\p{Ll}/u.test(following) || SMALL_LETTER_LABEL.test(following));
}

export function readUnits(layout: Layout, options: ReadOptions = {}): ReadUnits {
  const lines: Line[] = [];
  let cut = 0;
  for (const line of layout.lines) {
    if (line.text.length <= MAX_PARAGRAPH) {
      lines.push(line);
      continue;
    }
    // A text without line breaks: cut where its numbered paragraphs start, then at sentence ends.
    cut++;
    for (const piece of splitAtNumbers(line)) lines.push(...(piece.text.length > MAX_PARAGRAPH ? splitLongLine(piece, layout.source) : [piece]));
  }
  const units: Unit[] = [];
  const headings: ReadUnits['headings'] = [];
  const path = new HeadingPath();
  let expected = 1;
  let started = false;
  /** The paragraph whose colon opened a list, and the list's next number when it restarts at 1. */
  let list: { parent: string; next: number } | undefined;
  let current: Unit | undefined;
  let lastNumbered: string | undefined;
  const startsBody = (i: number) => NUMBERED.exec(plainText(lines[i].text))?.[1] === '1';

  const dropped = (line: Line) => layout.dropped.some((d) => d.start <= line.start && line.end <= d.end);
  /** The headings right above paragraph 1 (a chapter and a section) open the body with it. */
  const opensBody = (i: number): boolean => {
    for (let k = i; k < lines.length && k < i + 4; k++) {
      if (startsBody(k)) return k > i;
      if (!isHeading(lines[k], lines[k - 1], lines[k + 1], k > i) || !isChapterLike(plainText(lines[k].text))) return false;
    }
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = plainText(line.text);
    if (dropped(line)) continue;
    if (!started) {
      // The title page and contents end where paragraph 1 starts, or at the headings right above it.
      if (startsBody(i) || opensBody(i)) started = true;
      else continue;
    }
    const numbered = NUMBERED.exec(t);
    const dotted = DOTTED.exec(t);
    const lettered = LETTERED.exec(t);
    if (line.text.includes('\t')) {
      current = { kind: 'row', cells: line.text.split('\t').map((c) => c.trim()), line, section: path.section };
      units.push(current);
      continue;
    }
    if (dotted && /^[\p{Lu}"“]/u.test(dotted[2]) && (!list || dotted[1].startsWith(`${list.parent}.`))) {
      current = { kind: 'item', number: dotted[1], lines: [line], section: path.section, ...(list ? { parent: list.parent } : {}) };
      units.push(current);
      continue;
    }
    // Numbering that starts again from 1 under a paragraph is a list of that paragraph's (first-cycle recommendations).
    if (numbered && options.restartingLists && !list && numbered[1] === '1' && expected > 2 && lastNumbered) list = { parent: lastNumbered, next: 1 };
    if (numbered && options.restartingLists && list && Number(numbered[1]) === list.next) {
      list.next++;
      current = { kind: 'item', number: numbered[1], lines: [line], section: path.section, parent: list.parent };
      units.push(current);
      continue;
    }
    if (numbered && isParagraphNumber(Number(numbered[1]), expected, numbered[2])) {
      expected = Number(numbered[1]) + 1;
      lastNumbered = numbered[1];
      list = undefined;
      current = { kind: 'paragraph', number: numbered[1], lines: [line], section: path.section };
      units.push(current);
      if (/:\s*$/.test(t)) list = { parent: numbered[1], next: 1 };
      continue;
    }
    if (lettered && current && current.kind !== 'heading' && current.kind !== 'row') {
      const parent = current.kind === 'paragraph' ? current.number : current.kind === 'sub' ? current.parent : current.number;
      current = { kind: 'sub', letter: lettered[1], lines: [line], section: path.section, parent };
      units.push(current);
      continue;
    }
    if (!BULLET.test(t) && isHeading(line, lines[i - 1], lines[i + 1], current?.kind === 'heading')) {
      path.enter(t);
      headings.push({ start: line.start, end: line.end });
      current = { kind: 'heading', text: t, line, section: path.section };
      units.push(current);
      list = undefined;
      continue;
    }
    // Anything else goes on the unit before it, or opens a paragraph of its own.
    if (current && current.kind !== 'heading' && current.kind !== 'row') current.lines.push(line);
    else {
      current = { kind: 'paragraph', lines: [line], section: path.section };
      units.push(current);
    }
  }
  return { units, headings, cut };
}

/** The text of a unit's lines, its printed label ("12.", "118.1", "(a)") and bold markup taken off. */
export function unitText(unit: Extract<Unit, { lines: Line[] }>): string {
  const [first, ...rest] = unit.lines.map((l) => l.text.replace(/\*\*/g, '').trim());
  const label = unit.kind === 'sub' ? /^\([a-z]{1,2}\)\s+/ : /^\d{1,3}(?:\.\d{1,3})?\.?\s+/;
  const head = unit.kind === 'paragraph' && unit.number === undefined ? first : first.replace(label, '');
  return [head, ...rest].join('\n');
}

/** Where a unit starts and ends in the source. */
export function unitSpan(unit: Extract<Unit, { lines: Line[] }>): { start: number; end: number } {
  return { start: unit.lines[0].start, end: unit.lines[unit.lines.length - 1].end };
}

/**
 * " 12. The …", " 118.4 Ensure …", " (a) A …": where a numbered unit may start inside run-on
 * text. A cut that starts no unit is joined back to the unit before it by the reader.
 */
const RUN_ON_LABEL = /(?<=\s)(?=(?:\d{1,3}\.(?:\d{1,3})?|\([a-z]\))\s+[\p{Lu}"“])/gu;

/** A line without breaks cut where numbered paragraphs, recommendations and sub-paragraphs start. */
function splitAtNumbers(line: Line): Line[] {
  const cuts = [...line.text.matchAll(RUN_ON_LABEL)].map((m) => m.index ?? 0).filter((at) => at > 0);
  if (cuts.length === 0) return [line];
  const bounds = [0, ...cuts, line.text.length];
  const pieces: Line[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const raw = line.text.slice(bounds[k], bounds[k + 1]);
    const text = raw.trimEnd();
    // The text is the source line as printed (a single physical line): offsets carry over.
    pieces.push({ text, start: line.start + bounds[k], end: line.start + bounds[k] + text.length, gapBefore: k === 0 ? line.gapBefore : false });
  }
  return pieces;
}
