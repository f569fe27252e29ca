// What a shard needs of its items' links without holding the items: for each parent, answered
// item, recommendation and paragraph, the positions of the shard's items linked to it, and
// the prefix of the items' keys in Workers KV. Written by write-shards.ts (shard-links.json),
// read by the shard Worker.
import type { Item } from '../../core/schema.js';
import { linkPositions, normaliseRecommendationId } from '../corpus-links.js';

/** shard-links.json */
export interface ShardLinksFile {
  keyPrefix: string;
  children: Record<string, number[]>;
  replies: Record<string, number[]>;
  recommendations: Record<string, number[]>;
  paragraphs: Record<string, number[]>;
  /** [item, its parent] for every item whose parent the shard holds, by position. */
  parents: [item: number, parent: number][];
}

export interface ShardLinks {
  keyPrefix: string;
  children(id: string): readonly number[];
  replies(id: string): readonly number[];
  citingRecommendation(id: string): readonly number[];
  citingParagraph(n: number): readonly number[];
  /** The position of the item's parent when the shard holds it. */
  parentOf(index: number): number | undefined;
}

export function shardLinksFile(items: readonly Item[], keyPrefix: string): ShardLinksFile {
  const links = linkPositions(items);
  const positionOf = new Map(items.map((item, i) => [item.id, i]));
  return {
    keyPrefix,
    children: Object.fromEntries(links.children),
    replies: Object.fromEntries(links.replies),
    recommendations: Object.fromEntries(links.citingRecommendation),
    paragraphs: Object.fromEntries(links.citingParagraph),
    parents: items.flatMap((item, i): [number, number][] => {
      const parent = item.parentId === undefined ? undefined : positionOf.get(item.parentId);
      return parent === undefined ? [] : [[i, parent]];
    }),
  };
}

/**
 * Parses shard-links.json for a shard of `itemCount` items; maps, not the parsed objects,
 * answer lookups (an id may be "constructor"). It runs as the isolate starts, so the parents
 * come as positions written with the shard rather than found through a map of every id.
 */
export function parseShardLinks(text: string, itemCount: number): ShardLinks {
  const file = JSON.parse(text) as Partial<ShardLinksFile>;
  if (typeof file.keyPrefix !== 'string' || !file.children || !file.replies || !file.recommendations || !file.paragraphs || !Array.isArray(file.parents)) {
    throw new Error('shard-links.json lacks keyPrefix, children, replies, recommendations, paragraphs or parents: write the shards again');
  }
  const isPosition = (p: unknown) => Number.isInteger(p) && (p as number) >= 0 && (p as number) < itemCount;
  const map = (name: keyof Omit<ShardLinksFile, 'keyPrefix'>) => {
    const entries = Object.entries(file[name]!);
    for (const [key, positions] of entries) {
      if (!Array.isArray(positions) || !positions.every(isPosition)) {
        throw new Error(`shard-links.json ${name}[${JSON.stringify(key)}] is not a list of item positions below ${itemCount}: write the shards again`);
      }
    }
    return new Map<string, number[]>(entries);
  };
  const children = map('children');
  const replies = map('replies');
  const recommendations = map('recommendations');
  const paragraphs = map('paragraphs');
  const parents = new Int32Array(itemCount).fill(-1);
  for (const pair of file.parents) {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every(isPosition)) {
      throw new Error(`shard-links.json parents holds ${JSON.stringify(pair)}, not [item, parent] positions below ${itemCount}: write the shards again`);
    }
    parents[pair[0]] = pair[1];
  }
  return {
    parentOf: (index) => (parents[index] >= 0 ? parents[index] : undefined),
    keyPrefix: file.keyPrefix,
    children: (id) => children.get(id) ?? [],
    replies: (id) => replies.get(id) ?? [],
    citingRecommendation: (id) => recommendations.get(normaliseRecommendationId(id)) ?? [],
    citingParagraph: (n) => paragraphs.get(String(n)) ?? [],
  };
}
