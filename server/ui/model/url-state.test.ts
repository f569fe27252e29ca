import { describe, expect, it } from 'vitest';
import {
  apiSearchParams, emptyState, exportHref, filteredFacets, lastPageOf, MAX_PAGE, pageNumberProblem, parseSearchState, searchPageHref,
  stateFromForm, toggleFilter, yearValueCount, type SearchState,
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

  it('trims the query a form sent', () => {
    expect(parse('q=+helpline++').q).toBe('helpline');
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

  it('asks for one page of hits at the right offset, the filtered facets counted without their own filters', () => {
    expect(apiSearchParams(state).toString())
      .toBe('q=helpline&type=recommendation&theme=education&disjunctiveFacets=true&sort=year&limit=20&offset=40');
  });

  it('asks for plain counts when nothing is filtered', () => {
    expect(apiSearchParams(parse('q=helpline')).toString()).toBe('q=helpline&limit=20&offset=0');
  });

  it('sends commitment only when one of its two values is ticked (the API takes one boolean)', () => {
    expect(apiSearchParams(parse('commitment=true')).get('commitment')).toBe('true');
    expect(apiSearchParams(parse('commitment=true&commitment=false')).has('commitment')).toBe(false);
  });

  it('exports every hit of the same search, not just the page', () => {
    expect(exportHref(state, 'csv')).toBe('/api/search?q=helpline&type=recommendation&theme=education&sort=year&limit=5000&format=csv');
  });

  it('lists the filtered facets', () => {
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

describe('the state a form submits', () => {
  it('takes the query, ticked filters and sort, and starts at page 1', () => {
    const form = new FormData();
    for (const [name, value] of [['q', ' helpline '], ['type', 'task'], ['type', 'goal'], ['sort', ''], ['ref', 'III-25']]) form.append(name, value);
    expect(stateFromForm(form)).toEqual({ ...emptyState(), q: 'helpline', filters: { ...emptyState().filters, type: ['task', 'goal'] }, ref: ['III-25'] });
  });
});

describe('page numbers', () => {
  it.each([
    { input: '', expected: undefined, note: 'none given' },
    { input: 'page=3', expected: undefined, note: 'a page' },
    { input: 'page=abc', expected: '“abc” is not a page number; showing page 1.', note: 'not a number' },
    { input: 'page=0', expected: '“0” is not a page number; showing page 1.', note: 'zero' },
    { input: 'page=1&page=2', expected: 'The address gives more than one page number; showing the first.', note: 'twice' },
    { input: `page=${MAX_PAGE + 1}`, expected: `Results go no further than page ${MAX_PAGE.toLocaleString('en-GB')}; showing that page.`, note: 'too far' },
  ])('$note', ({ input, expected }) => {
    expect(pageNumberProblem(new URLSearchParams(input))).toBe(expected);
  });

  it('knows the last page of a count', () => {
    expect([0, 1, 20, 21, 45].map(lastPageOf)).toEqual([1, 1, 1, 2, 3]);
  });
});

describe('yearValueCount', () => {
  const counts = { 2014: 3, 2018: 5, 2020: 7, 2023: 11 };
  it.each([
    ['2018', 5], ['2019', 0], ['2018..2023', 23], ['..2018', 8], ['2020..', 18], ['2024..', 0],
  ])('%s stands for %i items', (value, expected) => {
    expect(yearValueCount(value, counts)).toBe(expected);
  });
});
