// Items parsed on demand must be the items parsed at load, whatever is asked first; a layout
// other than the indexer's falls back to parsing at load; a broken item is reported when read.
import { describe, expect, it } from 'vitest';
import { corpusJson } from '../indexer/write-corpus.js';
import { CorpusError, loadCorpus } from './corpus.js';
import { SHAPE_CHECKS } from './corpus-checks.js';
import { ItemStore, itemBounds } from './item-store.js';
import { SMALL_ITEMS, smallCorpusFiles } from '../test/support/small-corpus.js';

const indexerLayout = (items: unknown[]) => corpusJson(items);

describe('ItemStore', () => {
  it('finds every item of the indexer layout, nested objects and all', () => {
    const text = indexerLayout(SMALL_ITEMS);
    expect(itemBounds(text)).toHaveLength(2 * SMALL_ITEMS.length);
    const store = ItemStore.over(text, SHAPE_CHECKS.item)!;
    // Out of order on purpose: each item is parsed on its own.
    for (const index of [3, 0, 4, 1, 2]) expect(store.at(index)).toEqual(SMALL_ITEMS[index]);
    expect(store.at(5)).toBeUndefined();
    expect(store.at(-1)).toBeUndefined();
    expect(store.all()).toEqual(SMALL_ITEMS);
  });

  it('declines other layouts (minified, other indents, not an array, a byte-order mark)', () => {
    expect(ItemStore.over(`\uFEFF${indexerLayout(SMALL_ITEMS)}`, SHAPE_CHECKS.item)).toBeUndefined();
    expect(ItemStore.over(JSON.stringify(SMALL_ITEMS), SHAPE_CHECKS.item)).toBeUndefined();
    expect(ItemStore.over(JSON.stringify(SMALL_ITEMS, null, 2), SHAPE_CHECKS.item)).toBeUndefined();
    expect(ItemStore.over(JSON.stringify({ items: SMALL_ITEMS }, null, 1), SHAPE_CHECKS.item)).toBeUndefined();
  });

  it('reports a broken item by index when it is read, not before', () => {
    const items = SMALL_ITEMS.map((item, i) => (i === 2 ? { ...item, text: 7 } : item));
    const store = ItemStore.over(indexerLayout(items), SHAPE_CHECKS.item)!;
    expect(store.at(1)).toEqual(SMALL_ITEMS[1]);
    expect(() => store.at(2)).toThrow(CorpusError);
    expect(() => store.at(2)).toThrow(/items\.json: item 2 \(id "[^"]+\/reply\/II-6"\) has no string "text"/);
  });
});

describe('loadCorpus with items parsed on demand', () => {
  const files = () => ({ ...smallCorpusFiles(), items: indexerLayout(SMALL_ITEMS) });

  it('answers as the corpus parsed at load does', () => {
    const lazy = loadCorpus(files(), { itemParsing: 'on-demand' });
    const eager = loadCorpus(files());
    for (const q of ['helpline', 'trafficking', 'child', '']) {
      expect(lazy.engine.search({ q, limit: 10 })).toEqual(eager.engine.search({ q, limit: 10 }));
    }
    expect(lazy.engine.itemById(SMALL_ITEMS[3].id)).toEqual(SMALL_ITEMS[3]);
    expect(lazy.items).toEqual(eager.items);
    expect(lazy.links.children(SMALL_ITEMS[0].id)).toEqual(eager.links.children(SMALL_ITEMS[0].id));
  });

  it('parses at load when items.json is not in the indexer layout', () => {
    const minified = { ...files(), items: JSON.stringify(SMALL_ITEMS) };
    expect(loadCorpus(minified, { itemParsing: 'on-demand' }).engine.search({ q: 'helpline' }))
      .toEqual(loadCorpus(minified).engine.search({ q: 'helpline' }));
    // Parsed at load, a broken item stops the load instead of failing a later request.
    const broken = { ...files(), items: JSON.stringify([{ ...SMALL_ITEMS[0], text: 7 }, ...SMALL_ITEMS.slice(1)]) };
    expect(() => loadCorpus(broken, { itemParsing: 'on-demand' })).toThrow(/item 0 \(id "[^"]+"\) has no string "text"/);
  });

  it('refuses an items.json whose ids differ from the snapshot when the item is read', () => {
    const renamed = SMALL_ITEMS.map((item, i) => (i === 1 ? { ...item, id: `${item.id}-x` } : item));
    const corpus = loadCorpus({ ...files(), items: indexerLayout(renamed) }, { itemParsing: 'on-demand' });
    expect(corpus.engine.itemById(SMALL_ITEMS[0].id)).toEqual(SMALL_ITEMS[0]);
    expect(() => corpus.engine.itemById(SMALL_ITEMS[1].id)).toThrow(/rebuild the corpus/);
  });
});
