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
  return {
    keyPrefix,
    children: Object.fromEntries(links.children),
    replies: Object.fromEntries(links.replies),
    recommendations: Object.fromEntries(links.citingRecommendation),
    paragraphs: Object.fromEntries(links.citingParagraph),
  };
}

/** Parses shard-links.json; maps, not the parsed objects, answer lookups (an id may be "constructor"). */
export function parseShardLinks(text: string, ids: readonly string[]): ShardLinks {
  const itemCount = ids.length;
  const file = JSON.parse(text) as Partial<ShardLinksFile>;
  if (typeof file.keyPrefix !== 'string' || !file.children || !file.replies || !file.recommendations || !file.paragraphs) {
    throw new Error('shard-links.json lacks keyPrefix, children, replies, recommendations or paragraphs: write the shards again');
  }
  const map = (name: keyof Omit<ShardLinksFile, 'keyPrefix'>) => {
    const entries = Object.entries(file[name]!);
    for (const [key, positions] of entries) {
      if (!Array.isArray(positions) || positions.some((p) => !Number.isInteger(p) || p < 0 || p >= itemCount)) {
        throw new Error(`shard-links.json ${name}[${JSON.stringify(key)}] is not a list of item positions below ${itemCount}: write the shards again`);
      }
    }
    return new Map<string, number[]>(entries);
  };
  const children = map('children');
  const replies = map('replies');
  const recommendations = map('recommendations');
  const paragraphs = map('paragraphs');
  const localOf = new Map(ids.map((id, local) => [id, local]));
  const parents = new Int32Array(itemCount).fill(-1);
  for (const [parentId, kids] of children) {
    const parent = localOf.get(parentId);
    if (parent !== undefined) for (const kid of kids) parents[kid] = parent;
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
