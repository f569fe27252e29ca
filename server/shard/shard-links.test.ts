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
import { planShards, splitSnapshot } from '../../core/shard/index.js';
import { parseShardSnapshot } from '../../core/shard/shard-engine.js';
import { packSnapshot } from '../../core/search/packed-snapshot.js';
import { parseShardLinks, shardLinksFile } from './shard-links.js';

const corpus = join(import.meta.dirname, '../../corpus');
const items = JSON.parse(readFileSync(join(corpus, 'items.json'), 'utf8')) as Item[];
const snapshot = JSON.parse(readFileSync(join(corpus, 'search-index.json'), 'utf8')) as Snapshot;

describe('shard links', () => {
  const links = parseShardLinks(JSON.stringify(shardLinksFile(items)), items.length);
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

  it('packs each item\'s parent into the shard snapshot, where the shard holds it', () => {
    const serialized = JSON.stringify(snapshot);
    // Shards of 100 items that may cut a document (each item its own group) leave some parents in another shard.
    const shards = splitSnapshot(serialized, items, planShards(items, 100, { groupOf: (item) => item.id }), { keyPrefix: 'v1' });
    let inShard = 0;
    let elsewhere = 0;
    for (const shard of shards) {
      const { parents, keyPrefix } = parseShardSnapshot(shard.snapshot);
      expect(keyPrefix).toBe('v1');
      shard.items.forEach((item, index) => {
        const parent = parents[index] === 0 ? undefined : shard.items[parents[index] - 1];
        if (item.parentId === undefined) expect(parent, item.id).toBeUndefined();
        else if (parent) { inShard++; expect(parent.id, item.id).toBe(item.parentId); }
        else { elsewhere++; expect(shard.items.some((other) => other.id === item.parentId), item.id).toBe(false); }
      });
    }
    expect(inShard).toBeGreaterThan(10);
    expect(elsewhere).toBeGreaterThan(0);
  });

  it('refuses a shard snapshot without parent links or with a key prefix that is not text', () => {
    const [shard] = splitSnapshot(JSON.stringify(snapshot), items, planShards(items, items.length));
    const header = parseShardSnapshot(shard.snapshot).header;
    const plain = { ...snapshot, corpus: { n: items.length, lengthSums: [], lengthCounts: [] } };
    expect(() => parseShardSnapshot(packSnapshot(plain, { shard: header }))).toThrow(`shard 0 snapshot has no parent links for ${items.length} items: split the corpus again`);
    expect(() => parseShardSnapshot(packSnapshot(plain, { shard: header }, { parents: [0, 1] }))).toThrow(`has 2 parent links for ${items.length} items`);
    const parents = items.map(() => 0);
    expect(() => parseShardSnapshot(packSnapshot(plain, { shard: header, keyPrefix: 7 }, { parents }))).toThrow('KV key prefix is 7, not text');
  });

  it('answers an id named like an Object property with nothing', () => {
    expect(links.children('constructor')).toEqual([]);
    expect(links.citingRecommendation('__proto__')).toEqual([]);
  });

  it('reads the file on the first lookup, and refuses one without its lists or with a position past the shard\'s items', () => {
    // Nothing is parsed while the isolate starts: a broken file fails the first lookup instead.
    const broken = parseShardLinks('not JSON', 3);
    expect(() => broken.children('a')).toThrow(SyntaxError);
    expect(() => parseShardLinks('{}', 3).replies('a')).toThrow('lacks children, replies, recommendations or paragraphs');
    const file = { ...shardLinksFile([]), children: { a: [0, 3] } };
    expect(() => parseShardLinks(JSON.stringify(file), 3).citingParagraph(1)).toThrow('children["a"] is not a list of item positions below 3');
    expect(parseShardLinks(JSON.stringify({ ...shardLinksFile([]), children: { a: [0, 2] } }), 3).children('a')).toEqual([0, 2]);
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
