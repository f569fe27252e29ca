// What a shard answers without holding its items must equal what the items say: the links
// written with the shard against buildCorpusLinks, the cross-tabulation from the snapshot's
// facet columns against the one counted over the items.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import type { Snapshot } from '../../core/search/snapshot.js';
import { buildCorpusLinks } from '../corpus-links.js';
import { CROSSTAB_FIELDS, crosstab, crosstabOfColumns } from '../routes/stats-crosstab.js';
import { parseShardLinks, shardLinksFile } from './shard-links.js';

const corpus = join(import.meta.dirname, '../../corpus');
const items = JSON.parse(readFileSync(join(corpus, 'items.json'), 'utf8')) as Item[];
const snapshot = JSON.parse(readFileSync(join(corpus, 'search-index.json'), 'utf8')) as Snapshot;

describe('shard links', () => {
  const links = parseShardLinks(JSON.stringify(shardLinksFile(items, 'v1')), items.length);
  const whole = buildCorpusLinks(items);
  const ids = (positions: readonly number[]) => positions.map((i) => items[i].id);
  const byIds = (list: Item[]) => list.map((item) => item.id);

  it('lists the children, replies and citing items buildCorpusLinks lists, in the same order', () => {
    let linked = 0;
    for (const item of items) {
      expect(ids(links.children(item.id)), item.id).toEqual(byIds(whole.children(item.id)));
      expect(ids(links.replies(item.id)), item.id).toEqual(byIds(whole.replies(item.id)));
      linked += links.children(item.id).length + links.replies(item.id).length;
    }
    expect(linked).toBeGreaterThan(50);
    const recs = [...new Set(items.flatMap((item) => item.refs?.recommendations ?? []))];
    const paras = [...new Set(items.flatMap((item) => item.refs?.paragraphs ?? []))];
    expect(recs.length).toBeGreaterThan(5);
    for (const rec of recs) expect(ids(links.citingRecommendation(rec.toLowerCase())), rec).toEqual(byIds(whole.citingRecommendation(rec)));
    for (const n of paras) expect(ids(links.citingParagraph(n)), String(n)).toEqual(byIds(whole.citingParagraph(n)));
  });

  it('knows each item\'s parent in the shard', () => {
    const withParent = items.map((item, index) => [item, index] as const).filter(([item]) => item.parentId !== undefined);
    expect(withParent.length).toBeGreaterThan(10);
    for (const [item, index] of withParent) expect(items[links.parentOf(index)!]?.id, item.id).toBe(item.parentId);
    expect(links.parentOf(items.findIndex((item) => item.parentId === undefined))).toBeUndefined();
  });

  it('answers an id named like an Object property with nothing', () => {
    expect(links.children('constructor')).toEqual([]);
    expect(links.citingRecommendation('__proto__')).toEqual([]);
  });

  it('refuses a file without its lists or with a position past the shard\'s items', () => {
    expect(() => parseShardLinks('{"keyPrefix":"v1"}', 3)).toThrow('lacks keyPrefix, children');
    const file = { ...shardLinksFile([], 'v1'), children: { a: [0, 3] } };
    expect(() => parseShardLinks(JSON.stringify(file), 3)).toThrow('children["a"] is not a list of item positions below 3');
    const parents = { ...shardLinksFile([], 'v1'), parents: [[0, 1], [2, 3]] };
    expect(() => parseShardLinks(JSON.stringify(parents), 3)).toThrow('parents holds [2,3], not [item, parent] positions below 3');
    const { parents: _, ...withoutParents } = shardLinksFile([], 'v1');
    expect(() => parseShardLinks(JSON.stringify(withoutParents), 3)).toThrow('lacks keyPrefix, children, replies, recommendations, paragraphs or parents');
  });
});

describe('crosstabOfColumns', () => {
  it.each([
    ...CROSSTAB_FIELDS.map((field) => [[field]]),
    [['theme', 'year']], [['type', 'status']], [['body', 'urgency', 'addressee']], [['document', 'theme', 'type']],
  ] as [typeof CROSSTAB_FIELDS[number][]][])('counts %j as the items do', (by) => {
    const expected = crosstab(items, by);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(crosstabOfColumns(snapshot.facets, items.length, by)).toEqual(expected);
    expect(crosstabOfColumns(snapshot.facets, items.length, by, ['recommendation', 'task'])).toEqual(crosstab(items, by, ['recommendation', 'task']));
  });
});
