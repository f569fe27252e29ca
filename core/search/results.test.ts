// Filters, facet counts, sort orders, pagination and highlights.
import { describe, expect, it } from 'vitest';
import { ITEMS, LEXICON, ids, makeItem } from '../../test/support/search-fixtures.js';
import { buildSearchEngine } from './index.js';
import type { SearchFilters, Sort } from './index.js';

const engine = buildSearchEngine(ITEMS, LEXICON);
const all = (q: string, filters?: SearchFilters, sort?: Sort) => engine.search({ q, filters, sort, limit: 1000 });

describe('filters', () => {
  const cases: { filters: SearchFilters; q?: string; expected: string[]; note: string }[] = [
    { filters: { year: { from: 2020, to: 2021 } }, expected: ['greta/thb-identification', 'greta/thb-abbreviation', 'cz/task-2025', 'cz/task-2023', 'cz/task-continuous'], note: 'year range' },
    { filters: { year: { values: [2018, 2022] } }, expected: ['obs/hotline', 'greta/trafficking-2018'], note: 'year values' },
    { filters: { year: { values: [2018], from: 2022, to: 2022 } }, expected: ['obs/hotline', 'greta/trafficking-2018'], note: 'year values or range' },
    { filters: { ref: ['III-25'] }, expected: ['rec/helplines'], note: 'recommendation ref' },
    { filters: { ref: ['iii-26', 'para:74'] }, expected: ['rec/online-helplines', 'obs/phone-helplines'], note: 'refs are alternatives, case-insensitive' },
    { filters: { ref: ['para:73'] }, expected: ['rec/online-helplines', 'obs/phone-helplines'], note: 'paragraph ref' },
    { filters: { ref: ['para:99'] }, expected: [], note: 'unknown ref' },
    { filters: { type: ['task'], commitment: true }, expected: ['cz/task-2025', 'cz/task-2023', 'cz/task-continuous'], note: 'type and commitment' },
    { filters: { urgency: ['require', 'invite'], body: ['Lanzarote Committee'] }, expected: ['rec/helplines', 'lz/grooming'], note: 'values OR within a field, AND across fields' },
    { filters: { theme: ['education'] }, expected: ['lz/sextortion'], note: 'theme (multi-valued)' },
    { filters: { addressee: ['state'] }, q: 'helplines', expected: ['rec/online-helplines'], note: 'filter applied to a query' },
    { filters: { document: ['greta-cz-2018'] }, q: 'trafficing', expected: ['greta/trafficking-2018'], note: 'filter with a corrected query' },
    { filters: { type: ['no-such-type'] }, expected: [], note: 'unknown value matches nothing' },
  ];
  it.each(cases)('$note', ({ filters, q, expected }) => {
    expect(new Set(ids(all(q ?? '', filters).hits))).toEqual(new Set(expected));
  });

  it('an empty query with filters lists items in document order', () => {
    expect(ids(all('', { body: ['GRETA'] }).hits)).toEqual(['greta/thb-identification', 'greta/thb-abbreviation', 'greta/trafficking-2018']);
  });
});

describe('facets', () => {
  it('count the whole filtered result, not the page', () => {
    const page = engine.search({ q: 'children', limit: 2 });
    const full = all('children');
    expect(page.hits).toHaveLength(2);
    expect(page.count).toBe(full.count);
    expect(page.facets).toEqual(full.facets);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    for (const field of ['type', 'body', 'year', 'document', 'commitment'] as const) expect(sum(page.facets[field]), field).toBe(page.count);
    const expectedTypes: Record<string, number> = {};
    for (const hit of full.hits) expectedTypes[hit.item.type] = (expectedTypes[hit.item.type] ?? 0) + 1;
    expect(page.facets.type).toEqual(expectedTypes);
  });

  it('count every theme of multi-theme items and respect filters', () => {
    const result = all('', { body: ['Czech Government'] });
    expect(result.facets.theme).toEqual({ 'victim-assistance': 1, 'training-professionals': 1, 'online-ict': 1 });
    expect(result.facets.commitment).toEqual({ true: 3 });
    expect(result.facets.year).toEqual({ 2021: 3 });
  });

  describe('with disjunctiveFacets, a filtered facet counts without its own filter', () => {
    const countBy = (values: string[]) => values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});

    it('lists every body of the corpus beside the ticked one, while the other facets count the matches', () => {
      const result = engine.search({ q: '', filters: { body: ['Czech Government'] }, limit: 0, disjunctiveFacets: true });
      expect(result.count).toBe(3);
      expect(result.facets.body).toEqual(countBy(ITEMS.map((item) => item.body)));
      expect(result.facets.year).toEqual({ 2021: 3 });
    });

    const cases: { q: string; filters: SearchFilters }[] = [
      { q: 'children', filters: { type: ['recommendation'] } },
      { q: 'helplines', filters: { type: ['recommendation', 'observation'], urgency: ['require'] } },
      { q: '', filters: { theme: ['education'], year: { from: 2019 } } },
      { q: '-helplines', filters: { commitment: true, body: ['Czech Government', 'GRETA'] } },
      { q: 'trafficing', filters: { year: { values: [2018] } } },
      { q: 'helplines', filters: { urgency: ['require'], ref: ['III-25', 'III-26'] } },
    ];
    it.each(cases)('$q $filters: each filtered facet as the same search without that filter counts it', ({ q, filters }) => {
      const disjunctive = engine.search({ q, filters, limit: 0, disjunctiveFacets: true });
      const plain = engine.search({ q, filters, limit: 0 });
      expect(disjunctive.count).toBe(plain.count);
      for (const field of Object.keys(plain.facets) as (keyof typeof plain.facets)[]) {
        const lifted = field in filters;
        const expected = lifted ? engine.search({ q, filters: { ...filters, [field]: undefined }, limit: 0 }).facets[field] : plain.facets[field];
        expect(disjunctive.facets[field], field).toEqual(expected);
      }
      const filtered = Object.keys(filters).filter((field) => field !== 'ref');
      expect(filtered.some((field) => JSON.stringify(disjunctive.facets[field as 'type']) !== JSON.stringify(plain.facets[field as 'type'])), 'a lifted filter changes some count').toBe(true);
    });
  });

  it('unfiltered facets cover the corpus', () => {
    expect(Object.values(all('').facets.document).reduce((a, b) => a + b, 0)).toBe(ITEMS.length);
  });
});

describe('sort', () => {
  it('deadline: dated tasks ascending, undated text after, no deadline last', () => {
    expect(ids(all('', undefined, 'deadline').hits).slice(0, 3)).toEqual(['cz/task-2023', 'cz/task-2025', 'cz/task-continuous']);
  });

  it('year: newest first, ties in relevance then document order', () => {
    const years = all('trafficking', undefined, 'year').hits.map((h) => h.item.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(ids(all('', { body: ['GRETA'] }, 'year').hits)).toEqual(['greta/thb-identification', 'greta/thb-abbreviation', 'greta/trafficking-2018']);
  });

  it('document: the order of the items array even with a query', () => {
    const hits = ids(all('helplines', undefined, 'document').hits);
    expect(hits).toEqual([...hits].sort((a, b) => ITEMS.findIndex((i) => i.id === a) - ITEMS.findIndex((i) => i.id === b)));
  });

  it('relevance is the default with a query, document order without', () => {
    expect(ids(all('helplines').hits)).toEqual(ids(all('helplines', undefined, 'relevance').hits));
    expect(ids(all('').hits)).toEqual(ITEMS.map((i) => i.id));
  });
});

describe('pagination', () => {
  const pages = (q: string, sort: Sort | undefined, size: number) => {
    const out: string[] = [];
    for (let offset = 0; ; offset += size) {
      const page = engine.search({ q, sort, limit: size, offset });
      out.push(...ids(page.hits));
      if (offset + size >= page.count) return out;
    }
  };
  const cases: { q: string; sort?: Sort; note: string }[] = [
    { q: 'children helplines', note: 'relevance with ties across tiers' },
    { q: '', note: 'document order' },
    { q: '', sort: 'year', note: 'many equal years' },
    { q: 'abuse', sort: 'deadline', note: 'no deadlines at all: ties everywhere' },
  ];
  it.each(cases)('pages concatenate to the full list: $note', ({ q, sort }) => {
    const full = ids(all(q, undefined, sort).hits);
    expect(full.length).toBeGreaterThan(2);
    for (const size of [1, 2, 3, 7]) expect(pages(q, sort, size), `size ${size}`).toEqual(full);
  });

  it('equal scores keep document order, whatever order the matcher found them in', () => {
    const items = [makeItem('first', 'alpha'), makeItem('second', 'beta'), makeItem('third', 'gamma')];
    const tied = buildSearchEngine(items, { abbreviations: {} }).search({ q: 'gamma OR beta OR alpha' });
    expect(new Set(tied.hits.map((h) => h.score)).size).toBe(1);
    expect(ids(tied.hits)).toEqual(['first', 'second', 'third']);
  });

  it('odd limits and offsets fall back to sane values', () => {
    expect(engine.search({ q: 'helplines', limit: Number.NaN }).hits).toHaveLength(6);
    expect(engine.search({ q: 'helplines', limit: 2.7 }).hits).toHaveLength(2);
    expect(engine.search({ q: 'helplines', limit: -1 }).hits).toHaveLength(0);
    expect(ids(engine.search({ q: 'helplines', offset: -5, limit: 1 }).hits)).toEqual(ids(engine.search({ q: 'helplines', limit: 1 }).hits));
  });

  it('an offset past the end gives no hits but the full count', () => {
    const result = engine.search({ q: 'helplines', offset: 500 });
    expect(result.hits).toEqual([]);
    expect(result.count).toBe(all('helplines').count);
  });
});

describe('highlights', () => {
  it('escape markup before marking matched words', () => {
    const hit = all('helplines markup').hits.find((h) => h.item.id === 'lz/markup')!;
    expect(hit.highlights.text).toBe('Reports quoting &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; other <mark>markup</mark> about <mark>helplines</mark> must stay inert.');
  });

  it('a query containing markup comes out escaped', () => {
    const hit = all('<script>').hits.find((h) => h.item.id === 'lz/markup')!;
    expect(hit.highlights.text).toContain('&lt;<mark>script</mark>&gt;');
    expect(hit.highlights.text).not.toMatch(/<(?!\/?mark>)/);
  });

  it('cut a ~200-character window around the match in long text', () => {
    const text = all('helpline').hits.find((h) => h.item.id === 'para/long-helpline')!.highlights.text!;
    expect(text).toContain('<mark>helpline</mark>');
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true);
    expect(text.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(205);
  });

  it('mark the title, synonyms and corrected words', () => {
    const hit = all('helplnes').hits.find((h) => h.item.id === 'rec/helplines')!;
    expect(hit.highlights.title).toBe('<mark>Helplines</mark> for children');
    expect(all('helplines').hits.find((h) => h.item.id === 'obs/hotline')!.highlights.text).toContain('<mark>hotline</mark>');
  });

  it('mark folded words in their printed form', () => {
    const items = [makeItem('cz/diacritics', 'Odpovědnost: Ministerstvo práce a sociálních věcí')];
    const hit = buildSearchEngine(items, { abbreviations: {} }).search({ q: 'socialnich prace' }).hits[0];
    expect(hit.highlights.text).toBe('Odpovědnost: Ministerstvo <mark>práce</mark> a <mark>sociálních</mark> věcí');
  });
});
