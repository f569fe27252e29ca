// Serialize → load must answer exactly like the engine that was built (as Orama's own
// reload test checks), and the snapshot must stay lean and tied to its items.
import { describe, expect, it } from 'vitest';
import { ITEMS, LEXICON } from '../../test/support/search-fixtures.js';
import { buildSearchEngine, loadSearchEngine, serializeSearchEngine } from './index.js';
import type { SearchParams } from './index.js';
import { Engine } from './engine.js';
import { PostingsIndex } from './postings.js';
import { parseSnapshot } from './snapshot.js';

const built = buildSearchEngine(ITEMS, LEXICON);
const snapshot = serializeSearchEngine(built);

describe('snapshot', () => {
  const queries: SearchParams[] = [
    { q: 'helplines children' },
    { q: '"child protection"' },
    { q: 'sextortion OR grooming -schools' },
    { q: 'THB', sort: 'year' },
    { q: 'CSGSIV' },
    { q: 'helplnes', filters: { urgency: ['require'] } },
    { q: '', filters: { year: { from: 2020 } }, sort: 'deadline' },
    { q: 'children', limit: 3, offset: 2 },
    { q: 'prace' },
  ];
  it.each(queries)('loaded engine answers like the built one: %o', (params) => {
    const loaded = loadSearchEngine(snapshot, ITEMS);
    expect(loaded.search(params)).toEqual(built.search(params));
  });

  it('is deterministic', () => {
    expect(serializeSearchEngine(buildSearchEngine(ITEMS, LEXICON))).toBe(snapshot);
    expect(serializeSearchEngine(loadSearchEngine(snapshot, ITEMS))).toBe(snapshot);
  });

  it('holds no item text', () => {
    for (const item of ITEMS) expect(snapshot).not.toContain(item.text.slice(0, 40));
  });

  it('refuses items it was not built for', () => {
    expect(() => loadSearchEngine(snapshot, ITEMS.slice(1))).toThrow(/rebuild/);
    const renamed = ITEMS.map((item, i) => (i === 3 ? { ...item, id: `${item.id}-x` } : item));
    expect(() => loadSearchEngine(snapshot, renamed)).toThrow(/rebuild/);
    expect(() => loadSearchEngine('{"v":0}', ITEMS)).toThrow(/version/);
    expect(() => loadSearchEngine(snapshot.replace('"fields":["title"', '"fields":["heading"'), ITEMS)).toThrow(/fields/);
  });

  it('tells the items it indexed from items edited since, by id and content', () => {
    const loaded = loadSearchEngine(snapshot, ITEMS);
    expect(ITEMS.every((item, i) => loaded.indexedItemMismatch(i, JSON.parse(JSON.stringify(item))) === undefined)).toBe(true);
    expect(loaded.indexedItemMismatch(2, { ...ITEMS[2], text: `${ITEMS[2].text}!` })).toMatch(/edited after indexing/);
    expect(loaded.indexedItemMismatch(2, { ...ITEMS[2], themes: ['education'] })).toMatch(/edited after indexing/);
    expect(loaded.indexedItemMismatch(2, ITEMS[3])).toMatch(/where the search snapshot has/);
  });

  it('keeps the vocabulary in the order the term lookup searches it (code units, as < compares)', () => {
    const parsed = parseSnapshot(snapshot, ITEMS);
    expect(parsed.terms.some((term) => /[^a-z]/.test(term))).toBe(true);
    expect(parsed.terms.every((term, id) => id === 0 || parsed.terms[id - 1] < term)).toBe(true);
    const index = new PostingsIndex(parsed);
    expect(parsed.terms.every((term, id) => index.termId(term) === id)).toBe(true);
    for (const absent of ['', 'zzzzzz', 'aaa0', `${parsed.terms[0]}x`]) {
      expect(index.termId(absent)).toBe(parsed.terms.includes(absent) ? parsed.terms.indexOf(absent) : undefined);
    }
  });

  it('keeps decoded postings within its budget, least recently used out first, and answers the same', () => {
    const parsed = parseSnapshot(snapshot, ITEMS);
    const index = new PostingsIndex(parsed, 4000);
    const sizes = parsed.terms.map((term) => {
      const before = index.decodedKept.bytes;
      index.postings(term);
      const kept = index.decodedKept;
      expect(kept.bytes <= 4000 || kept.terms === 1, term).toBe(true);
      return Math.max(0, kept.bytes - before);
    });
    expect(index.decodedKept.terms).toBeLessThan(parsed.terms.length);
    expect(sizes.some((bytes) => bytes > 0)).toBe(true);
    // A term read again moves to the back: adding a third term that does not fit drops the other.
    const [a, b, c] = parsed.terms.filter((_, id) => sizes[id] > 0).slice(0, 3);
    const size = (term: string) => sizes[parsed.terms.indexOf(term)];
    const lru = new PostingsIndex(parsed, size(a) + size(b) + size(c) - 1);
    const keptA = lru.postings(a);
    const keptB = lru.postings(b);
    lru.postings(a);
    lru.postings(c);
    expect(lru.decodedKept.terms).toBe(2);
    expect(lru.postings(a)).toBe(keptA);
    expect(lru.postings(b)).not.toBe(keptB);
    expect(lru.postings(b)).toEqual(keptB);
    const tight = loadSearchEngine(snapshot, ITEMS);
    const evicting = new Engine(parseSnapshot(snapshot, ITEMS), ITEMS, { decodedPostingsBudget: 1 });
    for (let round = 0; round < 2; round++) {
      for (const params of queries) expect(evicting.search(params), JSON.stringify(params)).toEqual(tight.search(params));
    }
  });

  it('handles an empty corpus', () => {
    const empty = loadSearchEngine(serializeSearchEngine(buildSearchEngine([], { abbreviations: {} })), []);
    expect(empty.search({ q: 'anything' }).count).toBe(0);
    expect(empty.search({}).hits).toEqual([]);
  });

  it('itemById finds items of the loaded engine', () => {
    const loaded = loadSearchEngine(snapshot, ITEMS);
    expect(loaded.itemById('lz/grooming')?.text).toContain('solicitation');
    expect(loaded.itemById('nope')).toBeUndefined();
    expect(ITEMS.every((item) => loaded.itemById(item.id) === item)).toBe(true);
  });
});
