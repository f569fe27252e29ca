// The three query sets every engine answers, written from what the design's users ask:
// plain words, words with facet filters (theme, urgency, type, year range), and the plain
// words misspelt (each typo names the query it stands for, to measure recovery).
import type { Item } from '../core/schema.js';
import type { SearchFilters } from '../core/search/index.js';

export interface BenchQuery {
  q: string;
  filters?: SearchFilters;
  /** For a misspelt query: the correctly spelt one. */
  intended?: string;
}

export type QuerySetName = 'plain' | 'faceted' | 'typo';

export const PLAIN: BenchQuery[] = [
  'helpline', 'child protection', 'victims of trafficking', 'online sexual abuse', 'training of professionals',
  'police investigation', 'labour exploitation', 'data collection', 'awareness raising campaign',
  'identification of victims', 'sexual exploitation of children', 'social workers', 'international cooperation',
  'criminal proceedings', 'legal guardian', 'hotline reports', 'compensation for victims', 'school education',
  'residence permit', 'self-generated images', 'interview of child victims', 'national strategy', 'forced labour',
  'prosecution of offenders',
].map((q) => ({ q }));

export const FACETED: BenchQuery[] = [
  { q: 'children', filters: { theme: ['child-protection'], year: { from: 2018, to: 2025 } } },
  { q: 'victims', filters: { theme: ['victim-assistance', 'victim-identification'], year: { from: 2018, to: 2023 } } },
  { q: 'training', filters: { theme: ['training-professionals'], urgency: ['require', 'request', 'invite'] } },
  { q: 'online abuse', filters: { theme: ['online-ict'], urgency: ['invite'], year: { from: 2020, to: 2025 } } },
  { q: 'police', filters: { theme: ['investigation-prosecution'], year: { from: 2014, to: 2020 } } },
  { q: 'exploitation', filters: { theme: ['labour-exploitation'], type: ['task', 'goal', 'answer'] } },
  { q: 'cooperation', filters: { theme: ['international-cooperation'], year: { from: 2018, to: 2025 } } },
  { q: 'awareness', filters: { theme: ['awareness-prevention', 'education'], urgency: ['require', 'request', 'invite'] } },
  { q: 'data', filters: { theme: ['data-research'], year: { from: 2014, to: 2023 } } },
  { q: 'legislation', filters: { theme: ['legal-framework'], type: ['recommendation', 'observation'] } },
  { q: 'civil society organisations', filters: { theme: ['civil-society'], year: { from: 2018, to: 2025 } } },
  { q: 'sexual images', filters: { theme: ['online-ict', 'child-protection'], type: ['recommendation'], urgency: ['invite', 'request'] } },
  { q: 'jurisdiction', filters: { theme: ['jurisdiction'], year: { from: 2018, to: 2025 } } },
  { q: 'identification', filters: { theme: ['victim-identification'], type: ['response', 'paragraph', 'answer'] } },
  { q: 'ministry', filters: { type: ['task'], year: { from: 2020, to: 2023 } } },
  { q: 'children', filters: { urgency: ['require', 'request'], year: { from: 2023, to: 2023 } } },
];

export const TYPO: BenchQuery[] = [
  ['helpine', 'helpline'], ['trafficing', 'trafficking'], ['vicitms', 'victims'], ['child protecton', 'child protection'],
  ['labour exploitaton', 'labour exploitation'], ['polise investigation', 'police investigation'],
  ['internatonal cooperaton', 'international cooperation'], ['compensaton for victims', 'compensation for victims'],
  ['legal guardain', 'legal guardian'], ['criminal procedings', 'criminal proceedings'], ['scool education', 'school education'],
  ['residense permit', 'residence permit'], ['awarenes campaign', 'awareness campaign'], ['profesionals training', 'professionals training'],
  ['natonal strategy', 'national strategy'], ['sexaul exploitation', 'sexual exploitation'],
].map(([q, intended]) => ({ q, intended }));

export const QUERY_SETS: Record<QuerySetName, BenchQuery[]> = { plain: PLAIN, faceted: FACETED, typo: TYPO };

/** The same filter semantics as the engine's (any of the values per facet, inclusive year range). */
export function matchesFilters(item: Item, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  const anyOf = (wanted: string[] | undefined, values: readonly (string | undefined)[]) =>
    !wanted || wanted.length === 0 || values.some((v) => v !== undefined && wanted.includes(v));
  if (!anyOf(filters.type, [item.type]) || !anyOf(filters.urgency, [item.urgency]) || !anyOf(filters.theme, item.themes)) return false;
  if (!anyOf(filters.body, [item.body]) || !anyOf(filters.document, [item.document])) return false;
  const year = filters.year;
  if (year && (year.from !== undefined || year.to !== undefined || year.values?.length)) {
    if (item.year === undefined) return false;
    const inRange = (year.from !== undefined || year.to !== undefined) && item.year >= (year.from ?? -Infinity) && item.year <= (year.to ?? Infinity);
    if (!inRange && !(year.values ?? []).includes(item.year)) return false;
  }
  return true;
}
