// What a query finds and in which order, over the hand-made items in test/support/search-fixtures.ts.
import { describe, expect, it } from 'vitest';
import { ITEMS, LEXICON, ids } from '../../test/support/search-fixtures.js';
import { buildSearchEngine } from './index.js';
import { fieldText, FIELDS } from './snapshot.js';
import { terms } from '../text/tokenize.js';

const engine = buildSearchEngine(ITEMS, LEXICON);
const find = (q: string) => engine.search({ q, limit: 100 });
const allText = (id: string) => FIELDS.map((f) => fieldText(engine.itemById(id)!, f)).join(' ');

describe('query forms', () => {
  const cases: { query: string; expected: string[]; note: string }[] = [
    { query: 'helpline', expected: ['rec/helplines', 'rec/online-helplines', 'obs/phone-helplines', 'lz/markup', 'para/long-helpline', 'obs/hotline'], note: 'stemming: singular finds plurals; synonym hotline included' },
    { query: '"child protection"', expected: ['lz/child-protection'], note: 'phrase needs adjacent words' },
    { query: 'child protection', expected: ['lz/child-protection', 'lz/protection-of-child'], note: 'without quotes, any order' },
    { query: '"trafficking in human beings"', expected: ['greta/thb-identification'], note: 'phrase with a stop word inside' },
    { query: 'sextortion OR grooming', expected: ['lz/sextortion', 'lz/sexual-extortion', 'lz/grooming'], note: 'OR with synonyms of both sides' },
    { query: 'CSGSIV', expected: ['lz/csgsiv'], note: 'abbreviation learnt from the documents (Lexicon)' },
    { query: 'THB', expected: ['greta/thb-abbreviation', 'greta/thb-identification'], note: 'abbreviation and its expansion' },
    { query: 'trafficking in human beings', expected: ['greta/thb-identification', 'greta/thb-abbreviation'], note: 'expansion works backwards' },
    { query: 'CSAM', expected: ['lz/csam', 'lz/child-pornography'], note: 'synonym group of three forms' },
    { query: 'sexual extortion', expected: ['lz/sexual-extortion', 'lz/sextortion'], note: 'two typed words meet a one-word synonym' },
    { query: 'solicitation of children for sexual purposes', expected: ['lz/grooming'], note: 'long synonym form typed in full' },
    { query: 'prace', expected: ['cz/task-2025'], note: 'diacritics folded; task details (responsible) indexed' },
    { query: 'III-25', expected: ['rec/helplines'], note: 'a cited recommendation id finds the citing item' },
    { query: 'xylophone', expected: [], note: 'nothing near: empty' },
  ];
  // Items matching every word (partial matches rank after them and are tested below).
  it.each(cases)('$note: $query', ({ query, expected }) => {
    expect(new Set(ids(find(query).hits.filter((h) => !h.partial)))).toEqual(new Set(expected));
  });

  it('ranks the typed word above items found only through a synonym', () => {
    const hits = ids(find('helplines').hits);
    expect(hits.indexOf('obs/hotline')).toBeGreaterThan(hits.indexOf('rec/helplines'));
    expect(hits.indexOf('lz/sextortion')).toBe(-1);
    expect(ids(find('sexual extortion').hits)[0]).toBe('lz/sexual-extortion');
  });

  it('excluded words never appear in any hit', () => {
    for (const query of ['helplines -online', 'children -online -helplines', 'abuse -"child sexual abuse material"']) {
      const result = find(query);
      expect(result.count, query).toBeGreaterThan(0);
      for (const excluded of result.parsed.excluded) {
        const excludedTerms = terms(excluded).join(' ');
        for (const hit of result.hits) expect(terms(allText(hit.item.id)).join(' '), `${query}: ${hit.item.id}`).not.toContain(excludedTerms);
      }
    }
    expect(ids(find('-helplines').hits)).not.toContain('rec/helplines');
  });

  it('stop words change nothing', () => {
    expect(ids(find('the helplines for children').hits)).toEqual(ids(find('helplines children').hits));
  });

  it('a query with no searchable word finds nothing and says why, instead of listing everything', () => {
    for (const q of ['of the', '😀', '*', '— …']) {
      const result = find(q);
      expect(result.count, q).toBe(0);
      expect(result.hits, q).toEqual([]);
      expect(result.parsed.notices.map((n) => n.code), q).toEqual(['no-searchable-words']);
    }
    expect(find('of the').parsed.notices[0].message).toMatch(/too common.*of, the/);
    expect(find('😀').parsed.notices[0].message).toMatch(/no letters or digits/);
    // An empty query still lists items in document order (the landing page, filters alone).
    expect(ids(find('').hits)).toEqual(ITEMS.map((i) => i.id));
  });

  it('a pasted wall of text is bounded, not scanned word by word', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `unknownword${String.fromCharCode(97 + (i % 26))}x${i % 7}`);
    const started = performance.now();
    const result = find(`helplines ${words.join(' ')}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.parsed.terms.length).toBe(32);
    expect(ids(result.hits)).toContain('rec/helplines');
  });

  it('reports how the query was understood', () => {
    expect(find('"child protection" sextortion OR grooming -online helplnes').parsed).toEqual({
      terms: ['helplnes'],
      phrases: ['child protection'],
      excluded: ['online'],
      alternatives: [['sextortion', 'grooming']],
      expansions: { sextortion: ['sexual extortion'], grooming: ['solicitation of children for sexual purposes'], helplines: ['hotline'] },
      corrections: { helplnes: 'helplines' },
      citations: [],
      notices: [{ code: 'corrected', subject: ['helplnes'], message: 'No item contains “helplnes”: showing results for “helplines”.' }],
      searchInsteadFor: '"child protection" sextortion OR grooming -online helplnes',
    });
  });
});

describe('ranking', () => {
  it('items with all the words come first, then partial matches', () => {
    const result = find('helplines children');
    const full = result.hits.filter((h) => !h.partial).map((h) => h.item.id);
    expect(new Set(full)).toEqual(new Set(['rec/helplines', 'rec/online-helplines', 'obs/phone-helplines']));
    expect(result.hits.slice(0, full.length).every((h) => !h.partial)).toBe(true);
    expect(result.hits.slice(full.length).every((h) => h.partial)).toBe(true);
    expect(result.count).toBeGreaterThan(full.length);
  });

  it('an expanded pair of words still lets items with one of them through as partial', () => {
    const hits = find('sexual extortion').hits;
    expect(hits.find((h) => h.item.id === 'lz/csam')?.partial).toBe(true);
    expect(hits.find((h) => h.item.id === 'lz/sextortion')?.partial).toBeUndefined();
  });

  it('prefers a short item about the word over a long one mentioning it once', () => {
    const hits = ids(find('helpline').hits);
    expect(hits.indexOf('para/long-helpline')).toBe(hits.length - 1);
  });

  it('title matches weigh more than text matches', () => {
    expect(ids(find('helplines').hits)[0]).toBe('rec/helplines');
  });
});

describe('typo tolerance', () => {
  const cases: { query: string; corrected: Record<string, string>; mustFind: string; note: string }[] = [
    { query: 'helplnes', corrected: { helplnes: 'helplines' }, mustFind: 'rec/helplines', note: 'missing letter' },
    { query: 'trafficing', corrected: { trafficing: 'trafficking' }, mustFind: 'greta/trafficking-2018', note: 'missing letter, stem differs' },
    { query: 'sextrotion', corrected: { sextrotion: 'sextortion' }, mustFind: 'lz/sexual-extortion', note: 'transposition, then synonym expansion' },
    { query: 'helplnes childern', corrected: { helplnes: 'helplines', childern: 'children' }, mustFind: 'rec/helplines', note: 'two typos' },
    { query: '"child protcetion"', corrected: { protcetion: 'protection' }, mustFind: 'lz/child-protection', note: 'typo inside a phrase' },
  ];
  it.each(cases)('$note: $query', ({ query, corrected, mustFind }) => {
    const result = find(query);
    expect(result.parsed.corrections).toEqual(corrected);
    expect(ids(result.hits)).toContain(mustFind);
  });

  it('never corrects a word the index knows (no fuzzy-only hits)', () => {
    for (const query of ['police', 'policy', 'helplines', 'child']) {
      const result = find(query);
      expect(result.parsed.corrections, query).toEqual({});
      for (const hit of result.hits) {
        const itemTerms = new Set(terms(allText(hit.item.id)));
        const ok = terms(query).some((t) => itemTerms.has(t)) || query === 'helplines' && itemTerms.has('hotlin');
        expect(ok, `${query} → ${hit.item.id}`).toBe(true);
      }
    }
    expect(ids(find('police').hits)).toEqual(['lz/police']);
  });

  it('leaves short words and numbers alone', () => {
    expect(find('ICX').parsed.corrections).toEqual({});
    expect(find('2024').parsed.corrections).toEqual({});
  });
});
