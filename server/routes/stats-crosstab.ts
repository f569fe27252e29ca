// Cross-tabulation for /api/stats?by=theme,year: counts of items by every combination of
// the named fields ("legal-framework|2023" → n), optionally for one item type. The corpus is
// small and immutable, so this is computed on request and cached per combination.
import type { Item } from '../../core/schema.js';

export const CROSSTAB_FIELDS = ['type', 'urgency', 'theme', 'body', 'year', 'document', 'addressee', 'status'] as const;
export type CrosstabField = (typeof CROSSTAB_FIELDS)[number];

function valuesOf(item: Item, field: CrosstabField): string[] {
  if (field === 'theme') return item.themes;
  const v = item[field];
  return v === undefined ? [] : [String(v)];
}

export function crosstab(items: readonly Item[], by: readonly CrosstabField[], types?: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    if (types?.length && !types.includes(item.type)) continue;
    let keys: string[] = [''];
    for (const field of by) {
      const values = valuesOf(item, field);
      keys = keys.flatMap((k) => values.map((v) => (k ? `${k}|${v}` : v)));
    }
    for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
