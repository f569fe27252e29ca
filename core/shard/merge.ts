// Merging shard answers into the answer the unsharded engine gives: hits ordered by the
// engine's own keys (clauses matched, score, then year or deadline for those sorts, then
// document order), paging applied after the merge, facet counts summed.
import { DEFAULT_LIMIT, MAX_LIMIT } from '../search/engine.js';
import type { SearchParams, SearchResult, Sort } from '../search/index.js';
import type { ShardKey, ShardRanking } from './types.js';

export interface Page { offset: number; limit: number }

/** The page the unsharded engine would serve for these params (same defaults and caps). */
export function pageOf(params: SearchParams): Page {
  return {
    offset: wholeNumber(params.offset, 0, Number.MAX_SAFE_INTEGER),
    limit: wholeNumber(params.limit, DEFAULT_LIMIT, MAX_LIMIT),
  };
}

/** A hit of the merged page: which shard holds it, its key there and the key's place in that shard's list. */
export interface PlacedKey { shard: number; key: ShardKey; at: number }

export interface MergedRanking extends Omit<SearchResult, 'hits'> {
  /** The page's hits in order, each still to be read from its shard. */
  page: PlacedKey[];
}

export function mergeShardRankings(rankings: readonly ShardRanking[], sort: Sort | undefined, page: Page): MergedRanking {
  if (rankings.length === 0) throw new Error('no shard answered: a coordinator needs at least one shard');
  const compare = keyComparator(sort ?? 'relevance');
  const placed = rankings.flatMap((ranking, shard) => ranking.keys.map((key, at): PlacedKey => ({ shard, key, at })));
  placed.sort((a, b) => compare(a.key, b.key));
  return {
    count: rankings.reduce((sum, ranking) => sum + ranking.count, 0),
    page: placed.slice(page.offset, page.offset + page.limit),
    facets: sumFacets(rankings.map((ranking) => ranking.facets)),
    parsed: mergeParsed(rankings.map((ranking) => ranking.parsed)),
  };
}

type Reading = SearchResult['parsed'];

/**
 * Every shard carries the whole vocabulary, so all of them read the query alike, except for
 * what depends on their own items: how many items cite a citation (summed), and whether a
 * word or phrase is found nowhere (only if no shard found it) or a citation cited by none.
 */
export function mergeParsed(all: readonly Reading[]): Reading {
  const [first] = all;
  const citations = first.citations.map((citation, k) => ({ ...citation, items: all.reduce((sum, parsed) => sum + (parsed.citations[k]?.items ?? 0), 0) }));
  const everywhere = (notice: Reading['notices'][number]) =>
    all.every((parsed) => parsed.notices.some((other) => other.code === notice.code && other.message === notice.message));
  const notices = first.notices.filter((notice) => {
    if (notice.code === 'not-found') return everywhere(notice);
    if (notice.code === 'not-cited') return citations.some((c) => c.items === 0 && notice.subject?.includes(c.typed));
    return true;
  });
  return { ...first, citations, notices };
}

type Facets = SearchResult['facets'];

/** Counts added per value, ordered as the engine orders them: most frequent first, then by value. */
export function sumFacets(all: readonly Facets[]): Facets {
  const sums = new Map<string, Map<string, number>>();
  for (const facets of all) {
    for (const [field, counts] of Object.entries(facets)) {
      let sum = sums.get(field);
      if (!sum) sums.set(field, (sum = new Map()));
      for (const [value, count] of Object.entries(counts)) sum.set(value, (sum.get(value) ?? 0) + count);
    }
  }
  const merged: Record<string, Record<string, number>> = {};
  for (const [field, sum] of sums) {
    const ordered = [...sum].sort(([va, ca], [vb, cb]) => cb - ca || (va < vb ? -1 : 1));
    merged[field] = Object.fromEntries(ordered);
  }
  return merged as Facets;
}

type KeyCompare = (a: ShardKey, b: ShardKey) => number;

function keyComparator(sort: Sort): KeyCompare {
  // Queries without words rank every hit [0, 0]: relevance then falls through to document order.
  const relevance: KeyCompare = (a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1];
  const deadline = (key: ShardKey) => key.deadline ?? Infinity;
  switch (sort) {
    case 'relevance': return (a, b) => relevance(a, b) || a.order - b.order;
    case 'document': return (a, b) => a.order - b.order;
    case 'year': return (a, b) => b.year - a.year || relevance(a, b) || a.order - b.order;
    case 'deadline': return (a, b) => compareNumbers(deadline(a), deadline(b)) || relevance(a, b) || a.order - b.order;
  }
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function wholeNumber(value: number | undefined, fallback: number, max: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(0, Math.floor(value)));
}
