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

function push<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [index]);
  // An item citing the same target in several footnotes is listed once.
  else if (list[list.length - 1] !== index) list.push(index);
}

function allRefs(item: Item): Refs[] {
  const refs: Refs[] = item.refs ? [item.refs] : [];
  for (const note of item.footnotes ?? []) if (note.refs) refs.push(note.refs);
  return refs;
}

/** The links as positions in `items`, each list in document order (a shard writes them for its items). */
export interface LinkPositions {
  children: Map<string, number[]>;
  replies: Map<string, number[]>;
  /** Keyed by normaliseRecommendationId. */
  citingRecommendation: Map<string, number[]>;
  citingParagraph: Map<number, number[]>;
}

export function linkPositions(items: readonly Item[]): LinkPositions {
  const links: LinkPositions = { children: new Map(), replies: new Map(), citingRecommendation: new Map(), citingParagraph: new Map() };
  items.forEach((item, index) => {
    if (item.parentId !== undefined) push(links.children, item.parentId, index);
    if (item.respondsTo !== undefined) push(links.replies, item.respondsTo, index);
    for (const refs of allRefs(item)) {
      for (const rec of refs.recommendations) push(links.citingRecommendation, normaliseRecommendationId(rec), index);
      for (const n of refs.paragraphs) push(links.citingParagraph, n, index);
    }
  });
  return links;
}

export function buildCorpusLinks(items: readonly Item[]): CorpusLinks {
  const byId = new Map<string, Item>(items.map((item) => [item.id, item]));
  const links = linkPositions(items);
  const at = (positions: number[] | undefined): Item[] => (positions ?? []).map((i) => items[i]);
  return {
    byId: (id) => byId.get(id),
    children: (id) => at(links.children.get(id)),
    replies: (id) => at(links.replies.get(id)),
    citingRecommendation: (id) => at(links.citingRecommendation.get(normaliseRecommendationId(id))),
    citingParagraph: (n) => at(links.citingParagraph.get(n)),
  };
}
