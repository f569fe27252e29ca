// Page furniture in a text source: what a page prints around its text that is not content.
// A page number standing alone between blank lines; a line the series names as furniture
// (a job number "GE.18-05640(E)", a recycling note); and the running header, the document's
// symbol alone on a line ("A/HRC/38/12", or "A/HRC/WG.6/7/ITA/1" / "Page 2"), printed at the
// top of every page: repeated, or standing next to other furniture at a page break. Each is
// dropped with its reason, so that it is never read as text or as a heading, and a sentence
// it interrupts is joined again.
import { SERIES } from '../series/index.js';
import type { PhysicalLine } from './physical-lines.js';

const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?\s*$/i;
const PAGE_LINE = /^\s*Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i;
/** A rule drawn with dashes or underscores ("-----") at the end of a text or above its notes. */
const RULE = /^\s*[-–—_=]{3,}\s*$/;
/** A page's header or footer rule with the page number at one end ("_____ 7", "6 _____"). */
const NUMBERED_RULE = /^\s*(?:[-–—_=]{3,}\s*\d{1,3}|\d{1,3}\s*[-–—_=]{3,})\s*$/;
const RULES = SERIES.flatMap((s) => s.furniture ?? []);
/** Symbols a series prints at the top of its pages: the UN's, and the Council of Europe's ("GRETA(2018)17", "T-ES(2018)18"). */
const HEADER_SYMBOLS = SERIES.flatMap((s) => [...(s.documentSymbol ? [s.documentSymbol] : []), ...(s.symbols ?? [])]);
// Alone on its line, with "Page N" after it or a rule drawn beside it ("GRETA(2018)17 _______").
const SYMBOL_LINES = HEADER_SYMBOLS.map((symbol) =>
  new RegExp(`^\\s*(?:[-–—_]{3,}\\s*)?(?:${symbol.source})(?:\\s*[-–—_]{3,})?(?:\\s+Page\\s+\\d{1,3})?\\s*$`));
/** A running header printed this many times is one whatever stands around it. */
const REPEATED = 2;
/** How many lines away (blank lines included) other furniture marks a page break. */
const NEAR = 4;

export type FurnitureLines = Map<number, string>;

const isBlank = (lines: readonly PhysicalLine[], i: number) => (lines[i]?.text.trim() ?? '') === '';

/** A lone number between blank lines is a page number printed in the footer. */
function isStrayPageNumber(lines: readonly PhysicalLine[], i: number): boolean {
  return PAGE_NUMBER.test(lines[i].text) && isBlank(lines, i - 1) && isBlank(lines, i + 1);
}

export function findFurniture(lines: readonly PhysicalLine[]): FurnitureLines {
  const found: FurnitureLines = new Map();
  const headerCounts = new Map<string, number>();
  lines.forEach((line, i) => {
    const rule = RULES.find((r) => r.pattern.test(line.text));
    if (rule) found.set(i, rule.why);
    else if (isStrayPageNumber(lines, i)) found.set(i, 'page number');
    else if (RULE.test(line.text)) found.set(i, 'rule');
    else if (NUMBERED_RULE.test(line.text)) found.set(i, 'page number');
    if (SYMBOL_LINES.some((s) => s.test(line.text))) {
      const key = line.text.replace(/\d+\s*$/, '#').trim();
      headerCounts.set(key, (headerCounts.get(key) ?? 0) + 1);
    }
  });
  const near = (i: number) => {
    for (let k = Math.max(0, i - NEAR); k <= Math.min(lines.length - 1, i + NEAR); k++) if (k !== i && found.has(k)) return true;
    return false;
  };
  lines.forEach((line, i) => {
    if (found.has(i) || !SYMBOL_LINES.some((s) => s.test(line.text))) return;
    const repeated = (headerCounts.get(line.text.replace(/\d+\s*$/, '#').trim()) ?? 0) >= REPEATED;
    // A symbol with a rule drawn beside it is a page's header, however often it is printed.
    if (!repeated && !near(i) && !/[-–—_]{3,}/.test(line.text)) return;
    found.set(i, 'running header');
    // "A/HRC/WG.6/7/ITA/1" over "Page 2": the page line belongs to the header; so does a bare
    // page number printed right under or over it ("GRETA(2018)17 ____" / "6").
    for (const k of [i - 1, i + 1]) {
      if (!lines[k] || found.has(k)) continue;
      if (PAGE_LINE.test(lines[k].text)) found.set(k, 'running header');
      else if (PAGE_NUMBER.test(lines[k].text) && lines[k].text.trim() !== '') found.set(k, 'page number');
    }
  });
  return found;
}
