// Pure helpers of the components.
import { describe, expect, it } from 'vitest';
import { emptyState } from '../model/url-state.js';
import { sectionSnippet } from './hit-card.js';
import { pageWindow } from './pagination.js';
import { resultSummary } from './search-results.js';

describe('pageWindow', () => {
  it.each([
    { input: [1, 1], expected: [1], note: 'one page' },
    { input: [1, 5], expected: [1, 2, 3, 4, 5], note: 'few pages, all shown' },
    { input: [10, 20], expected: [1, 0, 8, 9, 10, 11, 12, 0, 20], note: 'gaps (0) around the current window' },
    { input: [2, 20], expected: [1, 2, 3, 4, 0, 20], note: 'near the start' },
    { input: [40, 3], expected: [1, 2, 3], note: 'a page past the end shows the pages there are' },
  ])('$note', ({ input: [current, last], expected }) => {
    expect(pageWindow(current, last)).toEqual(expected);
  });
});

describe('resultSummary', () => {
  it.each([
    { input: [1, 1, 0.4], expected: '1 result · <1 ms', note: 'one hit, fast' },
    { input: [2, 45, 3.4], expected: '45 results, showing 21–40 · 3 ms', note: 'a middle page' },
    { input: [3, 45, 12], expected: '45 results, showing 41–45 · 12 ms', note: 'the last page' },
    { input: [1, 1234, 2], expected: '1,234 results, showing 1–20 · 2 ms', note: 'thousands' },
    { input: [9, 45, 2], expected: '45 results · 2 ms', note: 'a page past the end shows no range' },
  ])('$note', ({ input: [page, count, took], expected }) => {
    expect(resultSummary({ ...emptyState(), page }, count, took)).toBe(expected);
  });
});

describe('sectionSnippet', () => {
  it('keeps the headings with a match and the item\'s own, dropping the other levels', () => {
    expect(sectionSnippet('<mark>Prevention</mark> › Part B › Question 1')).toBe('<mark>Prevention</mark> › Question 1');
    expect(sectionSnippet('A › <mark>Jurisdiction</mark> rules')).toBe('<mark>Jurisdiction</mark> rules');
  });
});
