// The one tokenizer for indexing and querying: word split, case and diacritic folding,
// stop words, English stemming. Index and query must agree token for token, so nothing
// else in the project should split or stem search text on its own.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { foldWord } from './fold.js';
import { STOP_WORDS } from './stop-words.js';
import { forEachWord } from './words.js';

export { forEachWord };

export interface Token {
  /** Stemmed, folded term as stored in the index. */
  term: string;
  /** Folded surface word before stemming (for spelling suggestions). */
  surface: string;
  /** Position counted over all words, stop words included, so phrase gaps stay exact. */
  position: number;
  /** Offsets into the original string (the surface text, for highlighting). */
  start: number;
  end: number;
}

// Porter leaves irregular plurals alone; "children" against "child" matters in this corpus.
const IRREGULAR: Record<string, string> = {
  children: 'child', women: 'woman', men: 'man', people: 'person', persons: 'person',
};

// Stemming costs ~3 µs a word; the vocabulary repeats, so a bounded cache removes it
// from the hot path (highlighting, queries). Cleared wholesale when full: simple and
// good enough for a corpus whose vocabulary is a few thousand words.
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

// Where Porter splits one word family into two stems, the one the other forms take:
// "liability" → "liabil" but "liable" → "liabl" (its -biliti rule needs a longer stem), and
// "identification" → "identif" but "identify", "identifying", "identified" → "identifi".
// "criminal liability" must find "criminally liable", "victim identification" "identifying victims".
const STEM_FIXES: [RegExp, string][] = [[/([ai])bil$/, '$1bl'], [/if$/, 'ifi']];
const fixStem = (stem: string): string => STEM_FIXES.reduce((s, [pattern, by]) => s.replace(pattern, by), stem);

/** Stem one already folded, non-stop word. */
export function stemWord(folded: string): string {
  const cached = stemCache.get(folded);
  if (cached !== undefined) return cached;
  const stem = IRREGULAR[folded] ?? (/\d/.test(folded) ? folded : fixStem(PorterStemmer.stem(folded)));
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(folded, stem);
  return stem;
}

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** Terms of a text with positions and offsets; stop words take a position but yield no token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (start, end, position) => {
    const surface = foldWord(text.slice(start, end));
    if (!STOP_WORDS.has(surface)) tokens.push({ term: stemWord(surface), surface, position, start, end });
  });
  return tokens;
}

/** Just the terms, for callers that need no offsets. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
