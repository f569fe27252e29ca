// Diacritic and case folding shared by indexing and querying, so that a Czech name typed
// without accents ("Ministerstvo prace") finds the printed one ("Ministerstvo práce").

// Letters that Unicode does not decompose into base letter + combining mark.
const UNDECOMPOSABLE: Record<string, string> = {
  'ł': 'l', 'đ': 'd', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'þ': 'th',
};
const UNDECOMPOSABLE_PATTERN = /[łđøßæœıþ]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lowercase, strip diacritics, expand compatibility forms (PDF ligatures such as "ﬁ"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII words are most of the corpus and need no normalisation.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSABLE_PATTERN, (ch) => UNDECOMPOSABLE[ch] ?? ch);
}
