// A note that holds a list set in two columns ("AI   Amnesty International (London, with its
// country over / two lines);") — the stakeholders of a UN summary, a list of
// abbreviations. Run together like a note's prose, labels and names would mix; the list is
// rendered in the .txt conventions instead: the note's prose, then one line per entry with a
// tab between label and text, a name wrapped over lines joined back into its entry, and
// headings of the list ("Joint submissions:") on lines of their own.
import type { PdfLine } from './pdf-lines.js';
import type { NoteDraft } from './pdf-notes.js';
import { renderRuns, runsText, type Run } from './runs.js';
import { appendLine } from './line-joins.js';

/** A list needs this many entries to be read as one. */
const MIN_ENTRIES = 2;
/** A wrapped name starts within this many ems of its column. */
const COLUMN_TOLERANCE = 1;

export function isListNote(note: NoteDraft): boolean {
  return note.lines.filter((l) => l.cells.length >= 2).length >= MIN_ENTRIES;
}

function runsOf(line: PdfLine): Run[] {
  return line.cells.flatMap((c, i) => (i === 0 ? c.runs : [{ text: ' ', bold: false }, ...c.runs]));
}

/** The note's text, list lines apart and tab-separated (without its number). */
export function renderListNote(note: NoteDraft): string {
  const out: Run[][][] = [];
  /** Where the text column of the current entry starts. */
  let column: number | undefined;
  let prose = true;
  for (const line of note.lines) {
    const last = out[out.length - 1];
    if (line.cells.length >= 2) {
      out.push(line.cells.map((c) => c.runs.map((r) => ({ ...r }))));
      column = line.cells[1].x;
      prose = false;
      continue;
    }
    const runs = runsOf(line);
    const wrapped = column !== undefined && Math.abs(line.x - column) <= line.size * COLUMN_TOLERANCE;
    const goesOn = last && (wrapped || (prose && !/^[\p{Lu}]/u.test(runsText(runs).trim())));
    if (last && goesOn) {
      appendLine(last[last.length - 1], runs);
      continue;
    }
    if (last && prose && out.length === 1 && !/[.:;]$/.test(renderRuns(last[0]).trim())) {
      // The note's first sentence still goes on.
      appendLine(last[0], runs);
      continue;
    }
    out.push([runs]);
    column = undefined;
  }
  return out.map((cells) => cells.map((c) => renderRuns(c).replace(/\t/g, ' ').trim()).join('\t')).join('\n');
}
