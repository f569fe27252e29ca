// loadCorpus: what it accepts, what it refuses (naming file and item), and the version id.
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from './corpus.js';
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

  it('treats a missing stats file as null', () => {
    const { stats: _stats, ...files } = smallCorpusFiles();
    expect(loadCorpus(files).stats).toBeNull();
  });

  const broken: [what: string, change: (f: ReturnType<typeof smallCorpusFiles>) => void, message: RegExp][] = [
    ['truncated items', (f) => { f.items = f.items.slice(0, 50); }, /items\.json: not valid JSON/],
    ['items not an array', (f) => { f.items = '{}'; }, /items\.json: is not an array/],
    ['an item without text', (f) => { f.items = JSON.stringify([{ ...SMALL_ITEMS[0], text: undefined }]); }, /item 0 has no string "text"/],
    ['an unknown type', (f) => { f.items = JSON.stringify([{ ...SMALL_ITEMS[0], type: 'memo' }]); }, /item 0 has an unknown type "memo"/],
    ['a string year', (f) => { f.items = JSON.stringify([{ ...SMALL_ITEMS[0], year: '2023' }]); }, /item 0 has a "year" that is not an integer/],
    ['a repeated id', (f) => { f.items = JSON.stringify([SMALL_ITEMS[0], SMALL_ITEMS[0]]); }, /item 1 repeats the id/],
    ['documents without the wrapper', (f) => { f.documents = '[]'; }, /documents\.json/],
    ['broken stats', (f) => { f.stats = '{'; }, /stats\.json: not valid JSON/],
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
    expect(() => loadCorpus(files, { checks: SCHEMA_CHECKS })).toThrow(/item 0 fails the item schema[\s\S]*urgency/);
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
