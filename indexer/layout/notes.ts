// Footnote texts at former page bottoms. Printed as "² Paras. 71, 73." (superscript
// number) or, in some conversions, "1 If the replies …" (plain number). Notes are numbered
// 1, 2, 3 … through a document, so a line is taken as note n only when n is the next
// number expected: that keeps numbered lists and figures in the body from passing as notes.
import type { NoteText } from '../types.js';
import type { PhysicalLine } from './physical-lines.js';
import { superscriptToNumber } from '../superscripts.js';

const SUPERSCRIPT_NOTE = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/;
const PLAIN_NOTE = /^(\d{1,3}) ([A-Z„“"(\[].*)$/;
const NOTE_END = /[.!?)>]["”’)\]]*\s*$/;

interface NoteStart {
  n: number;
  firstText: string;
}

function noteStart(line: string, expected: number): NoteStart | null {
  const sup = SUPERSCRIPT_NOTE.exec(line);
  if (sup) {
    const n = superscriptToNumber(sup[1]);
    // Superscript-led lines are unambiguous; still refuse a jump backwards.
    return n >= expected - 1 ? { n, firstText: sup[2] } : null;
  }
  const plain = PLAIN_NOTE.exec(line);
  if (plain && Number(plain[1]) === expected) return { n: expected, firstText: plain[2] };
  return null;
}

export function findNoteTexts(lines: PhysicalLine[]): { notes: NoteText[]; noteLineIndexes: Set<number> } {
  const notes: NoteText[] = [];
  const noteLineIndexes = new Set<number>();
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    const start = noteStart(lines[i].text, expected);
    if (!start) continue;
    const note: NoteText = { n: start.n, text: start.firstText.trim(), start: lines[i].start, end: lines[i].end };
    noteLineIndexes.add(i);
    // A note runs on over wrapped lines until it ends a sentence.
    let j = i + 1;
    while (j < lines.length && !NOTE_END.test(note.text) && lines[j].text.trim() !== '' && !noteStart(lines[j].text, start.n + 1)) {
      note.text += ' ' + lines[j].text.trim();
      note.end = lines[j].end;
      noteLineIndexes.add(j);
      j++;
    }
    // A note cut by a page break goes on in the next paragraph, before the next note.
    {
      const k = nextNonBlank(lines, j);
      const after = k === -1 ? -1 : nextNonBlank(lines, k + 1);
      const looksContinued = k !== -1 && (!NOTE_END.test(note.text) || /^\s*[[a-z(<]/.test(lines[k].text));
      if (looksContinued && !noteStart(lines[k].text, start.n + 1) && after !== -1 && noteStart(lines[after].text, start.n + 1)) {
        note.text += ' ' + lines[k].text.trim();
        note.end = lines[k].end;
        noteLineIndexes.add(k);
        j = k + 1;
      }
    }
    notes.push(note);
    expected = start.n + 1;
    i = j - 1;
  }
  return { notes, noteLineIndexes };
}

function nextNonBlank(lines: PhysicalLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].text.trim() !== '') return i;
  return -1;
}
