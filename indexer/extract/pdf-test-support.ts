// Reading text in the .txt conventions for the PDF tests: note texts, marker numbers, and a
// comparable form that leaves out what a PDF rendition cannot carry over (link targets,
// <i>/<p> tags, straight vs typographic quotes, line breaks inside a cell).
import { cleanItemText } from '../clean/cleaners.js';
import { superscriptToNumber } from '../superscripts.js';

const NOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/;
const MARKER = /\^\{([\d,\s]+)\}|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g;

/** Note number → the note's first paragraph ("² Paras. 71, 73." → 2 → "Paras. 71, 73."). */
export function noteTexts(text: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const line of text.split('\n')) {
    const m = NOTE_LINE.exec(line);
    if (m) notes.set(superscriptToNumber(m[1]), m[2]);
  }
  return new Map([...notes].sort((a, b) => a[0] - b[0]));
}

/** Numbers of the footnote markers in the body (note lines left out), in order. */
export function markerNumbers(text: string): number[] {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    if (NOTE_LINE.test(line)) continue;
    for (const m of line.matchAll(MARKER)) {
      if (m[1] !== undefined) out.push(...m[1].split(',').map((s) => Number(s.trim())));
      else out.push(superscriptToNumber(m[2]));
    }
  }
  return out;
}

export function comparable(text: string): string {
  return cleanItemText(text.replace(/\*\*/g, ''))
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/…/g, '...')
    .replace(/\.{3,}/g, '...')
    .replace(/[-–—]{2,}/g, '--')
    .replace(/^[-–—]$/, '--'); // a rule drawn with dashes, which the PDF sets as fewer, longer ones
}

/** Table rows of a text: each cell made comparable. */
export function tableRows(text: string): string[] {
  return text.split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t').map(comparable).join('\t'));
}
