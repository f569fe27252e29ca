// What the search view draws, whoever computed it: the server from its engine for the first
// HTML, the browser from /api/search when a filter is ticked. One shape, so the same
// components render both.
import type { Item } from '../../../core/schema.js';
import type { AnyFacetField, QueryReading, QuestionRef } from '../../../core/search/types.js';
import type { DocumentNames } from './documents.js';
import type { SearchState } from './url-state.js';

/** A hit as lists show it: the item (without its related list) and why it matched. */
export interface HitView {
  item: Omit<Item, 'related'>;
  /** HTML-escaped snippets with <mark> around matched words, by field (`section`: the heading path, when only it matched). */
  highlights?: { text?: string; title?: string; section?: string; question?: string };
  /** Matches only some of the query's words. */
  partial?: boolean;
  /** Cites what the query cites ("paragraph 104"). */
  cites?: boolean;
  /** For an answer, reply or promise: the question or recommendation it answers. */
  question?: QuestionRef;
}

export type FacetCounts = Partial<Record<AnyFacetField, Record<string, number>>>;

/** What the page says about how the query was read. */
export type QueryReadingView = Pick<QueryReading, 'corrections' | 'citations' | 'notices' | 'searchInsteadFor' | 'didYouMean'>;

/** The parts of the engine's reading (or the API's `parsed`) the page shows. */
export const readingView = ({ corrections, citations, notices, searchInsteadFor, didYouMean }: QueryReadingView): QueryReadingView =>
  ({ corrections, citations, notices, ...(searchInsteadFor ? { searchInsteadFor } : {}), ...(didYouMean ? { didYouMean } : {}) });

export interface SearchOutcome {
  count: number;
  hits: HitView[];
  /** Per facet, counts over the matches; a filtered facet's counts come without its own filter. */
  facets: FacetCounts;
  /** How the engine read the query: citations, notices, corrections and what to search instead. */
  reading: QueryReadingView;
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
