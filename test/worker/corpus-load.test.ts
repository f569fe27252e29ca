// The committed corpus as the Worker loads it: items.json in the layout the Worker's item store
// reads item by item (otherwise it would silently parse the whole file at start-up), the same
// answers as parsed at load, and every item passing the shape check and the full zod schema.
// Start-up time itself is measured by `npm run bench` (BENCHMARKS.md), never by a timed test.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus.js';
import { SHAPE_CHECKS } from '../../server/corpus-checks.js';
import { SCHEMA_CHECKS } from '../../server/corpus-schema-checks.js';
import { ItemStore } from '../../server/item-store.js';
import { readCorpusFiles } from '../../node-server/corpus-files.js';
import { CORPUS_DIR, HAS_CORPUS } from './corpus-presence.js';

describe.skipIf(!HAS_CORPUS)('committed corpus load', () => {
  const files = () => readCorpusFiles(CORPUS_DIR);

  it('holds items.json in the layout the Worker reads item by item', () => {
    const eager = loadCorpus(files());
    const store = ItemStore.over(files().items, SHAPE_CHECKS.item);
    expect(store?.length).toBe(eager.items.length);
    expect(store!.all()).toEqual(eager.items);
  });

  it('answers the same with items parsed on demand (the Worker) as parsed at load', () => {
    const eager = loadCorpus(files());
    const lazy = loadCorpus(files(), { itemParsing: 'on-demand' });
    for (const q of ['helpline', 'trafficking in human beings', 'compensaton', '']) {
      expect(lazy.engine.search({ q, limit: 20, filters: { year: { from: 2018 } } })).toEqual(eager.engine.search({ q, limit: 20, filters: { year: { from: 2018 } } }));
    }
    for (const item of eager.items) expect(lazy.engine.itemById(item.id)).toEqual(item);
  });

  it('holds items that all pass the full zod schema', () => {
    expect(() => loadCorpus(files(), { checks: SCHEMA_CHECKS })).not.toThrow();
  });
});
