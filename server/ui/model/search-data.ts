// What the search view draws, whoever computed it: the server from its engine for the first
// HTML, the browser from /api/search when a filter is ticked. One shape, so the same
// components render both.
import type { Item } from '../../../core/schema.js';
import type { FacetField } from '../../../core/search/types.js';
import type { DocumentNames } from './documents.js';
import type { SearchState } from './url-state.js';

/** A hit as lists show it: the item (without its related list) and why it matched. */
export interface HitView {
  item: Omit<Item, 'related'>;
  /** HTML-escaped snippets with <mark> around matched words, by field. */
  highlights?: { text?: string; title?: string };
  /** Matches only some of the query's words. */
  partial?: boolean;
}

export type FacetCounts = Partial<Record<FacetField, Record<string, number>>>;

export interface SearchOutcome {
  count: number;
  hits: HitView[];
  /** Per facet, counts over the matches; a filtered facet's counts come without its own filter. */
  facets: FacetCounts;
  /** Words the engine read as others ("helpine" → "helpline"). */
  corrections: Record<string, string>;
  tookMs: number;
}

export interface SearchViewData {
  state: SearchState;
  /** Absent when the search could not run (see `error`). */
  outcome?: SearchOutcome;
  /** Why the search could not run, written for people (the API's own message). */
  error?: string;
  /** Things about the address worth saying that did not stop the search. */
  notices: readonly string[];
  documents: DocumentNames;
}

/** The tab title of a search. */
export const searchPageTitle = (q: string): string => (q ? `${q} – Monitoring search` : 'Monitoring search');
