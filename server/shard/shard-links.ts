// What a shard needs of its items' links without holding the items: for each parent, answered
// item, recommendation and paragraph, the positions of the shard's items linked to it. Written
// by write-shards.ts (shard-links.json), read by the shard Worker. (Each item's own parent, which
// a search's hits need, is in the packed snapshot: splitSnapshot.)
import type { Item } from '../../core/schema.js';
import { linkPositions, normaliseRecommendationId } from '../corpus-links.js';

/** shard-links.json */
export interface ShardLinksFile {
  children: Record<string, number[]>;
  replies: Record<string, number[]>;
  recommendations: Record<string, number[]>;
  paragraphs: Record<string, number[]>;
}

export interface ShardLinks {
  children(id: string): readonly number[];
  replies(id: string): readonly number[];
  citingRecommendation(id: string): readonly number[];
  citingParagraph(n: number): readonly number[];
}

export function shardLinksFile(items: readonly Item[]): ShardLinksFile {
  const links = linkPositions(items);
  return {
    children: Object.fromEntries(links.children),
    replies: Object.fromEntries(links.replies),
    recommendations: Object.fromEntries(links.citingRecommendation),
    paragraphs: Object.fromEntries(links.citingParagraph),
  };
}

/**
 * Reads shard-links.json for a shard of `itemCount` items; maps, not the parsed objects, answer
 * lookups (an id may be "constructor"). Only the item and refs routes look links up, never a
 * search, so the text is parsed and checked on the first lookup, not while the isolate starts
 * (at 30,000 items it was a third of a shard's start-up); a bad file fails that lookup.
 */
export function parseShardLinks(text: string, itemCount: number): ShardLinks {
  let parsed: { children: Map<string, number[]>; replies: Map<string, number[]>; recommendations: Map<string, number[]>; paragraphs: Map<string, number[]> } | undefined;
  const maps = () => (parsed ??= parseLinkMaps(text, itemCount));
  return {
    children: (id) => maps().children.get(id) ?? [],
    replies: (id) => maps().replies.get(id) ?? [],
    citingRecommendation: (id) => maps().recommendations.get(normaliseRecommendationId(id)) ?? [],
    citingParagraph: (n) => maps().paragraphs.get(String(n)) ?? [],
  };
}

function parseLinkMaps(text: string, itemCount: number) {
  const file = JSON.parse(text) as Partial<ShardLinksFile>;
  if (!file.children || !file.replies || !file.recommendations || !file.paragraphs) {
    throw new Error('shard-links.json lacks children, replies, recommendations or paragraphs: write the shards again');
  }
  const map = (name: keyof ShardLinksFile) => {
    const entries = Object.entries(file[name]!);
    for (const [key, positions] of entries) {
      if (!Array.isArray(positions) || !positions.every((p) => Number.isInteger(p) && p >= 0 && p < itemCount)) {
        throw new Error(`shard-links.json ${name}[${JSON.stringify(key)}] is not a list of item positions below ${itemCount}: write the shards again`);
      }
    }
    return new Map<string, number[]>(entries);
  };
  return { children: map('children'), replies: map('replies'), recommendations: map('recommendations'), paragraphs: map('paragraphs') };
}
