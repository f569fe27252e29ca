// Footnote texts at former page bottoms. Printed as "² Paras. 71, 73." (superscript
// number) or, in some conversions, "1 If the replies …" (plain number). Notes are numbered
// 1, 2, 3 … through a document, so a line is taken as note n only when n is the next
// number expected: that keeps numbered lists and figures in the body from passing as notes.
// A note may hold a list set as lines of its own ("Civil society" / "AI⇥Amnesty …"), and a
// note cut off in mid-phrase at a page bottom goes on at the next page's notes, just above the
// next note. Page furniture between them (page numbers, running headers) is passed over.
import type { NoteText } from '../types.js';
import type { PhysicalLine } from './physical-lines.js';
import { superscriptToNumber } from '../superscripts.js';

const SUPERSCRIPT_NOTE = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/;
const PLAIN_NOTE = /^(\d{1,3}) ([A-Z„“"(\[].*)$/;
const NOTE_END = /[.!?)>]["”’)\]]*\s*$/;
/** A note that stops on these has been cut off: its text goes on elsewhere. */
const CUT_OFF = /(?:[,;:]|\b(?:of|the|and|or|for|to|in|on|by|with|a|an|from|de|du|des|la|le|et|à))\s*$/i;
/** A line of a list inside a note: a label and its text in two cells, or a list heading. */
const LIST_LINE = (text: string) => text.includes('\t') || /:\**\s*$/.test(text);

interface NoteStart {
  n: number;
  firstText: string;
  superscript: boolean;
}

function noteStart(line: string, expected: number): NoteStart | null {
  const sup = SUPERSCRIPT_NOTE.exec(line);
  if (sup) {
    const n = superscriptToNumber(sup[1]);
    // Superscript-led lines are unambiguous; still refuse a jump backwards.
    return n >= expected - 1 ? { n, firstText: sup[2], superscript: true } : null;
  }
  const plain = PLAIN_NOTE.exec(line);
  if (plain && Number(plain[1]) === expected) return { n: expected, firstText: plain[2], superscript: false };
  return null;
}

export function findNoteTexts(lines: PhysicalLine[], furniture: ReadonlySet<number> = new Set()): { notes: NoteText[]; noteLineIndexes: Set<number> } {
  const notes: NoteText[] = [];
  const noteLineIndexes = new Set<number>();
  const nextNonBlank = (from: number) => {
    for (let i = from; i < lines.length; i++) if (lines[i].text.trim() !== '' && !furniture.has(i)) return i;
    return -1;
  };
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    if (furniture.has(i)) continue;
    const start = noteStart(lines[i].text, expected);
    if (!start) continue;
    const note: NoteText = { n: start.n, text: start.firstText.trim(), start: lines[i].start, end: lines[i].end };
    noteLineIndexes.add(i);
    // A note runs on over wrapped lines until it ends a sentence; a list printed in it runs on
    // line by line, its lines kept apart, to the blank line after it.
    let j = i + 1;
    const isNext = (k: number) => !!noteStart(lines[k].text, start.n + 1);
    for (; j < lines.length && lines[j].text.trim() !== '' && !furniture.has(j) && !isNext(j); j++) {
      const list = start.superscript && (LIST_LINE(lines[j].text) || /:\**\s*$/.test(note.text) || (j + 1 < lines.length && LIST_LINE(lines[j + 1].text)));
      if (!list && NOTE_END.test(note.text)) break;
      note.text += (list ? '\n' : ' ') + (list ? lines[j].text.trimEnd() : lines[j].text.trim());
      note.end = lines[j].end;
      noteLineIndexes.add(j);
    }
    // A note cut by a page break goes on in the next paragraph, before the next note.
    {
      const k = nextNonBlank(j);
      const after = k === -1 ? -1 : nextNonBlank(k + 1);
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
  takeDistantTails(lines, notes, noteLineIndexes, furniture);
  return { notes, noteLineIndexes };
}

/**
 * A note cut off in mid-phrase ("… review of", "… (a list entry);") at one page's bottom goes on at
 * the next page's notes: the block of lines printed right above the next note, after the page's
 * text. Taken only when the next note follows it directly and the note was clearly cut off.
 */
function takeDistantTails(lines: PhysicalLine[], notes: NoteText[], taken: Set<number>, furniture: ReadonlySet<number>): void {
  const indexOf = new Map(lines.map((l, i) => [l.start, i]));
  for (let k = 0; k + 1 < notes.length; k++) {
    const note = notes[k];
    const next = notes[k + 1];
    if (next.n !== note.n + 1 || !CUT_OFF.test(note.text)) continue;
    const nextLine = indexOf.get(next.start);
    if (nextLine === undefined) continue;
    // The block just above the next note: non-blank lines back to a blank line.
    let top = nextLine - 1;
    while (top >= 0 && (lines[top].text.trim() === '' || furniture.has(top))) top--;
    const bottom = top;
    while (top - 1 >= 0 && lines[top - 1].text.trim() !== '' && !furniture.has(top - 1)) top--;
    if (bottom < 0 || taken.has(bottom) || lines[top].start <= note.end) continue;
    const block = lines.slice(top, bottom + 1);
    if (!tailFits(note.text, block.map((l) => l.text))) continue;
    const list = block.some((l) => LIST_LINE(l.text));
    note.text += (list ? '\n' : ' ') + block.map((l) => (list ? l.text.trimEnd() : l.text.trim())).join(list ? '\n' : ' ');
    (note.more ??= []).push({ start: lines[top].start, end: lines[bottom].end });
    for (let i = top; i <= bottom; i++) taken.add(i);
  }
}

/** The block goes on the note: a list goes on a list, a phrase cut after "of" goes on in one short line. */
function tailFits(noteText: string, block: string[]): boolean {
  const lastLine = noteText.split('\n').pop() ?? '';
  if (LIST_LINE(lastLine) || /;\s*$/.test(noteText)) return block.every((l) => LIST_LINE(l) || l.trim().length <= 60);
  return block.length <= 2 && NOTE_END.test(block[block.length - 1]);
}

const STAR_NOTE = /^\s*(\*{1,3})\s+(\S.*)$/;

/**
 * Notes marked with asterisks ("* The annex is circulated as received."), as a cover prints
 * the note on its title: a paragraph of its own, when an asterisk is glued to a word above.
 */
export function findStarNotes(lines: PhysicalLine[], source: string): { notes: { text: string; start: number; end: number }[]; lineIndexes: Set<number> } {
  const notes: { text: string; start: number; end: number }[] = [];
  const lineIndexes = new Set<number>();
  lines.forEach((line, i) => {
    const m = STAR_NOTE.exec(line.text);
    if (!m || (lines[i - 1]?.text.trim() ?? '') !== '') return;
    const stars = m[1];
    const before = source.slice(0, line.start);
    // Bold spans ("**Title***") are unwrapped first: their asterisks are emphasis, not notes.
    if (!new RegExp(`[\\p{L}\\d.)”’]\\s?\\*{${stars.length}}(?!\\*)`, 'u').test(before.replace(/\*\*([^*\n]+?)\*\*/g, '$1'))) return;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].text.trim() !== '' && !STAR_NOTE.test(lines[end + 1].text)) end++;
    notes.push({ text: lines.slice(i, end + 1).map((l) => l.text.trim()).join(' ').replace(STAR_NOTE, '$2'), start: line.start, end: lines[end].end });
    for (let k = i; k <= end; k++) lineIndexes.add(k);
  });
  return { notes, lineIndexes };
}
