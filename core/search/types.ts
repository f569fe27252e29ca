// Shared types of the search engine: used by the indexer (to build the snapshot)
// and by the server (to load it and answer queries).
import type { Item } from '../schema.js';

export const FACET_FIELDS = [
  'type', 'urgency', 'body', 'year', 'theme', 'document', 'addressee', 'commitment',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * Facets the engine counts only when asked (SearchParams.facets): the reported fulfilment of
 * evaluated tasks, the body responsible for tasks and commitments, and, for review documents
 * (UN Universal Periodic Review), the States that made a recommendation and the position the
 * State under review took on it. Kept apart from FACET_FIELDS, which every answer carries.
 */
export const EXTRA_FACET_FIELDS = ['fulfilment', 'responsible', 'recommendingState', 'position'] as const;
export type ExtraFacetField = (typeof EXTRA_FACET_FIELDS)[number];
export type AnyFacetField = FacetField | ExtraFacetField;

/** Fulfilment as searched and counted; `partially-met` is the items' status `partially`. */
export const FULFILMENT_VALUES = ['met', 'partially-met', 'not-met', 'different'] as const;
export type Fulfilment = (typeof FULFILMENT_VALUES)[number];

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
  /** Reported fulfilment of evaluated tasks (FULFILMENT_VALUES). */
  fulfilment?: string[];
  /** Responsible body as the responsible facet shows it ("MOI", "MLSA"). */
  responsible?: string[];
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
  /** Facets to count; default FACET_FIELDS. [] counts none (cheaper when only hits are wanted). */
  facets?: readonly AnyFacetField[];
  /** Search the words as typed: no spelling correction ("search instead for …"). */
  verbatim?: boolean;
  /**
   * Count each filtered facet without its own filter (disjunctive faceting): its other values
   * then say how many items ticking them would add, as a filter panel whose values of one
   * facet mean OR shows them. The other facets count the matches, as without it.
   */
  disjunctiveFacets?: boolean;
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
  /**
   * HTML-escaped snippets with <mark> around matched terms, by field: `section` (the heading
   * path joined with " › ") when a query word was found in a heading and not in the title or
   * text; `question` when words were found in the question shown with an answer.
   */
  highlights: { text?: string; title?: string; section?: string; question?: string };
  /** True when the item matches only some of the query's words (ranked after full matches). */
  partial?: boolean;
  /** True when the item cites a paragraph, recommendation or document the query cites. */
  cites?: boolean;
  /** For an answer, reply or commitment: the question (recommendation, goal) it answers. */
  question?: QuestionRef;
}

export interface QuestionRef {
  id: string;
  type: Item['type'];
  number?: string;
  title?: string;
  text: string;
  /** The lead-in of the list the question belongs to ("Does national law criminalise cases when adults:"). */
  lead?: string;
}

export interface SearchResult {
  count: number;
  hits: SearchHit[];
  /** The fields asked for in SearchParams.facets (by default every FACET_FIELDS field). */
  facets: Record<FacetField, Record<string, number>> & Partial<Record<ExtraFacetField, Record<string, number>>>;
  /** How the query was understood: terms, phrases, exclusions, expansions, corrections, citations, notices. */
  parsed: QueryReading;
}

export interface ParsedQueryInfo {
  terms: string[];
  phrases: string[];
  excluded: string[];
  alternatives: string[][];
  expansions: Record<string, string[]>;
  /** Words rewritten because no item has them and they are not English words. */
  corrections: Record<string, string>;
  /** Paragraphs, recommendations, numbered items and documents the query cites; items citing them come first. */
  citations?: Citation[];
  /** What the engine did with the query that a reader should be told about. */
  notices?: Notice[];
  /** With corrections: the query as typed, to be searched with `verbatim: true`. */
  searchInsteadFor?: string;
  /** Offered, not applied: the query with words no item contains replaced by the nearest indexed words. */
  didYouMean?: string;
}

/** What the engine answers: every field it reads a query into, always given. */
export interface QueryReading extends ParsedQueryInfo {
  citations: Citation[];
  notices: Notice[];
}

export const CITATION_KINDS = ['paragraph', 'recommendation', 'numbered', 'symbol'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export interface Citation {
  kind: CitationKind;
  /** As typed ("Para. 104", "Rec III-25", "question 9.2"). */
  typed: string;
  /** The canonical reference: "104", "III-25", "9.2", "CP/Rec(2024)10". */
  ref: string;
  /** For the ref filter and /api/refs: "para:104", "III-25"; absent for numbered items and documents. */
  filter?: string;
  /** What the page shows: "cites paragraph 104", "question 9.2", "cites CP/Rec(2024)10". */
  label: string;
  /** Items citing it (or numbered so), listed before the other matches. */
  items: number;
}

export const NOTICE_CODES = [
  'no-searchable-words', 'unclosed-quote', 'not-found', 'corrected', 'not-cited', 'too-many-words',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface Notice {
  code: NoticeCode;
  /** One English sentence saying what happened and what to do. */
  message: string;
  /** The words or citation concerned, as typed. */
  subject?: string[];
}

/** Extra language data learnt from the corpus (abbreviation lists, defined terms). */
export interface Lexicon {
  /** abbreviation (as printed, e.g. "THB") → expansions ("trafficking in human beings"). */
  abbreviations: Record<string, string[]>;
  /**
   * Ordinary English words, folded (indexer side, from a word list). Only the ones a typo
   * corrector would rewrite to an indexed word go into the snapshot, so that "phrase" is
   * never "corrected" to "phase".
   */
  english?: Iterable<string>;
  /** Document id → symbols its metadata says it answers or is ("CP/Rec(2024)10", "CP(2025)07"). */
  documentSymbols?: Record<string, string[]>;
}
