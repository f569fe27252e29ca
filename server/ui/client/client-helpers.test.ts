// Pure helpers of the components and views that need no DOM to test.
import { describe, expect, it } from 'vitest';
import { itemHeading, itemLabel } from './components/hit-card.js';
import { pageWindow } from './components/pagination.js';
import { shortDocumentName } from './documents.js';
import { facetValueLabel, refFilterLabel } from './labels.js';
import { matchRoute } from './router.js';
import { emptyState } from './url-state.js';
import { citedTargetFromPath } from './views/refs-view.js';
import { resultSummary } from './views/results-toolbar.js';

describe('pageWindow', () => {
  it.each([
    { input: [1, 1], expected: [1], note: 'one page' },
    { input: [1, 5], expected: [1, 2, 3, 4, 5], note: 'few pages, all shown' },
    { input: [10, 20], expected: [1, 0, 8, 9, 10, 11, 12, 0, 20], note: 'gaps (0) around the current window' },
    { input: [2, 20], expected: [1, 2, 3, 4, 0, 20], note: 'near the start' },
  ])('$note', ({ input: [current, last], expected }) => {
    expect(pageWindow(current, last)).toEqual(expected);
  });
});

describe('item headings', () => {
  it.each([
    { input: { id: 'd/rec/II-6', document: 'd', type: 'recommendation' as const }, expected: 'Recommendation II-6', note: 'label from the id' },
    { input: { id: 'd/task/1.1', document: 'd', type: 'task' as const, number: '1.1', title: 'A study' }, expected: 'A study', note: 'own title first' },
    { input: { id: 'd/goal/2.2/A/commitment/1', document: 'd', type: 'commitment' as const }, expected: 'Promise', note: 'long id tails left out' },
    { input: { id: 'd/rec/1/commitment/1', document: 'd', type: 'commitment' as const }, expected: 'Promise', note: 'the indexer’s words are no label' },
    { input: { id: 'd/obs/VII/2', document: 'd', type: 'observation' as const }, expected: 'Observation VII/2', note: 'chapter and number' },
    { input: { id: 'd/rec/II-6/a', document: 'd', type: 'recommendation' as const }, expected: 'Recommendation II-6/a', note: 'a lettered part' },
  ])('$note', ({ input, expected }) => {
    expect(itemHeading(input)).toBe(expected);
  });

  it('prefers the printed number to the id', () => {
    expect(itemLabel({ id: 'd/a/x', document: 'd', number: '6.1' })).toBe('6.1');
  });
});

describe('shortDocumentName', () => {
  it.each([
    { input: 'Lanzarote Committee factsheet – Czech Republic: implementation report', expected: 'Lanzarote Committee factsheet', note: 'cut at a dash' },
    { input: 'National Strategy for Combating Trafficking in Human Beings in the Czech Republic 2020–2023', expected: 'National Strategy for Combating Trafficking in Human Beings in…', note: 'long: cut at a word' },
    { input: 'Short title', expected: 'Short title', note: 'short stays' },
  ])('$note', ({ input, expected }) => {
    expect(shortDocumentName(input)).toBe(expected);
  });
});

describe('labels', () => {
  it('names facet values in words', () => {
    const name = (id: string) => `doc ${id}`;
    expect(facetValueLabel('type', 'response', name)).toBe('Replies');
    expect(facetValueLabel('urgency', 'require', name)).toBe('Requires');
    expect(facetValueLabel('theme', 'online-ict', name)).toBe('Online and ICT');
    expect(facetValueLabel('document', 'x', name)).toBe('doc x');
    expect(facetValueLabel('commitment', 'true', name)).toBe('Commitments');
    expect(facetValueLabel('year', '2018', name)).toBe('2018');
  });

  it('names cited references', () => {
    expect(refFilterLabel('para:73')).toBe('Cites paragraph 73');
    expect(refFilterLabel('III-25')).toBe('Cites recommendation III-25');
  });
});

describe('routes', () => {
  it.each([
    ['/', 'search'], ['/item/a/b', 'item'], ['/commitments', 'commitments'], ['/refs/paragraph/73', 'refs'],
    ['/refs/recommendation/III-25', 'refs'], ['/item/', 'not-found'], ['/refs/para/1', 'not-found'], ['/api/search', 'not-found'],
  ])('%s → %s', (path, kind) => {
    expect(matchRoute(path)).toBe(kind);
  });

  it('reads the cited paragraph or recommendation from a refs path', () => {
    expect(citedTargetFromPath('/refs/paragraph/73')).toEqual({ kind: 'paragraph', n: 73 });
    expect(citedTargetFromPath('/refs/recommendation/III-25%2BIII-29')).toEqual({ kind: 'recommendation', id: 'III-25+III-29' });
    expect(citedTargetFromPath('/refs/paragraph/seventy')).toBeUndefined();
  });
});

describe('resultSummary', () => {
  it.each([
    { input: [1, 1, 0.4], expected: '1 result · <1 ms', note: 'one hit, fast' },
    { input: [2, 45, 3.4], expected: '45 results, showing 21–40 · 3 ms', note: 'a middle page' },
    { input: [3, 45, 12], expected: '45 results, showing 41–45 · 12 ms', note: 'the last page' },
    { input: [1, 1234, 2], expected: '1,234 results, showing 1–20 · 2 ms', note: 'thousands' },
  ])('$note', ({ input: [page, count, took], expected }) => {
    expect(resultSummary({ ...emptyState(), page }, count, took)).toBe(expected);
  });
});
