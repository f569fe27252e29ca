// Word boundaries for the tokenizer and the highlighter: a word is a letter or digit
// followed by letters, digits and combining marks (decomposed Czech input stays one word).
// A hand-written scanner with a per-character class cache instead of a Unicode regex:
// highlighting walks every hit's text on each query, and this is several times faster.

const NOT_WORD = 1;
const WORD_START = 2;
const WORD_PART = 3; // combining mark: continues a word, cannot start one

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING_MARK = /^\p{M}$/u;

// Class of each UTF-16 unit of the Basic Multilingual Plane, filled on first sight.
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  bmpClass[c] = isWord ? WORD_START : NOT_WORD;
}

function classOf(char: string): number {
  if (LETTER_OR_DIGIT.test(char)) return WORD_START;
  return COMBINING_MARK.test(char) ? WORD_PART : NOT_WORD;
}

// Class of the character at i, plus ASTRAL when it takes two UTF-16 units (a number, not
// a tuple: this runs for every character of every highlighted hit).
const ASTRAL = 4;

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    return classOf(String.fromCodePoint(text.codePointAt(i)!)) + ASTRAL;
  }
  let cls = bmpClass[code];
  if (cls === 0) bmpClass[code] = cls = classOf(text[i]);
  return cls;
}

/**
 * Calls back with each word's offsets and its position (0, 1, 2… over all words);
 * stops early when the callback returns false.
 */
export function forEachWord(text: string, visit: (start: number, end: number, position: number) => boolean | void): void {
  let position = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    let cls = classAt(text, i);
    if ((cls & 3) !== WORD_START) { i += cls & ASTRAL ? 2 : 1; continue; }
    const start = i;
    i += cls & ASTRAL ? 2 : 1;
    while (i < length) {
      cls = classAt(text, i);
      if ((cls & 3) === NOT_WORD) break;
      i += cls & ASTRAL ? 2 : 1;
    }
    if (visit(start, i, position++) === false) return;
  }
}
