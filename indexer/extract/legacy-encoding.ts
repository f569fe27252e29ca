// A text file that is not UTF-8 was saved in a legacy 8-bit code page. Which one cannot be
// read off the bytes, so each candidate is tried and the one whose decoded text reads most
// like the languages it serves wins: its accented letters are the frequent ones of those
// languages, and words do not turn into runs of symbols. A manifest `encoding` overrides the
// guess, and the summary always says which code page was used.

interface CodePage {
  label: string;
  name: string;
  /** Accented letters frequent in the languages of this code page (weight 2). */
  frequent: string;
  /** Letters of those languages that occur, but rarely (weight 1). */
  rare: string;
}

const CODE_PAGES: readonly CodePage[] = [
  { label: 'windows-1252', name: 'Windows-1252 (Western European)', frequent: 'éèàçêôüöäñáíóúß', rare: 'ìòùëïûãõåøæâîÿœšž' },
  { label: 'windows-1250', name: 'Windows-1250 (Central European)', frequent: 'čěřšžůáéíóúýłąęśćńżźőășț', rare: 'ďťňľĺŕűşţâîôäüöç' },
  { label: 'windows-1257', name: 'Windows-1257 (Baltic)', frequent: 'ąčęėįšųūžāēģīķļņõäöü', rare: 'ćłńśźżóéåæø' },
  { label: 'windows-1251', name: 'Windows-1251 (Cyrillic)', frequent: 'абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґё', rare: 'ђѓљњќћџўј' },
];

export interface LegacyDecoding {
  text: string;
  /** The code page used, as a person would name it. */
  name: string;
  /** Whether the code page was guessed (not given in the manifest). */
  guessed: boolean;
}

function score(text: string, page: CodePage): number {
  let total = 0;
  for (const word of text.toLowerCase().match(/[^\s\d.,;:!?()"'“”„‘’«»\-–—/]+/g) ?? []) {
    let accented = 0;
    for (const ch of word) {
      if (ch.charCodeAt(0) < 0x80) continue;
      accented++;
      if (page.frequent.includes(ch)) total += 2;
      else if (page.rare.includes(ch)) total += 1;
      else total -= 2; // a symbol or a letter these languages do not write
    }
    // Latin scripts mix accents into plain words; a word of accented letters only is Cyrillic misread.
    if (page.label !== 'windows-1251' && word.length >= 4 && accented / word.length > 0.6) total -= 2 * accented;
  }
  return total;
}

/** Decode bytes that are not UTF-8: with the given label, or with the code page that reads best. */
export function decodeLegacy(bytes: Uint8Array, label?: string): LegacyDecoding {
  if (label) return { text: new TextDecoder(label).decode(bytes), name: label, guessed: false };
  let best: { page: CodePage; text: string; score: number } | undefined;
  for (const page of CODE_PAGES) {
    const text = new TextDecoder(page.label).decode(bytes);
    const s = score(text, page);
    if (!best || s > best.score) best = { page, text, score: s };
  }
  return { text: best!.text, name: best!.page.name, guessed: true };
}

/** A label TextDecoder accepts, for validating the manifest's `encoding`. */
export function isEncodingLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
