// Page furniture: running headers and footers and page numbers, printed in the top or
// bottom margin of every page. They are not content, and left in they would split
// sentences and tables that run over a page break.
import { lineText, type PdfLine } from './pdf-lines.js';

const PAGE_NUMBER = /^(?:(?:page|p\.|strana|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|z|von)\s*\d{1,4})?$/i;
/** Share of the page height, at the top and at the bottom, where furniture is printed. */
const MARGIN_ZONE = 0.12;
/** A line repeated in the margin of at least this share of pages is a running header/footer. */
const REPEATED_SHARE = 0.3;

/** Digits vary from page to page ("Page 3 of 47"); the rest of a running line does not. */
const furnitureKey = (line: PdfLine) => lineText(line).replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();

/**
 * `minSeparation`: furniture stands apart from the text – a repeated table header at a page
 * top, packed against its table, is left for the table stage.
 */
export function dropFurniture(pages: readonly PdfLine[][], heights: readonly number[], minSeparation: number): { pages: PdfLine[][]; dropped: number } {
  const inMargin = (line: PdfLine, p: number) => line.y < heights[p] * MARGIN_ZONE || line.y > heights[p] * (1 - MARGIN_ZONE);
  const apart = (lines: PdfLine[], i: number) => {
    const neighbour = i === 0 ? lines[1] : lines[i - 1];
    return !neighbour || Math.abs(neighbour.y - lines[i].y) >= minSeparation;
  };
  // Only the outermost lines of a page can be furniture; a note's first line never is.
  const candidates = (lines: PdfLine[], p: number) =>
    [0, lines.length - 1]
      .filter((i, k, arr) => i >= 0 && i < lines.length && arr.indexOf(i) === k)
      .filter((i) => lines[i].noteNumber === undefined && inMargin(lines[i], p) && apart(lines, i))
      .map((i) => lines[i]);
  const counts = new Map<string, number>();
  pages.forEach((lines, p) => {
    for (const key of new Set(candidates(lines, p).map(furnitureKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const minRepeats = Math.max(3, Math.ceil(pages.length * REPEATED_SHARE));
  let dropped = 0;
  const kept = pages.map((lines, p) => {
    const furniture = new Set(
      candidates(lines, p).filter((l) => PAGE_NUMBER.test(lineText(l)) || (counts.get(furnitureKey(l)) ?? 0) >= minRepeats),
    );
    dropped += furniture.size;
    return lines.filter((l) => !furniture.has(l));
  });
  return { pages: kept, dropped };
}
