// Shared types of the search engine: used by the indexer (to build the snapshot)
// and by the server (to load it and answer queries).
import type { Item } from '../schema.js';

/** The facets every search answer counts. */
export const FACET_FIELDS = [
  'type', 'urgency', 'body', 'year', 'theme', 'document', 'addressee', 'commitment',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * Facets of review documents (UN Universal Periodic Review): the States that made a
 * recommendation and the position the State under review took on it. The snapshot carries
 * their columns and the engine filters on them; an answer counts them when `facets` asks
 * (the API's answers keep FACET_FIELDS until it offers them).
 */
export const REVIEW_FACET_FIELDS = ['recommendingState', 'position'] as const;
export type ReviewFacetField = (typeof REVIEW_FACET_FIELDS)[number];
/** Every facet column of the snapshot (a literal list, so that bundles keep only what they use). */
export const ALL_FACET_FIELDS = [
  'type', 'urgency', 'body', 'year', 'theme', 'document', 'addressee', 'commitment', 'recommendingState', 'position',
] as const;
export type AnyFacetField = (typeof ALL_FACET_FIELDS)[number];

export const SORTS = ['relevance', 'year', 'document', 'deadline'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchFilters {
  type?: string[];
  urgency?: string[];
  body?: string[];
  /** Exact years and/or an inclusive range ("2018..2023"). */
  year?: { values?: number[]; from?: number; to?: number };
  theme?: string[];
  document?: string[];
  addressee?: string[];
  commitment?: boolean;
  /** "III-25" (recommendation id) or "para:73" (paragraph of the cited report). */
  ref?: string[];
  /** Recommendations made by any of these States (as printed). */
  recommendingState?: string[];
  /** "supported" / "noted". */
  position?: string[];
}

export interface SearchParams {
  q?: string;
  filters?: SearchFilters;
  limit?: number;
  offset?: number;
  sort?: Sort;
  /** Facets to count besides FACET_FIELDS (which are always counted). */
  facets?: readonly ReviewFacetField[];
}

/**
 * The items an engine serves, by index in snapshot order: an array, or a store that parses
 * each item on first use (server/item-store.ts). The engine checks every item's id against
 * the snapshot's when it reads it.
 */
export interface ItemSource {
  readonly length: number;
  at(index: number): Item | undefined;
}

export interface SearchHit {
  item: Item;
  score: number;
  /** HTML-escaped snippets with <mark> around matched terms, by field. */
  highlights: { text?: string; title?: string };
  /** True when the item matches only some of the query's words (ranked after full matches). */
  partial?: boolean;
}

export interface SearchResult {
  count: number;
  hits: SearchHit[];
  facets: Record<FacetField, Record<string, number>> & Partial<Record<ReviewFacetField, Record<string, number>>>;
  /** How the query was understood: terms, phrases, exclusions, expansions, corrections. */
  parsed: ParsedQueryInfo;
}

export interface ParsedQueryInfo {
  terms: string[];
  phrases: string[];
  excluded: string[];
  alternatives: string[][];
  expansions: Record<string, string[]>;
  corrections: Record<string, string>;
}

/** Extra language data learnt from the corpus (abbreviation lists, defined terms). */
export interface Lexicon {
  /** abbreviation (as printed, e.g. "THB") → expansions ("trafficking in human beings"). */
  abbreviations: Record<string, string[]>;
}
