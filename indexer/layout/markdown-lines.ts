// Markdown's line markers, as conversions to Markdown print them: a heading's "#" … "######"
// ("## II. Legal frameworks") and a list item's "*" ("* The Committee requests …"). Not "+":
// a line opening with "+" is as often the text's own "plus" ("+ other courses on networks").
// The readers know headings by their words and numbering and list items by "-", as the other
// conversions print them. A heading line starts after its marker (the line's start moves with
// it, so its text is still the source between its offsets); a "*" bullet reads as "-"
// (one character for one, so every offset holds).
import type { PhysicalLine } from './physical-lines.js';

const HEADING_MARKER = /^ {0,3}#{1,6}[ \t]+(?=\S)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const BULLET = /^(\s*)\*(?=[ \t]+\S)/;

/** Headings: the line starts after its hashes (and before closing ones). */
export function readMarkdownHeadings(lines: PhysicalLine[]): void {
  lines.forEach((line, k) => {
    const heading = HEADING_MARKER.exec(line.text);
    if (!heading) return;
    // "## Title ##": the closing hashes are markup too.
    const text = line.text.slice(heading[0].length).replace(CLOSING_HASHES, '');
    lines[k] = { text, start: line.start + heading[0].length, end: line.start + heading[0].length + text.length };
  });
}

/**
 * "*" bullets read as "-". Run after the notes are found: a note marked with an asterisk
 * ("* The present document was not edited") is a note, not a list item (`notes` are skipped).
 */
export function readMarkdownBullets(lines: PhysicalLine[], notes: ReadonlySet<number> = new Set()): void {
  lines.forEach((line, k) => {
    const bullet = notes.has(k) ? null : BULLET.exec(line.text);
    if (bullet) lines[k] = { ...line, text: `${bullet[1]}-${line.text.slice(bullet[0].length)}` };
  });
}

export function readMarkdownMarkers(lines: PhysicalLine[]): void {
  readMarkdownHeadings(lines);
  readMarkdownBullets(lines);
}

/** The whole text with Markdown's line markers read the same way (for kind detection). */
export function withMarkdownMarkersRead(text: string): string {
  if (!/^ {0,3}#|^\s*\*[ \t]/m.test(text)) return text;
  const lines = text.split('\n').map((line) => ({ text: line, start: 0, end: line.length }));
  readMarkdownMarkers(lines);
  return lines.map((l) => l.text).join('\n');
}
