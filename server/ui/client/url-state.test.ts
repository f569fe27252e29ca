import { describe, expect, it } from 'vitest';
import {
  apiSearchParams, emptyState, exportHref, filteredFacets, MAX_PAGE, parseSearchState, searchPageHref, toggleFilter,
  type SearchState,
} from './url-state.js';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('the search state in the address', () => {
  it.each([
    { input: '', expected: emptyState(), note: 'nothing set' },
    { input: 'q=helpline&page=3&sort=year', expected: { ...emptyState(), q: 'helpline', page: 3, sort: 'year' }, note: 'query, page, sort' },
    { input: 'sort=loudest', expected: emptyState(), note: 'unknown sort dropped (the API would refuse it)' },
    { input: 'page=0', expected: emptyState(), note: 'page below 1' },
    { input: 'page=abc', expected: emptyState(), note: 'page not a number' },
    { input: 'page=99999999', expected: { ...emptyState(), page: MAX_PAGE }, note: 'page past the API offset limit' },
    { input: 'ref=para:73&ref=III-25', expected: { ...emptyState(), ref: ['para:73', 'III-25'] }, note: 'cited references' },
  ])('reads $note', ({ input, expected }) => {
    expect(parse(input)).toEqual(expected);
  });

  it('reads repeated facet values once each, without blanks', () => {
    const state = parse('type=recommendation&type=task&type=task&type=&theme=education');
    expect(state.filters.type).toEqual(['recommendation', 'task']);
    expect(state.filters.theme).toEqual(['education']);
  });

  it('cuts a query to the API maximum', () => {
    expect(parse(`q=${'a'.repeat(600)}`).q).toHaveLength(500);
  });

  it('writes what it reads (a shared link opens the same view)', () => {
    const query = 'q=child+helpline&type=recommendation&urgency=require&urgency=invite&year=2023&ref=para%3A73&sort=deadline&page=2';
    expect(searchPageHref(parse(query))).toBe(`/?${query}`);
  });

  it('writes the bare page for the empty state', () => {
    expect(searchPageHref(emptyState())).toBe('/');
  });
});

describe('API queries from the state', () => {
  const state: SearchState = { ...parse('q=helpline&type=recommendation&theme=education&sort=year'), page: 3 };

  it('asks for one page of hits at the right offset', () => {
    expect(apiSearchParams(state).toString()).toBe('q=helpline&type=recommendation&theme=education&sort=year&limit=20&offset=40');
  });

  it('asks for a facet’s own counts with that facet’s filter lifted and no hits', () => {
    expect(apiSearchParams(state, { countsFor: 'type' }).toString()).toBe('q=helpline&theme=education&limit=0');
  });

  it('sends commitment only when one of its two values is ticked (the API takes one boolean)', () => {
    expect(apiSearchParams(parse('commitment=true')).get('commitment')).toBe('true');
    expect(apiSearchParams(parse('commitment=true&commitment=false')).has('commitment')).toBe(false);
  });

  it('exports every hit of the same search, not just the page', () => {
    expect(exportHref(state, 'csv')).toBe('/api/search?q=helpline&type=recommendation&theme=education&sort=year&limit=5000&format=csv');
  });

  it('lists the facets whose counts need their own query', () => {
    expect(filteredFacets(state)).toEqual(['type', 'theme']);
  });
});

describe('toggling a filter', () => {
  it('adds and removes a value and goes back to page 1', () => {
    const start = { ...parse('type=task'), page: 4 };
    const added = toggleFilter(start, 'type', 'goal');
    expect(added.filters.type).toEqual(['task', 'goal']);
    expect(added.page).toBe(1);
    expect(toggleFilter(added, 'type', 'task').filters.type).toEqual(['goal']);
    expect(start.filters.type).toEqual(['task']); // the old state is left as it was
  });
});
