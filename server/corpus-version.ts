// A version id for the corpus, used in ETags. The corpus is immutable per deploy, so a hash
// of its files identifies every API answer's data.
import { cyrb53 } from '../core/fingerprint.js';

/** Chains the files through the seed, so moving text from one file to another changes the id. */
export function corpusVersion(files: readonly string[]): string {
  let hash = 0;
  for (const text of files) hash = cyrb53(text, hash % 0x100000000);
  return hash.toString(36);
}
