// Text as runs of plain, bold and italic characters: lines and cells are joined as runs,
// and emphasis becomes `**bold**` / `*italic*` only when a paragraph is rendered, so a bold
// phrase wrapped over two lines comes out as one span, as in the converted .txt sources.
export interface Run {
  text: string;
  bold: boolean;
  italic?: boolean;
}

const styleOf = (r: Run) => (r.bold ? 2 : 0) + (r.italic ? 1 : 0);
/** Markdown emphasis by style: none, *italic*, **bold**, ***bold italic***. */
const EMPHASIS = ['', '*', '**', '***'];

import { numberToSuperscript } from '../superscripts.js';

/** One footnote marker as "⁵"; several side by side as "^{16, 17}" (the .txt convention). */
export function markerText(numbers: number[]): string {
  return numbers.length === 1 ? numberToSuperscript(numbers[0]) : `^{${numbers.join(', ')}}`;
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Append `more` to `target`, with a space between unless `glue` (a hyphenated word). */
export function appendRuns(target: Run[], more: readonly Run[], glue = false): void {
  if (more.length === 0) return;
  const last = target[target.length - 1];
  if (last && !glue) {
    // Emphasis on both sides keeps the space inside the span: "**sexual** / **abuse**" → "**sexual abuse**".
    target.push({ text: ' ', bold: last.bold && more[0].bold, italic: !!last.italic && !!more[0].italic });
  }
  target.push(...more.map((r) => ({ ...r })));
}

export function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && out[0].text.trim() === '') out.shift();
  while (out.length && out[out.length - 1].text.trim() === '') out.pop();
  if (out.length) {
    out[0].text = out[0].text.trimStart();
    out[out.length - 1].text = out[out.length - 1].text.trimEnd();
  }
  return out;
}

/** Runs → text: adjacent runs of one style merged, emphasised spans as **…** / *…* with their spaces outside. */
export function renderRuns(runs: readonly Run[]): string {
  const merged: { text: string; style: number }[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    // A space between two emphasised runs is part of the span; elsewhere a space has no style.
    const style = r.text.trim() === '' ? (last?.style ?? 0) : styleOf(r);
    if (last && last.style === style) last.text += r.text;
    else merged.push({ text: r.text, style });
  }
  let out = '';
  for (const r of merged) {
    if (r.style === 0 || r.text.trim() === '') {
      out += r.text;
      continue;
    }
    const lead = /^\s*/.exec(r.text)![0];
    const tail = /\s*$/.exec(r.text)![0];
    out += `${lead}${EMPHASIS[r.style]}${r.text.trim()}${EMPHASIS[r.style]}${tail}`;
  }
  return out.replace(/ {2,}/g, ' ');
}
