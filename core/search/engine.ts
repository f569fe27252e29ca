// One query, end to end: parse → plan → match → filter → order → page → highlight.
// Built once per isolate from a parsed snapshot; it reads an item only to return it as a hit,
// so the items may stay unparsed until then (ItemSource). search() allocates little.
import type { Item } from '../schema.js';
import type { QueryCitation } from './citations.js';
import { questionRef } from './context.js';
import { ExpansionTable } from './expansions.js';
import { FacetTable, isFiltered } from './facets.js';
import { hitHighlights } from './hit-highlights.js';
import { Matcher, type BonusSelector, type MatchResult } from './match.js';
import { notFound } from './notices.js';
import { comparator, firstInOrder } from './order.js';
import { parseQuery } from './query-parser.js';
import { planQuery } from './plan.js';
import type { QueryPlan } from './plan.js';
import { PostingsIndex } from './postings.js';
import { idPositions, indexedItemMismatch } from './snapshot.js';
import type { SnapshotView } from './snapshot.js';
import { SpellingCorrector } from './spelling.js';
import { FACET_FIELDS } from './types.js';
import type { AnyFacetField, ItemSource, SearchFilters, SearchHit, SearchParams, SearchResult } from './types.js';

export const DEFAULT_LIMIT = 20;

/**
 * One item of a ranked page with its exact rank keys (clauses matched + CITED_TIER, unrounded
 * score) and the keys of the other orders (year, 0 for none; deadline key, null for none):
 * everything a coordinator merging several engines' pages orders by.
 */
export interface RankedItem {
  index: number;
  tier: number;
  score: number;
  partial: boolean;
  cites: boolean;
  year: number;
  deadline: number | null;
}

/** What Engine.rank() returns: everything of a search but the items themselves. */
export interface RankedPage {
  plan: QueryPlan;
  count: number;
  page: RankedItem[];
  facets: SearchResult['facets'];
  parsed: SearchResult['parsed'];
}
export const MAX_LIMIT = 1000;

/** Items whose proximity bonus is read at a time, at least (Engine.bonusSelector). */
const BONUS_BATCH = 16;

/** Added to the clause count of items citing what the query cites: they come first. */
export const CITED_TIER = 64;

export class Engine {
  private readonly postings: PostingsIndex;
  private readonly matcher: Matcher;
  private readonly spelling: SpellingCorrector;
  private expansionTable?: ExpansionTable;
  private englishWords?: ReadonlySet<string>;
  private readonly facetTable: FacetTable;
  private readonly deadlines: Float64Array;
  /** Per matched item: clauses matched (+ CITED_TIER when it cites), shared with its question or answer. */
  private readonly tier: Uint8Array;
  private positions?: Map<string, number>;
  private readonly allItems: Int32Array;
  /** Answer → the question it answers (-1 for other items); question → its answers. */
  private readonly questionOf: Int32Array;
  private readonly answersOf = new Map<number, number[]>();
  /** Facets of the unfiltered, unqueried corpus: the landing page, asked for constantly. */
  private allFacets?: SearchResult['facets'];

  /** `decodedPostingsBudget`: see DECODED_POSTINGS_BUDGET (tests make it tiny to exercise eviction). */
  constructor(readonly snapshot: SnapshotView, private readonly items: ItemSource, options: { decodedPostingsBudget?: number } = {}) {
    const count = snapshot.ids.length;
    if (items.length !== count) throw new Error(`the snapshot indexes ${count} items, ${items.length} were given`);
    this.postings = new PostingsIndex(snapshot, options.decodedPostingsBudget);
    this.matcher = new Matcher(this.postings);
    this.spelling = new SpellingCorrector(this.postings);
    this.facetTable = new FacetTable(snapshot.facets, snapshot.refs, count);
    this.deadlines = new Float64Array(count).fill(Infinity);
    for (const [item, key] of snapshot.deadlines) this.deadlines[item] = key;
    this.tier = new Uint8Array(count);
    this.allItems = new Int32Array(count);
    for (let i = 0; i < count; i++) this.allItems[i] = i;
    this.questionOf = new Int32Array(count).fill(-1);
    for (const [answer, question] of snapshot.answers) {
      this.questionOf[answer] = question;
      const answers = this.answersOf.get(question);
      if (answers) answers.push(answer);
      else this.answersOf.set(question, [answer]);
    }
  }

  /** See indexedItemMismatch: the server checks each item once against what was indexed. */
  indexedItemMismatch(index: number, item: Item): string | undefined {
    return indexedItemMismatch(this.snapshot, index, item);
  }

  itemById(id: string): Item | undefined {
    const index = this.positionOf(id);
    return index === undefined ? undefined : this.item(index);
  }

  /** The item's position in the snapshot, or undefined when it holds no item with this id. */
  positionOf(id: string): number | undefined {
    return (this.positions ??= idPositions(this.snapshot.ids)).get(id);
  }

  private item(index: number): Item {
    const item = this.items.at(index);
    const id = this.snapshot.ids.at(index);
    if (item === undefined || item.id !== id) {
      throw new Error(`item ${index} is ${JSON.stringify(item?.id)}, the search snapshot has ${JSON.stringify(id)}: rebuild the corpus with the indexer`);
    }
    return item;
  }

  /** Keyed on the first query: only queries need it. */
  private expansions(): ExpansionTable {
    return (this.expansionTable ??= new ExpansionTable(this.snapshot.expansions));
  }

  /** Built on the first word no item contains. */
  private isEnglish(folded: string): boolean {
    this.englishWords ??= new Set(this.snapshot.english ? this.snapshot.english.split(' ') : []);
    return this.englishWords.has(folded);
  }

  /** Items citing (or numbered as) what a citation names, with the answers of cited questions. */
  private citing(citation: QueryCitation): number[] {
    const found = new Set<number>();
    for (const { key, types } of citation.keys) for (const item of this.facetTable.citing(key, types)) found.add(item);
    for (const item of [...found]) for (const answer of this.answersOf.get(item) ?? []) found.add(answer);
    return [...found].sort((a, b) => a - b);
  }

  search(params: SearchParams): SearchResult {
    return this.hits(this.rank(params));
  }

  /**
   * The first phase of a search, which reads no item: the page's items with their exact rank
   * keys, the count and the facets. A caller whose items live elsewhere (a shard over Workers
   * KV) fetches `needed` between rank() and hits(); nothing here refers to the engine's reused
   * per-query arrays, so another search may run in between.
   */
  rank(params: SearchParams): RankedPage {
    const plan = this.plan(params);
    const fields = params.facets ?? FACET_FIELDS;
    if (plan.nothingSearchable) return { plan, count: 0, page: [], facets: this.facetTable.count([], fields), parsed: plan.info };

    const filter = this.facetTable.compile(params.filters);
    const hasQuery = plan.clauses.length > 0;
    const match = hasQuery || plan.excluded.length > 0 ? this.matcher.match(plan) : undefined;

    const sort = params.sort ?? (hasQuery ? 'relevance' : 'document');
    const offset = wholeNumber(params.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = wholeNumber(params.limit, DEFAULT_LIMIT, 0, MAX_LIMIT);
    // What the query alone matches, before the filters: a disjunctive facet counts over it.
    let unfiltered: Int32Array;
    let results: Int32Array;
    if (hasQuery) {
      unfiltered = match!.matched;
      results = filter ? unfiltered.filter(filter) : unfiltered;
      this.reportClausesFoundNowhere(plan, match!);
      this.setTiers(results, match!);
      // Ordered by relevance, only items that may reach the page need their words' positions read.
      this.matcher.addProximity(plan, results, sort === 'relevance' ? this.bonusSelector(results, match!, offset + limit) : undefined);
      this.shareScores(results, match!, filter);
    } else {
      unfiltered = match ? this.allItems.filter((i) => !match.isExcluded(i)) : this.allItems;
      results = filter ? unfiltered.filter(filter) : unfiltered;
    }

    const compare = comparator(sort, hasQuery, { tier: this.tier, score: match?.score ?? new Float64Array(0) }, this.facetTable.years, this.deadlines);
    const clauseCount = plan.clauses.length;
    const years = this.facetTable.years;
    const page = Array.from(firstInOrder(results, offset + limit, compare).slice(offset), (i): RankedItem => {
      const orders = { year: years[i], deadline: Number.isFinite(this.deadlines[i]) ? this.deadlines[i] : null };
      if (!hasQuery) return { index: i, tier: 0, score: 0, partial: false, cites: false, ...orders };
      return { index: i, tier: this.tier[i], score: match!.score[i], partial: popCount(match!.mask[i]) < clauseCount, cites: match!.isCited(i), ...orders };
    });
    const facets = this.facets(results, fields);
    if (params.disjunctiveFacets) this.liftOwnFilters(facets, unfiltered, params.filters, fields);
    return { plan, count: results.length, page, facets, parsed: plan.info };
  }

  /** Each filtered facet counted over the items every other filter keeps (SearchParams.disjunctiveFacets). */
  private liftOwnFilters(facets: SearchResult['facets'], unfiltered: Int32Array, filters: SearchFilters | undefined, fields: readonly AnyFacetField[]): void {
    for (const field of fields) {
      if (!filters || !isFiltered(filters, field)) continue;
      const others = this.facetTable.compile({ ...filters, [field]: undefined });
      Object.assign(facets, this.facetTable.count(others ? unfiltered.filter(others) : unfiltered, [field]));
    }
  }

  /**
   * Items hits() reads besides those already read: the page's items and the questions of its
   * answers. (hits() may still ask for a question's lead-in: ItemSource.at throws for an item
   * the caller has not fetched, and the caller fetches it and calls hits() again.)
   */
  needed(page: readonly RankedItem[]): number[] {
    const indices = new Set<number>();
    for (const { index } of page) {
      indices.add(index);
      if (this.questionOf[index] >= 0) indices.add(this.questionOf[index]);
    }
    return [...indices];
  }

  /** The second phase: the page's hits, read from the items (see rank()). */
  hits(ranked: RankedPage): SearchResult {
    return { count: ranked.count, hits: this.hitsOf(ranked.plan, ranked.page), facets: ranked.facets, parsed: ranked.parsed };
  }

  /**
   * The hits of items ranked earlier for the same params (by this engine, or sent back by a
   * coordinator that merged several engines' pages): the query is planned again, as rank()
   * planned it, for the highlights.
   */
  pageHits(params: SearchParams, page: readonly RankedItem[]): SearchHit[] {
    return this.hitsOf(this.plan(params), page);
  }

  private plan(params: SearchParams): QueryPlan {
    return planQuery(parseQuery(params.q ?? ''), {
      known: (term) => this.postings.has(term),
      english: (folded) => this.isEnglish(folded),
      spelling: this.spelling,
      expansions: this.expansions(),
      citing: (citation) => this.citing(citation),
      verbatim: params.verbatim === true,
    });
  }

  private hitsOf(plan: QueryPlan, page: readonly RankedItem[]): SearchHit[] {
    return page.map(({ index: i, score, partial, cites }) => {
      const item = this.item(i);
      const question = questionRef(item, (id) => this.itemById(id));
      return {
        item,
        score: Math.round(score * 1000) / 1000,
        highlights: hitHighlights(this.postings, plan, item, i, question),
        ...(partial ? { partial: true } : {}),
        ...(cites ? { cites: true } : {}),
        ...(question ? { question } : {}),
      };
    });
  }

  /** Rank keys of the matched items, first part: clauses matched, items citing what the query cites first. */
  private setTiers(results: Int32Array, match: MatchResult): void {
    const { tier } = this;
    for (const item of results) tier[item] = popCount(match.mask[item]) + (match.isCited(item) ? CITED_TIER : 0);
  }

  /**
   * Picks the items whose proximity bonus the first `count` by relevance need (a threshold
   * algorithm); undefined when every result is on the page anyway. Scores without the bonus
   * are lower bounds of the final ones (the bonus and a shared score only raise them), so the
   * `count`-th best of the scores known so far is a floor that the page's last item reaches.
   * An item whose score plus its largest possible bonus stays under the floor never shows and
   * keeps its score without the bonus; the others are read best-bound first, in batches, each
   * batch raising the floor, until no item left could reach it. A question or answer lifted
   * onto the page by its partner's shared score takes that score, so it needs no bonus of its own.
   */
  private bonusSelector(results: Int32Array, match: MatchResult, count: number): BonusSelector | undefined {
    if (count <= 0 || results.length <= count) return undefined;
    const { tier } = this;
    const score = match.score;
    const byScore = (a: number, b: number) => tier[b] - tier[a] || score[b] - score[a];
    return (candidates, bound, addBonus) => {
      // Ties broken by index, so that which items are read never depends on the candidates' order.
      const byBound = (a: number, b: number) => tier[b] - tier[a] || score[b] + bound[b] - (score[a] + bound[a]) || a - b;
      const batchSize = Math.max(count, BONUS_BATCH);
      let best = firstInOrder(results, count, byScore);
      let floorTier = 0;
      let floorScore = 0;
      const setFloor = () => {
        const floor = best[count - 1];
        floorTier = tier[floor];
        // A hair below: a bound is summed in another order than the bonuses it bounds.
        floorScore = score[floor] - 1e-9 * Math.abs(score[floor]);
      };
      const mayReach = (item: number) => tier[item] > floorTier || (tier[item] === floorTier && score[item] + bound[item] >= floorScore);
      const readBatch = (batch: readonly number[]) => {
        for (const item of batch) addBonus(item);
        best = firstInOrder([...new Set([...best, ...batch])], count, byScore);
        setFloor();
      };
      setFloor();
      // First the best-bound batch of all candidates: for most queries it raises the floor above
      // every other candidate's bound.
      const open: number[] = [];
      for (let k = 0; k < candidates.length; k++) if (mayReach(candidates[k])) open.push(candidates[k]);
      if (open.length === 0) return;
      const first = firstInOrder(open, batchSize, byBound);
      readBatch(first);
      // Then the candidates still open, sorted once by bound (an unread item's score and bound do
      // not change) and read in that order, batch by batch, until the next one cannot reach the
      // floor: in this order, then none after it can either. A floor that stays put (no bonus
      // lifts an item) costs one sort, not a pass over every open candidate per batch.
      const done = new Set(first);
      const rest = open.filter((item) => !done.has(item) && mayReach(item)).sort(byBound);
      for (let at = 0; at < rest.length && mayReach(rest[at]);) {
        let end = at;
        while (end < rest.length && end - at < batchSize && mayReach(rest[end])) end++;
        readBatch(rest.slice(at, end));
        at = end;
      }
    };
  }

  /**
   * Rank keys, second part: a question and its answer that match the query equally well (as
   * many clauses) share the better score of the two, so they rank as one unit and, tied,
   * stand together in document order, question first. A question that matches less than its
   * answer (the answer alone names "ACCENDO") is not lifted above other items by it.
   */
  private shareScores(results: Int32Array, match: MatchResult, filter: ((item: number) => boolean) | undefined): void {
    const { tier } = this;
    const score = match.score;
    for (const answer of results) {
      const question = this.questionOf[answer];
      if (question < 0 || !match.isMatched(question) || (filter && !filter(question)) || tier[question] !== tier[answer]) continue;
      score[answer] = score[question] = Math.max(score[answer], score[question]);
    }
  }

  /** A word or phrase that no item contains at all is said so, not silently ranked away. */
  private reportClausesFoundNowhere(plan: QueryPlan, match: MatchResult): void {
    let found = 0;
    // Every clause found: the usual case, known after the first few items that match them all.
    const all = plan.clauses.length >= 32 ? -1 : (1 << plan.clauses.length) - 1;
    for (const item of match.matched) if ((found |= match.mask[item]) === all) break;
    const reported = new Set(plan.info.notices.flatMap((notice) => notice.subject ?? []));
    plan.clauses.forEach((clause, k) => {
      if ((found & (1 << k)) !== 0 || clause.alternatives.some((a) => a.items) || reported.has(clause.typed)) return;
      plan.info.notices.push(notFound(clause.typed));
    });
  }

  private facets(results: Int32Array, fields: SearchParams['facets'] & object): SearchResult['facets'] {
    if (results !== this.allItems || fields !== FACET_FIELDS) return this.facetTable.count(results, fields);
    this.allFacets ??= this.facetTable.count(results);
    // A copy, so that a caller editing its result cannot change the next one.
    return Object.fromEntries(Object.entries(this.allFacets).map(([field, counts]) => [field, { ...counts }])) as SearchResult['facets'];
  }
}

/** The server validates input; this only keeps a NaN or a fraction from reaching the loops. */
function wholeNumber(value: number | undefined, fallback: number, min: number, max: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(min, Math.floor(value)));
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}
