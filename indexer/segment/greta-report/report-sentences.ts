// The sentences of a report paragraph, with where each lies in the source: GRETA grades its
// findings sentence by sentence ("… GRETA welcomes … GRETA urges the authorities to: - …;
// - …."), so a graded sentence is a recommendation of its own inside its paragraph. A
// sentence ends at a full stop before a capital; a list after "to:" belongs to its sentence.
import type { Line } from '../../types.js';

/**
 * The end of a sentence: its punctuation, closing quotes or bold, and note markers glued to it:
 * superscript, or plain digits where a text layer lost the superscript ("in force.2 GRETA",
 * "in 2017.2 GRETA": after a word or a year, never after other digits, "6.1").
 */
const SENTENCE_END = /[.!?](?:["”’»)\]]|\*\*)*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=(?:\p{L}|(?:19|20)\d\d)\.)\d{1,3})?(?=\s+(?:\*\*)?["“«(]?\p{Lu})/gu;
/** Abbreviations whose full stop ends no sentence ("No. 41", "Art. 5", "e.g. The …"). */
const ABBREVIATION = /(?:^|[\s(])(?:No|Nos|Art|Arts|para|paras|e\.g|i\.e|cf|vol|pp?|Mr|Mrs|Ms|Dr|St|etc|n°)$/i;
/** Characters compared to find a piece of joined text back in the source. */
const NEEDLE = 24;

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A paragraph's lines as one text, remembering where each line's text begins in it. */
export interface Joined {
  text: string;
  lines: { line: Line; at: number }[];
}

export function joinLines(lines: readonly Line[]): Joined {
  let text = '';
  const out: Joined['lines'] = [];
  for (const line of lines) {
    if (text !== '') text += '\n';
    out.push({ line, at: text.length });
    text += line.text;
  }
  return { text, lines: out };
}

export function sentencesOf(joined: Joined, source: string): Sentence[] {
  const cuts: number[] = [];
  for (const m of joined.text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(joined.text.slice(0, m.index))) continue;
    cuts.push(end);
  }
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, joined.text.length]) {
    const raw = joined.text.slice(from, cut);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: sourceAt(joined, source, from + lead, 'start'), end: sourceAt(joined, source, from + lead + text.length, 'end') });
    from = cut;
  }
  return out;
}

/**
 * The source offset of a position in the joined text. A layout line joined over a page break
 * differs from the source in between, so the text around the position is looked for in the
 * line's span: after the position for a start, before it for an end.
 */
function sourceAt(joined: Joined, source: string, at: number, side: 'start' | 'end'): number {
  let k = joined.lines.length - 1;
  while (k > 0 && joined.lines[k].at > at - (side === 'end' ? 1 : 0)) k--;
  const { line, at: lineAt } = joined.lines[k];
  const within = at - lineAt;
  const span = source.slice(line.start, line.end);
  if (side === 'start') {
    const needle = line.text.slice(within, within + NEEDLE);
    const found = needle ? span.indexOf(needle) : -1;
    return found >= 0 ? line.start + found : Math.min(line.end, line.start + within);
  }
  const needle = line.text.slice(Math.max(0, within - NEEDLE), within);
  const found = needle ? span.lastIndexOf(needle) : -1;
  return found >= 0 ? line.start + found + needle.length : Math.min(line.end, line.start + within);
}
