// Links between items, indexed once at load so item and refs lookups are map reads:
// parts of an item, replies to it, and which items cite a recommendation or a paragraph.
import type { Item, Refs } from '../core/schema.js';

export interface CorpusLinks {
  byId(id: string): Item | undefined;
  /** Items whose parentId is `id`, in document order. */
  children(id: string): Item[];
  /** Items whose respondsTo is `id` (replies, answers), in document order. */
  replies(id: string): Item[];
  /** Items citing a recommendation ("III-25"), through their refs or their footnotes' refs. */
  citingRecommendation(recommendationId: string): Item[];
  /** Items citing paragraph `n` of a report, through their refs or their footnotes' refs. */
  citingParagraph(n: number): Item[];
}

/** Recommendation ids are printed with roman numerals; users type them in either case. */
export const normaliseRecommendationId = (id: string): string => id.trim().toUpperCase();

function push<K>(map: Map<K, Item[]>, key: K, item: Item): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  // An item citing the same target in several footnotes is listed once.
  else if (list[list.length - 1] !== item) list.push(item);
}

function allRefs(item: Item): Refs[] {
  const refs: Refs[] = item.refs ? [item.refs] : [];
  for (const note of item.footnotes ?? []) if (note.refs) refs.push(note.refs);
  return refs;
}

export function buildCorpusLinks(items: readonly Item[]): CorpusLinks {
  const byId = new Map<string, Item>();
  const children = new Map<string, Item[]>();
  const replies = new Map<string, Item[]>();
  const byRecommendation = new Map<string, Item[]>();
  const byParagraph = new Map<number, Item[]>();
  for (const item of items) {
    byId.set(item.id, item);
    if (item.parentId !== undefined) push(children, item.parentId, item);
    if (item.respondsTo !== undefined) push(replies, item.respondsTo, item);
    for (const refs of allRefs(item)) {
      for (const rec of refs.recommendations) push(byRecommendation, normaliseRecommendationId(rec), item);
      for (const n of refs.paragraphs) push(byParagraph, n, item);
    }
  }
  return {
    byId: (id) => byId.get(id),
    children: (id) => children.get(id) ?? [],
    replies: (id) => replies.get(id) ?? [],
    citingRecommendation: (id) => byRecommendation.get(normaliseRecommendationId(id)) ?? [],
    citingParagraph: (n) => byParagraph.get(n) ?? [],
  };
}
