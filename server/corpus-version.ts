// A version id for the corpus, used in ETags. The corpus is immutable per deploy, so a hash
// of its files identifies every API answer's data. Synchronous on purpose: it runs while the
// Worker isolate starts, where awaiting crypto.subtle would force lazy initialisation.

/** cyrb53: a fast 53-bit string hash; collisions only matter between two deploys' corpora. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Chains the files through the seed, so moving text from one file to another changes the id. */
export function corpusVersion(files: readonly string[]): string {
  let hash = 0;
  for (const text of files) hash = cyrb53(text, hash % 0x100000000);
  return hash.toString(36);
}
