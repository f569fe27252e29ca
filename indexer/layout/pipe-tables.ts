// Tables written in Markdown's pipe syntax ("| 1.1 | Train inspectors | Ministry | 2023 |"), as
// some conversions of PDF and Word documents give them. The readers know tables as rows of
// tab-separated cells (how the other conversions print them), so a row's inner pipes become
// tabs and its outer ones spaces: the line keeps its length, hence every offset into the source.
// The row under the header ("|---|:---:|") is markup, dropped as such.
import type { PhysicalLine } from './physical-lines.js';

const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** Fewer rows than this in a run are not a table ("| a |" alone is text). */
const MIN_ROWS = 2;

const isRow = (text: string) => ROW.test(text) && (text.match(/\|/g)?.length ?? 0) >= 3;

/** One row's text with its cells tab-separated, as long as the row. */
export function pipeRowAsCells(text: string): string {
  const first = text.indexOf('|');
  const last = text.lastIndexOf('|');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '|' || text[i - 1] === '\\') out += c;
    else out += i === first || i === last ? ' ' : '\t';
  }
  return out;
}

/**
 * Rewrites the pipe tables' rows in place as tab-separated cells; returns the indexes of
 * their separator rows.
 */
export function readPipeTables(lines: PhysicalLine[]): Set<number> {
  const separators = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i].text) && !SEPARATOR.test(lines[i].text)) { i++; continue; }
    let end = i;
    while (end < lines.length && (isRow(lines[end].text) || SEPARATOR.test(lines[end].text))) end++;
    const rows = lines.slice(i, end).filter((l) => !SEPARATOR.test(l.text)).length;
    if (rows >= MIN_ROWS) {
      for (let k = i; k < end; k++) {
        if (SEPARATOR.test(lines[k].text)) separators.add(k);
        else lines[k] = { ...lines[k], text: pipeRowAsCells(lines[k].text) };
      }
    }
    i = end;
  }
  return separators;
}

/** The whole text with its pipe tables as tab-separated rows and their header rules blanked (for kind detection). */
export function withPipeTablesAsCells(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n').map((line, k) => ({ text: line, start: k, end: k }));
  const separators = readPipeTables(lines);
  return lines.map((line, k) => (separators.has(k) ? line.text.replace(/[^\r]/g, ' ') : line.text)).join('\n');
}
