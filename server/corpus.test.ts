// loadCorpus: what it accepts, what it refuses (naming file and item), and the version id.
import { describe, expect, it } from 'vitest';
import type { Item } from '../core/schema.js';
import { CorpusError, loadCorpus, type CorpusFiles } from './corpus.js';
import { SCHEMA_CHECKS } from './corpus-schema-checks.js';
import { corpusVersion } from './corpus-version.js';
import { SMALL_ITEMS, smallCorpusFiles } from '../test/support/small-corpus.js';

describe('loadCorpus', () => {
  it('loads items, documents, stats and an engine that finds the items', () => {
    const corpus = loadCorpus(smallCorpusFiles(), { checks: SCHEMA_CHECKS });
    expect(corpus.items.map((i) => i.id)).toEqual(SMALL_ITEMS.map((i) => i.id));
    expect(corpus.documents).toHaveLength(3);
    expect(corpus.stats).toEqual({ note: 'hand-made' });
    expect(corpus.engine.itemById(SMALL_ITEMS[0].id)?.id).toBe(SMALL_ITEMS[0].id);
    expect(corpus.links.children(SMALL_ITEMS[0].id)).toHaveLength(1);
  });

  it('refuses a corpus without stats', () => {
    const { stats: _stats, ...files } = smallCorpusFiles();
    expect(() => loadCorpus(files as CorpusFiles)).toThrow(/corpus\/stats\.json: is missing/);
  });

  describe('refuses items the search snapshot was not built from', () => {
    const files = smallCorpusFiles();
    const items = JSON.parse(files.items) as Item[];
    const edit = (change: (list: Item[]) => void) => {
      const list = structuredClone(items);
      change(list);
      return { ...files, items: JSON.stringify(list, null, 1) };
    };
    const id = JSON.stringify(SMALL_ITEMS[3].id);

    it.each<[string, (list: Item[]) => void, RegExp]>([
      ['a text edited by hand', (list) => { list[3].text += ' Edited.'; }, new RegExp(`item 3 \\(id ${id.replace(/[./]/g, '\\$&')}\\) differs from the item the search snapshot was built from`)],
      ['a field added', (list) => { list[3].status = 'met'; }, /item 3 .* differs/],
      ['two items swapped', (list) => { [list[0], list[1]] = [list[1], list[0]]; }, /II-6\/a"[\s\S]*rebuild the corpus/],
    ])('%s, at load and when parsed on demand', (_what, change, message) => {
      const edited = edit(change);
      expect(() => loadCorpus(edited)).toThrow(message);
      const lazy = loadCorpus(edited, { itemParsing: 'on-demand' });
      expect(() => lazy.items).toThrow(message);
      expect(() => lazy.items).toThrow(/rebuild the corpus with npm run index/);
    });

    it('serves the same items re-serialized in another layout', () => {
      expect(loadCorpus({ ...files, items: JSON.stringify(items, null, 3) }).items).toHaveLength(SMALL_ITEMS.length);
    });
  });

  const broken: [what: string, change: (f: ReturnType<typeof smallCorpusFiles>) => void, message: RegExp][] = [
    ['truncated items', (f) => { f.items = f.items.slice(0, 50); }, /items\.json: not valid JSON/],
    ['items not an array', (f) => { f.items = '{}'; }, /items\.json: is not an array/],
    ['an item without text', (f) => { f.items = JSON.stringify([{ ...SMALL_ITEMS[0], text: undefined }]); }, /item 0 \(id "lanzarote-factsheet-cz-2023\/rec\/II-6"\) has no string "text"/],
    ['an item without an id', (f) => { f.items = JSON.stringify([{ ...SMALL_ITEMS[0], id: 7 }]); }, /item 0 has no string "id"/],
    ['an unknown type', (f) => { f.items = JSON.stringify([{ ...SMALL_ITEMS[0], type: 'memo' }]); }, /item 0 \(id "[^"]+"\) has an unknown type "memo"/],
    ['a string year', (f) => { f.items = JSON.stringify([{ ...SMALL_ITEMS[0], year: '2023' }]); }, /item 0 \(id "[^"]+"\) has a "year" that is not an integer/],
    ['a repeated id', (f) => { f.items = JSON.stringify([SMALL_ITEMS[0], SMALL_ITEMS[0]]); }, /item 1 repeats the id/],
    ['documents without the wrapper', (f) => { f.documents = '[]'; }, /documents\.json/],
    ['broken stats', (f) => { f.stats = '{'; }, /stats\.json: not valid JSON/],
    ['stats that are not an object', (f) => { f.stats = '[]'; }, /stats\.json: is not a JSON object/],
  ];
  it.each(broken)('refuses %s, naming the file', (_what, change, message) => {
    const files = smallCorpusFiles();
    change(files);
    expect(() => loadCorpus(files)).toThrow(CorpusError);
    expect(() => loadCorpus(files)).toThrow(message);
  });

  it('checks every item field with the full schema checks', () => {
    const files = smallCorpusFiles([{ ...SMALL_ITEMS[0], urgency: 'maybe' as 'require' }]);
    expect(() => loadCorpus(files)).not.toThrow();
    expect(() => loadCorpus(files, { checks: SCHEMA_CHECKS })).toThrow(/item 0 \(id "[^"]+"\) fails the item schema[\s\S]*urgency/);
  });
});

describe('corpusVersion', () => {
  it('is stable for the same files and changes with any file', () => {
    const base = ['[1]', '{"documents":[]}', 'snap', '{}'];
    expect(corpusVersion(base)).toBe(corpusVersion([...base]));
    const variants = [['[2]', ...base.slice(1)], [base[0], base[1], 'snap2', base[3]], [...base.slice(0, 3), '{ }'], ['[1]{', '"documents":[]}', 'snap', '{}']];
    for (const v of variants) expect(corpusVersion(v)).not.toBe(corpusVersion(base));
  });
});
