// Evaluates a query plan over the postings into per-item BM25 scores and a bit mask of the
// clauses each item satisfies. Everything works on typed arrays sized to the corpus and
// reused across queries (a Worker isolate answers one query at a time), with epoch
// counters instead of clearing, so a query costs time in proportion to its postings.
import { hasPhrase, withinWindow } from './positions.js';
import { saturate, type PostingsIndex, type TermPostings } from './postings.js';
import type { Alternative, Proximity, QueryPlan } from './plan.js';

export interface MatchResult {
  /** Items matching at least one clause and no exclusion, in no particular order. */
  matched: Int32Array;
  score: Float64Array;
  mask: Uint32Array;
  /** Item → true when an excluded word or phrase occurs in it (valid for this query). */
  isExcluded(item: number): boolean;
  /** Item → true when it cites what a citation of the query cites (valid for this query). */
  isCited(item: number): boolean;
  /** Item → true when it matched at least one clause (valid for this query). */
  isMatched(item: number): boolean;
}

/**
 * Given the items a proximity bonus may apply to, the most it could add to each (by item) and
 * a function adding an item's exact bonus to its score: calls that function for the items
 * whose exact score matters (Matcher.addProximity).
 */
export type BonusSelector = (candidates: Int32Array, bound: Float64Array, addBonus: (item: number) => void) => void;

/** No selection: every item's exact bonus (orders other than relevance rank every item by it). */
const everyItem: BonusSelector = (candidates, _bound, addBonus) => {
  for (let k = 0; k < candidates.length; k++) addBonus(candidates[k]);
};

/** A term's items over all fields, ascending, and their BM25F frequencies (Matcher.frequencies). */
interface MergedFrequencies {
  items: Int32Array;
  tf: Float64Array;
}

export class Matcher {
  private readonly score: Float64Array;
  private readonly mask: Uint32Array;
  private readonly seen: Uint32Array;
  private readonly excluded: Uint32Array;
  private readonly cited: Uint32Array;
  private readonly touched: Int32Array;
  private epoch = 0;
  // Scratch for one alternative: its own score, how many of its terms each item has.
  private readonly altScore: Float64Array;
  private readonly altCount: Uint8Array;
  private readonly altSeen: Uint32Array;
  private readonly altList: Int32Array;
  private altEpoch = 0;
  /** The postings of the alternative evaluated last. */
  private altPostings: TermPostings[] = [];
  /** Per term, its items over every field with their BM25F frequencies (frequencies()); made on first use. */
  private readonly merged = new WeakMap<TermPostings, MergedFrequencies>();
  // Scratch for merging a term's fields once: each item's summed frequency, whether it was seen, the items seen.
  private readonly termTf: Float64Array;
  private readonly termSeen: Uint8Array;
  private readonly termList: Int32Array;
  // Scratch for the proximity bonus: the items ranked, each item's largest possible bonus, and
  // per run (grown on demand) its candidates and their run scores.
  private readonly inResults: Uint32Array;
  private resultEpoch = 0;
  private readonly bound: Float64Array;
  private readonly boundSeen: Uint32Array;
  private boundEpoch = 0;
  private readonly candidates: Int32Array;
  private readonly runScores: Float64Array[] = [];
  private readonly runSeen: Uint32Array[] = [];

  constructor(private readonly index: PostingsIndex) {
    const n = index.itemCount;
    this.score = new Float64Array(n);
    this.mask = new Uint32Array(n);
    this.seen = new Uint32Array(n);
    this.excluded = new Uint32Array(n);
    this.cited = new Uint32Array(n);
    this.touched = new Int32Array(n);
    this.altScore = new Float64Array(n);
    this.altCount = new Uint8Array(n);
    this.altSeen = new Uint32Array(n);
    this.altList = new Int32Array(n);
    this.termTf = new Float64Array(n);
    this.termSeen = new Uint8Array(n);
    this.termList = new Int32Array(n);
    this.inResults = new Uint32Array(n);
    this.bound = new Float64Array(n);
    this.boundSeen = new Uint32Array(n);
    this.candidates = new Int32Array(n);
  }

  match(plan: QueryPlan): MatchResult {
    const epoch = this.nextEpoch();
    for (const alternative of plan.excluded) {
      const count = this.evaluate(alternative);
      for (let k = 0; k < count; k++) this.excluded[this.altList[k]] = epoch;
    }
    let touchedCount = 0;
    plan.clauses.forEach((clause, clauseIndex) => {
      const bit = 1 << clauseIndex;
      const idfCap = this.typedIdf(clause.alternatives);
      for (const alternative of clause.alternatives) {
        const count = this.evaluate(alternative, alternative.expansion ? idfCap : Infinity);
        for (let k = 0; k < count; k++) {
          const item = this.altList[k];
          if (this.excluded[item] === epoch) continue;
          if (this.seen[item] !== epoch) {
            this.seen[item] = epoch;
            this.score[item] = 0;
            this.mask[item] = 0;
            this.touched[touchedCount++] = item;
          }
          this.score[item] += alternative.weight * this.altScore[item];
          this.mask[item] |= bit;
          if (alternative.items) this.cited[item] = epoch;
        }
      }
    });
    const { excluded, cited, seen } = this;
    return {
      matched: this.touched.subarray(0, touchedCount),
      score: this.score,
      mask: this.mask,
      isExcluded: (item) => excluded[item] === epoch,
      isCited: (item) => cited[item] === epoch,
      isMatched: (item) => seen[item] === epoch && excluded[item] !== epoch,
    };
  }

  /**
   * Words typed together and found together, or close: a bonus on the items of `results` (items
   * the query matched that the filters keep; no other item is ranked), added to `score`.
   * `select` is given the items the bonus may apply to (each once), the most it could add to
   * each (`bound`, by item) and `addBonus`, and calls `addBonus` for the items whose exact score
   * it needs (Engine.bonusSelector): the position checks, the costliest part of a broad query,
   * then run for the items that may reach the page instead of tens of thousands. Without it,
   * every such item's positions are read.
   */
  addProximity(plan: QueryPlan, results: Int32Array, select: BonusSelector = everyItem): void {
    if (plan.proximity.length === 0) return;
    if (this.resultEpoch === 0xffffffff) { this.inResults.fill(0); this.resultEpoch = 0; }
    const resultEpoch = ++this.resultEpoch;
    for (let k = 0; k < results.length; k++) this.inResults[results[k]] = resultEpoch;
    // Per run, its score for each item having all its words (kept by item), and per item the
    // largest bonus the runs could add together.
    if (this.boundEpoch === 0xffffffff) { this.boundSeen.fill(0); this.boundEpoch = 0; for (const marks of this.runSeen) marks.fill(0); }
    const boundEpoch = ++this.boundEpoch;
    const n = this.index.itemCount;
    const postingsOf: TermPostings[][] = [];
    let candidates = 0;
    plan.proximity.forEach((run, r) => {
      const count = this.evaluateRun(run);
      postingsOf.push(this.altPostings);
      const runScore = (this.runScores[r] ??= new Float64Array(n));
      const runSeen = (this.runSeen[r] ??= new Uint32Array(n));
      for (let k = 0; k < count; k++) {
        const item = this.altList[k];
        if (this.inResults[item] !== resultEpoch) continue;
        runScore[item] = this.altScore[item];
        runSeen[item] = boundEpoch;
        if (this.boundSeen[item] !== boundEpoch) { this.boundSeen[item] = boundEpoch; this.bound[item] = 0; this.candidates[candidates++] = item; }
        this.bound[item] += (run.nearWeight + run.adjacentWeight) * this.altScore[item];
      }
    });
    const { score } = this;
    select(this.candidates.subarray(0, candidates), this.bound, (item) => {
      plan.proximity.forEach((run, r) => {
        if (this.runSeen[r][item] === boundEpoch) score[item] += this.runBonus(run, postingsOf[r], item, this.runScores[r][item]);
      });
    });
  }

  /** Items having every word of a run (altList, their count returned), scores in altScore, postings in altPostings. */
  private evaluateRun(run: Proximity): number {
    return this.evaluate({ terms: run.terms, offsets: run.offsets, adjacent: false, weight: 1, expansion: false });
  }

  private runBonus(run: Proximity, postings: TermPostings[], item: number, runScore: number): number {
    if (!withinWindow(postings, item, run.window)) return 0;
    const adjacent = hasPhrase(postings, run.offsets, item);
    return (run.nearWeight + (adjacent ? run.adjacentWeight : 0)) * runScore;
  }

  private nextEpoch(): number {
    // Wrap-around would make stale marks look current; clear once every 2^32 queries.
    if (this.epoch === 0xffffffff) { this.seen.fill(0); this.excluded.fill(0); this.cited.fill(0); this.epoch = 0; }
    return ++this.epoch;
  }

  /**
   * Highest idf among the words the user typed in a clause. A synonym's own idf may be far
   * higher (a rare "hotline" for a common "helplines"); capping it keeps items that use
   * the typed word ahead of items found only through the expansion.
   */
  private typedIdf(alternatives: Alternative[]): number {
    let cap = -Infinity;
    for (const alternative of alternatives) {
      if (alternative.expansion) continue;
      for (const term of alternative.terms) cap = Math.max(cap, this.index.postings(term)?.idf ?? -Infinity);
    }
    return cap === -Infinity ? Infinity : cap;
  }

  /** Items satisfying one alternative into altList (returns their count), scores into altScore. */
  private evaluate(alternative: Alternative, idfCap = Infinity): number {
    if (alternative.items) return this.listed(alternative.items);
    const postings: TermPostings[] = (this.altPostings = []);
    for (const term of alternative.terms) {
      const p = this.index.postings(term);
      if (!p) return 0; // a term no item has: nothing can contain all of them
      postings.push(p);
    }
    if (this.altEpoch === 0xffffffff) { this.altSeen.fill(0); this.altEpoch = 0; }
    const epoch = ++this.altEpoch;
    // Rarest term first: later terms only add to items that already have all earlier ones.
    const order = postings.map((_, i) => i).sort((a, b) => postings[a].df - postings[b].df);
    let count = 0;
    const { altSeen, altScore, altCount, altList } = this;
    order.forEach((termIndex, step) => {
      const term = postings[termIndex];
      const { items, tf } = this.frequencies(term);
      const idf = Math.min(term.idf, idfCap);
      for (let k = 0; k < items.length; k++) {
        const item = items[k];
        if (step === 0) {
          altSeen[item] = epoch;
          altScore[item] = 0;
          altList[count++] = item;
        } else if (altSeen[item] !== epoch || altCount[item] !== step) continue;
        altCount[item] = step + 1;
        altScore[item] += saturate(idf, tf[k]);
      }
    });
    const needed = postings.length;
    let kept = 0;
    for (let k = 0; k < count; k++) {
      const item = this.altList[k];
      if (this.altCount[item] !== needed) continue;
      if (alternative.adjacent && !hasPhrase(postings, alternative.offsets, item)) continue;
      this.altList[kept++] = item;
    }
    return kept;
  }

  /**
   * One term's BM25F frequency per item (weighted and length-normalised per field, summed over
   * fields), for every item having the term in any field, in ascending item order. The norms
   * are fixed for the isolate, so each term's merge is made once and kept as long as the
   * postings index keeps the term (the merge is keyed on its postings, so it goes when they are
   * dropped; DECODED_POSTINGS_BUDGET does not count it): a query then reads one list per term
   * instead of one per field, and writes no per-term scratch.
   */
  private frequencies(term: TermPostings): MergedFrequencies {
    const known = this.merged.get(term);
    if (known) return known;
    const { termTf, termSeen, termList } = this;
    let found = 0;
    // Summed in field order, as each item's frequency always was, so that scores stay bit-identical.
    for (const field of term.fields) {
      const norms = this.index.norms(field.field);
      for (let k = 0; k < field.items.length; k++) {
        const item = field.items[k];
        if (termSeen[item] === 0) { termSeen[item] = 1; termTf[item] = 0; termList[found++] = item; }
        termTf[item] += field.tfs[k] * norms[item];
      }
    }
    const items = termList.slice(0, found).sort();
    const tf = new Float64Array(found);
    for (let k = 0; k < found; k++) { tf[k] = termTf[items[k]]; termSeen[items[k]] = 0; }
    const merged = { items, tf };
    this.merged.set(term, merged);
    return merged;
  }

  /** A fixed list of items (those citing what the query cites), each with the same score. */
  private listed(items: readonly number[]): number {
    for (let k = 0; k < items.length; k++) {
      this.altList[k] = items[k];
      this.altScore[items[k]] = 1;
    }
    return items.length;
  }
}
