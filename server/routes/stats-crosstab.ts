// Cross-tabulation for /api/stats?by=theme,year: counts of items by every combination of
// the named fields ("legal-framework|2023" → n), optionally for one item type. The corpus is
// small and immutable, so this is computed on request and cached per combination.
import type { Item } from '../../core/schema.js';
import { statusOfFulfilment, type FacetColumnsView } from '../../core/search/facets.js';

export const CROSSTAB_FIELDS = ['type', 'urgency', 'theme', 'body', 'year', 'document', 'addressee', 'status'] as const;
export type CrosstabField = (typeof CROSSTAB_FIELDS)[number];

function valuesOf(item: Item, field: CrosstabField): string[] {
  if (field === 'theme') return item.themes;
  const v = item[field];
  return v === undefined ? [] : [String(v)];
}

export function crosstab(items: readonly Item[], by: readonly CrosstabField[], types?: readonly string[]): Record<string, number> {
  return countCombinations(items.length, (i, field) => valuesOf(items[i], field), by, types);
}

/**
 * The same counts from the search snapshot's facet columns, for a shard that does not hold its
 * items in the isolate: every crosstab field is a facet (status as its fulfilment value).
 */
export function crosstabOfColumns(columns: FacetColumnsView, count: number, by: readonly CrosstabField[], types?: readonly string[]): Record<string, number> {
  const read = (field: keyof FacetColumnsView, i: number): string[] => {
    const { values, start, ids } = columns[field];
    // Array.from, not map: a packed snapshot's ids are a Uint32Array, whose map keeps numbers.
    return Array.from(ids.slice(start[i], start[i + 1]), (id) => values[id]);
  };
  return countCombinations(count, (i, field) => {
    if (field !== 'status') return read(field, i);
    return read('fulfilment', i).map((value) => statusOfFulfilment(value) ?? value);
  }, by, types);
}

function countCombinations(
  count: number, valuesAt: (i: number, field: CrosstabField) => string[], by: readonly CrosstabField[], types?: readonly string[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    if (types?.length && !valuesAt(i, 'type').some((type) => types.includes(type))) continue;
    let keys: string[] = [''];
    for (const field of by) {
      const values = valuesAt(i, field);
      keys = keys.flatMap((k) => values.map((v) => (k ? `${k}|${v}` : v)));
    }
    for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
