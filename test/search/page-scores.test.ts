// A page ranked by relevance reads word positions (the proximity bonus) only for the items
// that may reach it (Engine.bonusSelector): its items, their order and their scores must be
// exactly those of the same query ranked whole, where every result's positions are read
// (a page holding every result needs no selection). Shipped corpus, multi-word queries: the
// ones with a bonus to decide, with filters, typed phrases (two runs) and answers sharing
// their question's score.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchEngine } from '../../core/search/index.js';
import type { SearchFilters, SearchParams } from '../../core/search/index.js';
import type { Item } from '../../core/schema.js';

const corpus = join(import.meta.dirname, '../../corpus');
const items = JSON.parse(readFileSync(join(corpus, 'items.json'), 'utf8')) as Item[];
const engine = loadSearchEngine(readFileSync(join(corpus, 'search-index.json'), 'utf8'), items);

const QUERIES: { q: string; filters?: SearchFilters }[] = [
  { q: 'sexual exploitation of children' },
  { q: 'victims of trafficking' },
  { q: 'child protection' },
  { q: 'training of professionals' },
  { q: 'national strategy' },
  { q: 'interview of child victims' },
  { q: 'compensaton for victims' },
  { q: 'online sexual abuse', filters: { type: ['recommendation'] } },
  { q: 'identification of victims', filters: { theme: ['victim-identification'] } },
  { q: '"sexual exploitation" children' },
  { q: 'helpline for children -online' },
  { q: 'social workers police' },
  { q: 'awareness raising campaign schools' },
];

const keys = (params: SearchParams) => engine.search(params).hits.map((h) => `${h.item.id} ${h.score}`);

describe('a relevance page equals the same ranks of the whole ranking', () => {
  it.each(QUERIES)('$q', ({ q, filters }) => {
    const whole = engine.search({ q, filters, limit: 1000 });
    // Only a query with more results than the page selects: else this compares nothing.
    expect(whole.count).toBeGreaterThan(30);
    const ranked = whole.hits.map((h) => `${h.item.id} ${h.score}`);
    for (const [offset, limit] of [[0, 1], [0, 10], [0, 20], [10, 10], [25, 5]]) {
      expect(keys({ q, filters, offset, limit }), `offset ${offset}, limit ${limit}`).toEqual(ranked.slice(offset, offset + limit));
    }
  });

});
