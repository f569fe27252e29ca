import { describe, expect, it } from 'vitest';
import { layoutUrgencyThemeChart, stackSegments } from './chart-layout.js';

describe('stackSegments', () => {
  it('places non-empty parts one after another on the shared scale', () => {
    expect(stackSegments([{ key: 'a', count: 1 }, { key: 'b', count: 0 }, { key: 'c', count: 3 }], 8, 100)).toEqual([
      { key: 'a', count: 1, x: 0, width: 12.5 }, { key: 'c', count: 3, x: 12.5, width: 37.5 },
    ]);
  });

  it('draws nothing on an empty scale', () => {
    expect(stackSegments([{ key: 'a', count: 0 }], 0, 100)).toEqual([]);
  });
});

describe('layoutUrgencyThemeChart', () => {
  const rows = layoutUrgencyThemeChart({
    urgencies: ['require', 'request', 'invite'],
    countsByUrgency: { require: { education: 2 }, invite: { education: 1, jurisdiction: 4 } },
    totalsByTheme: { education: 5, jurisdiction: 4, 'data-research': 0 },
    width: 100,
  });

  it('sorts themes by how many recommendations they have and drops empty ones', () => {
    expect(rows.map((r) => [r.theme, r.total])).toEqual([['education', 5], ['jurisdiction', 4]]);
  });

  it('stacks the grades strongest first and counts the rest as ungraded', () => {
    expect(rows[0].segments).toEqual([
      { key: 'require', count: 2, x: 0, width: 40 },
      { key: 'invite', count: 1, x: 40, width: 20 },
      { key: 'ungraded', count: 2, x: 60, width: 40 },
    ]);
  });

  it('puts every row on the scale of the longest', () => {
    expect(rows[1].segments).toEqual([{ key: 'invite', count: 4, x: 0, width: 80 }]);
  });
});
