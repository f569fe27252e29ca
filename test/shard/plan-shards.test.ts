// planShards: every item in exactly one shard, groups never split, shards within the
// maximum unless one group alone is larger.
import { describe, expect, it } from 'vitest';
import { makeItem } from '../support/search-fixtures.js';
import { fromRuns, planShards, toRuns } from '../../core/shard/index.js';

/** Items of documents a, b, c… with the given sizes, in that order. */
function corpus(...sizes: [string, number][]) {
  return sizes.flatMap(([document, size]) => Array.from({ length: size }, (_, k) => makeItem(`${document}/${k}`, `text ${k}`, { document })));
}

describe('planShards', () => {
  const cases: { sizes: [string, number][]; max: number; expected: string[][]; note: string }[] = [
    { sizes: [['a', 3], ['b', 3], ['c', 3]], max: 6, expected: [['a', 'b'], ['c']], note: 'fills a shard, then starts the next' },
    { sizes: [['a', 3], ['b', 3], ['c', 3]], max: 5, expected: [['a'], ['b'], ['c']], note: 'never splits a document to fill a shard' },
    { sizes: [['a', 2], ['b', 9], ['c', 2]], max: 4, expected: [['a'], ['b'], ['c']], note: 'a document larger than the maximum gets a shard of its own' },
    { sizes: [['a', 4]], max: 100, expected: [['a']], note: 'one shard when everything fits' },
    { sizes: [], max: 3, expected: [], note: 'no items, no shards' },
  ];
  it.each(cases)('$note', ({ sizes, max, expected }) => {
    const items = corpus(...sizes);
    const plan = planShards(items, max);
    expect(plan.shards.map((s) => s.groups)).toEqual(expected);
    expect(plan.shards.flatMap((s) => s.ordinals)).toEqual(items.map((_, i) => i));
    for (const shard of plan.shards) expect(shard.oversized).toBe(shard.ordinals.length > max);
  });

  it('keeps a document whole when its items are not contiguous, ordinals ascending', () => {
    const items = [...corpus(['a', 2], ['b', 2]), ...corpus(['a', 2])].map((item, i) => ({ ...item, id: `${item.id}#${i}` }));
    const plan = planShards(items, 4);
    expect(plan.shards.map((s) => s.ordinals)).toEqual([[0, 1, 4, 5], [2, 3]]);
  });

  it('groups by another key when asked (e.g. by body)', () => {
    const items = corpus(['a', 2], ['b', 2], ['c', 2]).map((item) => ({ ...item, body: item.document === 'c' ? 'X' : 'Y' }));
    expect(planShards(items, 4, { groupOf: (item) => item.body }).shards.map((s) => s.groups)).toEqual([['Y'], ['X']]);
  });

  it('refuses a maximum that is not a positive integer', () => {
    expect(() => planShards(corpus(['a', 1]), 0)).toThrow(/positive integer/);
    expect(() => planShards(corpus(['a', 1]), 2.5)).toThrow(/positive integer/);
  });
});

describe('ordinal runs', () => {
  it.each([[[]], [[0, 1, 2]], [[3, 4, 9, 10, 11, 20]], [[7]]])('round-trips %j', (ordinals) => {
    expect(fromRuns(toRuns(ordinals))).toEqual(ordinals);
  });
  it('compresses contiguous ordinals', () => {
    expect(toRuns([3, 4, 9, 10, 11, 20])).toEqual([[3, 2], [9, 3], [20, 1]]);
  });
});
