// Page furniture: running headers and footers, page numbers and job numbers, printed in the
// top or bottom margin of the pages. They are not content, and left in they would split
// sentences and tables that run over a page break. A header may take two lines (the symbol
// over "Page 2"): lines are peeled off a page's top and bottom as long as they are furniture.
// Each is returned with the reason it was dropped, for the loss report.
import { SERIES } from '../series/index.js';
import { lineText, type PdfLine } from './pdf-lines.js';

const PAGE_NUMBER = /^(?:(?:page|p\.|strana|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|z|von)\s*\d{1,4})?$/i;
/** Share of the page height, at the top and at the bottom, where furniture is printed. */
const MARGIN_ZONE = 0.12;
/** A line repeated in the margin of at least this share of pages is a running header/footer. */
const REPEATED_SHARE = 0.3;
/** Lines peeled off one end of a page at most. */
const MAX_PEEL = 3;
const RULES = SERIES.flatMap((s) => s.furniture ?? []);
/** A margin line that is a document's symbol alone ("A/HRC/38/12"), however short the document. */
const SYMBOL_LINES = SERIES.flatMap((s) => (s.documentSymbol ? [new RegExp(`^\\**(?:${s.documentSymbol.source})\\**$`)] : []));

/** Digits vary from page to page ("Page 3 of 47"); the rest of a running line does not. */
const furnitureKey = (line: PdfLine) => lineText(line).replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();

export interface DroppedFurniture {
  page: number;
  text: string;
  why: string;
}

/**
 * `minSeparation`: furniture stands apart from the text – a repeated table header at a page
 * top, packed against its table, is left for the table stage.
 */
export function dropFurniture(pages: readonly PdfLine[][], heights: readonly number[], minSeparation: number): { pages: PdfLine[][]; dropped: number; furniture: DroppedFurniture[] } {
  const inMargin = (line: PdfLine, p: number, top: boolean) => (top ? line.y < heights[p] * MARGIN_ZONE : line.y > heights[p] * (1 - MARGIN_ZONE));
  // The lines a page prints in its margins, a note's first line never among them.
  const ends = (lines: PdfLine[], p: number) => ({
    top: lines.slice(0, MAX_PEEL).filter((l, i, arr) => arr.slice(0, i + 1).every((x) => inMargin(x, p, true) && x.noteNumber === undefined)),
    bottom: lines.slice(-MAX_PEEL).reverse().filter((l, i, arr) => arr.slice(0, i + 1).every((x) => inMargin(x, p, false) && x.noteNumber === undefined)),
  });
  const counts = new Map<string, number>();
  pages.forEach((lines, p) => {
    const { top, bottom } = ends(lines, p);
    for (const key of new Set([...top, ...bottom].map(furnitureKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const minRepeats = Math.max(3, Math.ceil(pages.length * REPEATED_SHARE));
  const reason = (line: PdfLine, top: boolean): string | undefined => {
    const text = lineText(line);
    // A barcode or a logo set in a symbol font: nothing to read.
    if (!/[\p{L}\p{N}]/u.test(text)) return 'page debris';
    const rule = RULES.find((r) => r.pattern.test(text));
    if (rule) return rule.why;
    if (PAGE_NUMBER.test(text)) return 'page number';
    if (SYMBOL_LINES.some((pattern) => pattern.test(text.trim()))) return top ? 'running header' : 'running footer';
    if ((counts.get(furnitureKey(line)) ?? 0) >= minRepeats) return top ? 'running header' : 'running footer';
    return undefined;
  };
  const furniture: DroppedFurniture[] = [];
  const kept = pages.map((lines, p) => {
    const { top, bottom } = ends(lines, p);
    const drop = new Map<PdfLine, string>();
    for (const [side, isTop] of [[top, true], [bottom, false]] as const) {
      const peeled: [PdfLine, string][] = [];
      for (const line of side) {
        const why = reason(line, isTop);
        if (!why) break;
        peeled.push([line, why]);
      }
      // What is peeled stands apart from the text left on the page.
      while (peeled.length) {
        const last = peeled[peeled.length - 1][0];
        const index = lines.indexOf(last);
        const neighbour = lines[isTop ? index + 1 : index - 1];
        if (!neighbour || drop.has(neighbour) || Math.abs(neighbour.y - last.y) >= minSeparation) break;
        peeled.pop();
      }
      for (const [line, why] of peeled) drop.set(line, why);
    }
    for (const [line, why] of drop) furniture.push({ page: p, text: lineText(line), why });
    return lines.filter((l) => !drop.has(l));
  });
  return { pages: kept, dropped: furniture.length, furniture };
}
