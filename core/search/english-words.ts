// Which ordinary English words the typo corrector must leave alone (indexer side). A word no
// item contains is corrected to the nearest indexed word; when it is a real English word
// ("phrase", near the indexed "phase"), that rewrite changes what the user asked. Only the
// words within the corrector's reach of the vocabulary matter, so only they go into the
// snapshot (about 5,000 of the list's 63,000). Printed words, not stems: a typo often stems
// like a real word ("trafficing" and "traffic" both stem to "traffic").
//
// Reach is found with deletion neighbourhoods: two words within k edits share a string left
// by at most k deletions from each. The deletion strings are never built: each is a 32-bit
// polynomial hash computed from prefix and suffix hashes, so testing the whole word list
// costs integer arithmetic, and the few hash hits are confirmed with the corrector's own edit
// distance. Stemming (the slow part) runs only for the words in reach, to leave out the words
// whose stem the index has (those are never corrected).
import { isStopWord, stemWord } from '../text/tokenize.js';
import { editDistance, maxEdits } from './spelling.js';

const BASE = 131;

// prefix[i]: hash of word[0, i); suffix[i]: hash of word[i, n); power[k] = BASE^k (reused).
let prefix = new Int32Array(64);
let suffix = new Int32Array(64);
let power = new Int32Array(64);

/** Calls back with the hash of every string left by deleting 0..depth letters from the word. */
function forEachDeletion(word: string, depth: number, visit: (hash: number) => boolean | void): boolean {
  const n = word.length;
  if (prefix.length <= n) { prefix = new Int32Array(2 * n + 2); suffix = new Int32Array(2 * n + 2); power = new Int32Array(2 * n + 2); }
  suffix[n] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i], BASE) + word.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i], BASE);
  }
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(word.charCodeAt(i), power[n - 1 - i]) + suffix[i + 1]) | 0;
  // The substring hash word[a, b) from prefix hashes.
  const middle = (a: number, b: number) => (prefix[b] - Math.imul(prefix[a], power[b - a])) | 0;
  if (visit(prefix[n]) === true) return true;
  if (depth < 1) return false;
  for (let i = 0; i < n; i++) {
    if (visit((Math.imul(prefix[i], power[n - 1 - i]) + suffix[i + 1]) | 0) === true) return true;
  }
  if (depth < 2) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const head = Math.imul(prefix[i], power[n - 2 - i]);
      const mid = Math.imul(middle(i + 1, j), power[n - 1 - j]);
      if (visit((head + mid + suffix[j + 1]) | 0) === true) return true;
    }
  }
  return false;
}

/** The English words (folded) that the corrector would rewrite to an indexed word, sorted. */
export function englishNearVocabulary(english: Iterable<string>, terms: readonly string[], surfaces: readonly string[]): string[] {
  const known = new Set(terms);
  const printed = new Set(surfaces);
  const vocabulary = [...new Set([...terms, ...surfaces])].filter((word) => word.length > 0 && !/\d/.test(word));
  // Per edit budget (1 or 2), deletion hashes of the vocabulary → the words they come from.
  const byBudget = [1, 2].map((budget) => {
    const index = new Map<number, number[]>();
    vocabulary.forEach((word, id) => {
      forEachDeletion(word, budget, (hash) => {
        const ids = index.get(hash);
        if (!ids) index.set(hash, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      });
    });
    return index;
  });
  const near = new Set<string>();
  for (const word of english) {
    if (word.length < 4 || printed.has(word) || !/^[a-z]+$/.test(word) || isStopWord(word)) continue;
    const limit = maxEdits(word.length);
    if (limit === 0) continue;
    const index = byBudget[limit - 1];
    const reached = forEachDeletion(word, limit, (hash) => {
      for (const id of index.get(hash) ?? []) if (editDistance(word, vocabulary[id], limit) <= limit) return true;
      return false;
    });
    if (reached && !known.has(stemWord(word))) near.add(word);
  }
  return [...near].sort();
}
