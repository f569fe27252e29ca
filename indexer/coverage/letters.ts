// Text reduced to its letters and digits, lower-cased, with each one's offset in the source.
// Coverage compares the source with what the items say on this stream, so that everything a
// reader or cleaner legitimately changes — whitespace, joined hyphenation ("law-\n\nenforcement"),
// bullets, quotes, markdown emphasis, superscript footnote markers — compares equal, while a
// word that is missing from every item does not.

export interface LetterStream {
  /** Letters and decimal digits only, lower-cased. */
  letters: string;
  /** Source offset of each character of `letters`. */
  offsets: Int32Array;
}

const RUN = /[\p{L}\p{Nd}]+/gu;

/** Letters of `text[from, to)`, skipping the ranges `skip` marks (sorted or not). */
export function letterStream(text: string, from = 0, to = text.length, skip?: Uint8Array): LetterStream {
  let letters = '';
  const offsets: number[] = [];
  RUN.lastIndex = from;
  for (let m = RUN.exec(text); m && m.index < to; m = RUN.exec(text)) {
    const run = m[0].slice(0, to - m.index);
    const lower = run.toLowerCase();
    // Lower-casing can lengthen a run ("İ" → "i̇"); keep such a run as printed so offsets stay exact.
    const chars = lower.length === run.length ? lower : run;
    for (let i = 0; i < chars.length; i++) {
      const at = m.index + i;
      if (skip && skip[at]) continue;
      letters += chars[i];
      offsets.push(at);
    }
  }
  return { letters, offsets: Int32Array.from(offsets) };
}

/** The letters of a string with no offsets: what an item field says. */
export function lettersOf(text: string): string {
  let out = '';
  // matchAll starts where the shared pattern's lastIndex stands: a fresh copy starts at 0.
  for (const m of text.matchAll(new RegExp(RUN))) {
    const lower = m[0].toLowerCase();
    out += lower.length === m[0].length ? lower : m[0];
  }
  return out;
}
