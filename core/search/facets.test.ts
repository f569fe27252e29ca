// Facet columns of every width count and filter alike: bytes for a few values, 16 bits for a
// series' documents, 32 bits beyond.
import { describe, expect, it } from 'vitest';
import { ALL_FACET_FIELDS, FacetTable, type FacetColumnsView } from './facets.js';

/** A table whose `document` column gives even item i the value `d<(i / 2) % valueCount>` (every value at least once when there are items enough; odd items none). */
function tableWith(valueCount: number, itemCount: number): FacetTable {
  const empty = { values: [], start: new Uint32Array(itemCount + 1), ids: new Uint32Array(0) };
  const columns = Object.fromEntries(ALL_FACET_FIELDS.map((field) => [field, empty])) as unknown as FacetColumnsView;
  const start = new Uint32Array(itemCount + 1);
  const ids: number[] = [];
  for (let i = 0; i < itemCount; i++) {
    if (i % 2 === 0) ids.push((i >> 1) % valueCount);
    start[i + 1] = ids.length;
  }
  columns.document = { values: Array.from({ length: valueCount }, (_, v) => `d${v}`), start, ids: Uint32Array.from(ids) };
  return new FacetTable(columns, [], itemCount);
}

describe('facet columns', () => {
  it.each([[3, 10], [254, 600], [255, 600], [256, 600], [300, 700], [65_534, 140_000], [65_535, 140_000], [65_536, 140_000], [70_000, 140_002]])('count and filter %i values over %i items', (valueCount, itemCount) => {
    const table = tableWith(valueCount, itemCount);
    const all = Int32Array.from({ length: itemCount }, (_, i) => i);
    const counts = table.count(all, ['document']).document as Record<string, number>;
    const expected = new Map<string, number>();
    for (let i = 0; i < itemCount; i += 2) expected.set(`d${(i >> 1) % valueCount}`, (expected.get(`d${(i >> 1) % valueCount}`) ?? 0) + 1);
    expect(expected.size).toBe(valueCount);
    expect(Object.keys(counts).length).toBe(expected.size);
    for (const [value, count] of expected) expect(counts[value], value).toBe(count);
    const last = `d${valueCount - 1}`;
    const test = table.compile({ document: [last] })!;
    const kept = Array.from(all).filter(test);
    expect(kept.length).toBe(expected.get(last) ?? 0);
    expect(kept.every((i) => i % 2 === 0 && (i >> 1) % valueCount === valueCount - 1)).toBe(true);
  });
});
