// The title block: the cover lines before the text proper. What is read from it is read from
// its structure — the masthead lines a series prints on every cover (organisation, symbol,
// distribution, session) are told apart from the title, the subject line under the title (the
// State reviewed) and the session line under the issuing body — and never from the body of
// the text: a body or a year mentioned in the text is not the document's.
import { SERIES } from '../series/index.js';
import { ordinalNumber } from './ordinals.js';

/** Characters of a cover page: enough for a masthead, a title and a note, not the text. */
export const TITLE_BLOCK = 1500;
/** Where the text proper starts: its first numbered paragraph, first chapter or contents. */
const TEXT_STARTS = /^\s*(?:\*\*)?(?:1\.\s+\p{L}|I\.\s+\p{Lu}|(?:Contents|CONTENTS|Table of contents)\s*$)/mu;

/** The cover of a text: its first TITLE_BLOCK characters, up to where the text proper starts. */
export function titleBlockOf(text: string): string {
  const head = text.slice(0, TITLE_BLOCK);
  const start = TEXT_STARTS.exec(head);
  // A cover with nothing before its first paragraph keeps the head: the title is then there.
  return start && start.index > 0 ? head.slice(0, start.index) : head;
}

const MASTHEAD = SERIES.flatMap((s) => s.masthead ?? []);
const SYMBOLS = SERIES.flatMap((s) => (s.documentSymbol ? [s.documentSymbol] : []));
const DATE_LINE = /^(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})$/u;

/** Cells of a cover line: separated by tabs, or by a run of spaces where text from a PDF lays out columns. */
const cellsOf = (line: string) => line.split(/\t| {3,}/);

/** A cover line that is masthead: organisation, symbol, distribution, date, session. */
export function isMasthead(line: string): boolean {
  const t = line.replace(/\*+/g, '').trim();
  if (t === '') return true;
  if (DATE_LINE.test(t)) return true;
  if (SYMBOLS.some((s) => new RegExp(`^(?:${s.source})$`).test(t))) return true;
  return MASTHEAD.some((m) => m.test(t));
}

/** How many cells of a cover are masthead: a series cover has several, a plain title page none. */
export function mastheadCells(block: string): number {
  return block.split('\n').flatMap(cellsOf).filter((cell) => cell.trim() !== '' && isMasthead(cell)).length;
}

/** Lines of a cover with masthead cells left out ("United Nations\tA/HRC/14/15" is all masthead). */
export function contentLines(block: string): string[] {
  return block.split('\n').map((line) => cellsOf(line).filter((cell) => !isMasthead(cell)).join(' ').replace(/\*\*|^#+\s*/g, '').trim())
    .filter((line) => /\p{L}{2}/u.test(line));
}

/** The document's symbol: the first series symbol printed on its cover. */
export function symbolOf(titleBlock: string): string | undefined {
  let best: { at: number; symbol: string } | undefined;
  for (const pattern of SYMBOLS) {
    const m = pattern.exec(titleBlock);
    if (m && (!best || m.index < best.at)) best = { at: m.index, symbol: m[0] };
  }
  return best?.symbol;
}

/** The subject printed alone under a title (the State reviewed): a few capitalised words, no digits. */
export function isSubjectLine(line: string): boolean {
  const t = line.replace(/\*+/g, '').trim();
  const words = t.split(/\s+/);
  return words.length >= 1 && words.length <= 6 && !/\d|[.:;,]$/.test(t) && /^\p{Lu}/u.test(t) &&
    words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(?:of|and|the|de|du|des|la|le|et|d'\p{L}+)$/iu.test(w));
}

/** "Seventh session", "Thirty-fourth session" on a cover line: the ordinal word. */
const SESSION_LINE = /^([\p{L}\d-]+)\s+session\b/iu;
const ADOPTED_AT = /\badopted\s+by\s+the\s+[\p{L} ]{2,80}?\s+at\s+its\s+([\p{L}-]+|\d{1,3}(?:st|nd|rd|th))\s+session\b/iu;
/** A Working Group session in a review symbol: "A/HRC/WG.6/7/ITA/1" → 7. */
const REVIEW_SYMBOL_SESSION = /\/WG\.6\/(\d{1,2})\//;

/** The session printed under the issuing body's line, or in the symbol; undefined when neither says. */
export function sessionOf(titleBlock: string, bodyPrinted: RegExp | undefined): number | undefined {
  const symbol = REVIEW_SYMBOL_SESSION.exec(titleBlock);
  if (symbol) return Number(symbol[1]);
  // A cover note: "* Adopted by the Committee at its seventy-seventh session (…)".
  const adopted = ADOPTED_AT.exec(titleBlock);
  const atSession = adopted ? ordinalNumber(adopted[1]) : undefined;
  if (atSession !== undefined) return atSession;
  if (!bodyPrinted) return undefined;
  const lines = titleBlock.split('\n').map((l) => l.replace(/\*+/g, '').trim()).filter(Boolean);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!bodyPrinted.test(lines[i])) continue;
    const m = SESSION_LINE.exec(lines[i + 1]);
    const n = m ? ordinalNumber(m[1]) : undefined;
    if (n !== undefined) return n;
  }
  return undefined;
}
