// N× corpora: every base item replicated N−1 times with new ids and documents and lightly
// varied text (a few words per hundred swapped for other corpus words or turned into new
// word forms), so that the vocabulary grows and term statistics differ between replicas
// instead of every posting list simply repeating. Deterministic: same base, same output.
import type { Item } from '../core/schema.js';

/** Share of words changed in each replica; half swapped, half turned into new forms. */
const VARIATION_RATE = 0.05;
const SYLLABLES = ['an', 'el', 'or', 'is', 'um', 'et', 'ar', 'on', 'ix', 'ul', 'ia', 'en', 'os', 'ut', 'ad', 'im'];
const WORD = /\p{L}{3,}/gu;

/** mulberry32: a tiny seeded PRNG, enough for reproducible variation. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabularyOf(items: readonly Item[]): string[] {
  const words = new Set<string>();
  for (const item of items) for (const match of item.text.matchAll(WORD)) words.add(match[0].toLowerCase());
  return [...words].sort();
}

function vary(text: string, next: () => number, vocabulary: readonly string[]): string {
  return text.replace(WORD, (word) => {
    const roll = next();
    if (roll >= VARIATION_RATE) return word;
    if (roll < VARIATION_RATE / 2) return vocabulary[Math.floor(next() * vocabulary.length)];
    return word + SYLLABLES[Math.floor(next() * SYLLABLES.length)] + SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  });
}

/**
 * A replica's id keeps the indexer's shape "<document>/<kind>/<label>" with the replica's
 * document ("<document>~<n>"): a sharded deployment finds an item's shard by that prefix.
 */
function replicaIds(base: readonly Item[], replica: number): (id: string | undefined) => string | undefined {
  const documentOf = new Map(base.map((item) => [item.id, item.document]));
  return (id) => {
    if (id === undefined) return undefined;
    const document = documentOf.get(id);
    return document !== undefined && id.startsWith(`${document}/`) ? `${document}~${replica}${id.slice(document.length)}` : `${id}~${replica}`;
  };
}

export function replicateCorpus(base: readonly Item[], factor: number): Item[] {
  if (factor <= 1) return [...base];
  const vocabulary = vocabularyOf(base);
  const items: Item[] = [...base];
  for (let replica = 1; replica < factor; replica++) {
    const next = random(replica * 7919);
    const suffixed = replicaIds(base, replica);
    for (const item of base) {
      const copy: Item = {
        ...item,
        id: suffixed(item.id)!,
        document: `${item.document}~${replica}`,
        text: vary(item.text, next, vocabulary),
      };
      if (item.title !== undefined) copy.title = vary(item.title, next, vocabulary);
      if (item.parentId !== undefined) copy.parentId = suffixed(item.parentId);
      if (item.respondsTo !== undefined) copy.respondsTo = suffixed(item.respondsTo);
      items.push(copy);
    }
  }
  return items;
}

/** The base corpus' documents, one copy per replica, named as replicateCorpus names them. */
export function replicateDocuments<D extends { id: string }>(documents: readonly D[], factor: number): D[] {
  const copies: D[] = [...documents];
  for (let replica = 1; replica < factor; replica++) for (const document of documents) copies.push({ ...document, id: `${document.id}~${replica}` });
  return copies;
}
