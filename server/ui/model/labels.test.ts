import { describe, expect, it } from 'vitest';
import { shortDocumentName } from './documents.js';
import { countOf, facetValueLabel, kindLabel, refFilterLabel, yearLabel } from './labels.js';

describe('labels', () => {
  const name = (id: string) => `doc ${id}`;

  it('names facet values in words', () => {
    expect(facetValueLabel('type', 'response', name)).toBe('Replies');
    expect(facetValueLabel('urgency', 'require', name)).toBe('Requires');
    expect(facetValueLabel('theme', 'online-ict', name)).toBe('Online and ICT');
    expect(facetValueLabel('document', 'x', name)).toBe('doc x');
    expect(facetValueLabel('commitment', 'true', name)).toBe('Commitments');
    expect(facetValueLabel('addressee', 'all-parties', name)).toBe('All Parties');
    expect(facetValueLabel('year', '2018', name)).toBe('2018');
    expect(facetValueLabel('fulfilment', 'partially-met', name)).toBe('Partially met');
    expect(facetValueLabel('fulfilment', 'different', name)).toBe('Met differently');
    expect(facetValueLabel('position', 'noted', name)).toBe('Noted');
    expect(facetValueLabel('recommendingState', 'Maldives', name)).toBe('Maldives');
    expect(facetValueLabel('responsible', 'MOI', name)).toBe('MOI');
  });

  it.each([['2018..2023', '2018–2023'], ['..2019', 'Up to 2019'], ['2020..', '2020 onwards'], ['2021', '2021']])('year %s reads %s', (value, expected) => {
    expect(yearLabel(value)).toBe(expected);
  });

  it('names cited references', () => {
    expect(refFilterLabel('para:73')).toBe('Cites paragraph 73');
    expect(refFilterLabel('III-25')).toBe('Cites recommendation III-25');
  });

  it('names document kinds, and unknown kinds by their id', () => {
    expect(kindLabel('national-strategy')).toBe('National strategy');
    expect(kindLabel('annual-memo')).toBe('Annual memo');
    expect(kindLabel('upr-report')).toBe('Universal Periodic Review: report of the Working Group');
    expect(kindLabel('un-observations')).toBe('UN compilation or concluding observations');
  });

  it('counts items of a type in words', () => {
    expect(countOf(1, 'recommendation')).toBe('1 recommendation');
    expect(countOf(1234, 'response')).toBe('1,234 replies');
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
