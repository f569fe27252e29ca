// Result ordering and page selection. Every order ends with document order (the item's
// index), so equal keys never swap between requests and pagination is stable.
import { dueSortKey } from '../due.js';
import type { Sort } from './types.js';

/** Negative when item a comes first. */
export type Compare = (a: number, b: number) => number;

export interface RankSignals {
  /** Clauses matched per item (more first), only meaningful for matched items. */
  tier: Uint8Array;
  score: Float64Array;
}

/**
 * Where an item falls when sorted by deadline: by its normalised deadline (`due`, see
 * core/due.ts) when the indexer could read one, else by the printed deadline as best it reads.
 */
export function deadlineKey(deadline: string | undefined, due?: string): number {
  const normal = due === undefined ? undefined : dueSortKey(due);
  if (normal !== undefined) return normal;
  if (!deadline) return Infinity;
  const iso = /(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(deadline);
  if (iso) return Number(iso[1]) * 10000 + Number(iso[2]) * 100 + Number(iso[3] ?? 0);
  const european = /(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})/.exec(deadline);
  if (european) return Number(european[3]) * 10000 + Number(european[2]) * 100 + Number(european[1]);
  const monthYear = /(\d{1,2})\s*\/\s*(\d{4})/.exec(deadline);
  if (monthYear) return Number(monthYear[2]) * 10000 + Number(monthYear[1]) * 100;
  // A bare year ("2025", "by the end of 2025") means the end of that year.
  const year = /\b(19|20)\d{2}\b/.exec(deadline);
  if (year) return Number(year[0]) * 10000 + 1231;
  // Printed but undated ("continuously"): after dated ones, before items without one.
  return Number.MAX_SAFE_INTEGER;
}

export function comparator(sort: Sort, hasQuery: boolean, signals: RankSignals, years: Int32Array, deadlines: Float64Array): Compare {
  const byRelevance: Compare = (a, b) => signals.tier[b] - signals.tier[a] || signals.score[b] - signals.score[a];
  const relevance: Compare = hasQuery ? byRelevance : () => 0;
  switch (sort) {
    case 'relevance': return (a, b) => relevance(a, b) || a - b;
    case 'document': return (a, b) => a - b;
    // Newest first; within a year, the best matches first.
    case 'year': return (a, b) => years[b] - years[a] || relevance(a, b) || a - b;
    case 'deadline': return (a, b) => compareNumbers(deadlines[a], deadlines[b]) || relevance(a, b) || a - b;
  }
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * The first `count` items in order. For a page near the top of a long result list a
 * bounded insertion keeps the cost near one pass instead of sorting everything.
 */
export function firstInOrder(items: ArrayLike<number>, count: number, compare: Compare): number[] {
  if (count <= 0) return [];
  if (count * 8 >= items.length) return Array.from(items).sort(compare).slice(0, count);
  const best: number[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (best.length === count && compare(item, best[count - 1]) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, best[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}
