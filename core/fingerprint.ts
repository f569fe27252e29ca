// Fast synchronous string hashes, for telling versions apart, not for security. Synchronous
// on purpose: they run while a Worker isolate starts or answers, where awaiting crypto.subtle
// would force lazy initialisation into every caller.
import type { Item } from './schema.js';

/** cyrb53: a 53-bit string hash; collisions only matter between two versions of the same data. */
export function cyrb53(text: string, seed = 0): number {
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

/**
 * 32 bits of an item's JSON, which the search snapshot records per item: a server can then
 * tell an item edited after indexing (a stale index) from the one that was indexed. JSON text
 * survives a JSON.parse round trip unchanged, so the parsed item hashes as the built one did.
 */
export const itemFingerprint = (item: Item): number => cyrb53(JSON.stringify(item)) % 4294967296;
