// One query, end to end: parse → plan → match → filter → order → page → highlight.
// Built once per isolate from a parsed snapshot; it reads an item only to return it as a hit,
// so the items may stay unparsed until then (ItemSource). search() allocates little.
import type { Item } from '../schema.js';
import { ExpansionTable } from './expansions.js';
import { FacetTable } from './facets.js';
import { highlight } from './highlight.js';
import { markedWords } from './marks.js';
import { Matcher } from './match.js';
import { comparator, firstInOrder } from './order.js';
import { parseQuery } from './query-parser.js';
import { planQuery } from './plan.js';
import type { QueryPlan } from './plan.js';
import { PostingsIndex } from './postings.js';
import { FIELDS, indexedItemMismatch } from './snapshot.js';
import type { Snapshot } from './snapshot.js';
import { SpellingCorrector } from './spelling.js';
import type { ItemSource, ReviewFacetField, SearchHit, SearchParams, SearchResult } from './types.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

const TITLE_FIELD = FIELDS.indexOf('title');
const TEXT_FIELD = FIELDS.indexOf('text');

export class Engine {
  private readonly postings: PostingsIndex;
  private readonly matcher: Matcher;
  private readonly spelling: SpellingCorrector;
  private expansionTable?: ExpansionTable;
  private readonly facetTable: FacetTable;
  private readonly deadlines: Float64Array;
  private readonly tier: Uint8Array;
  private readonly indexOf: Map<string, number>;
  private readonly allItems: Int32Array;
  /** Facets of the unfiltered, unqueried corpus: the landing page, asked for constantly. */
  private allFacets?: SearchResult['facets'];

  constructor(readonly snapshot: Snapshot, private readonly items: ItemSource) {
    const count = snapshot.ids.length;
    if (items.length !== count) throw new Error(`the snapshot indexes ${count} items, ${items.length} were given`);
    this.postings = new PostingsIndex(snapshot);
    this.matcher = new Matcher(this.postings);
    this.spelling = new SpellingCorrector(this.postings);
    this.facetTable = new FacetTable(snapshot.facets, snapshot.refs, count);
    this.deadlines = new Float64Array(count).fill(Infinity);
    for (const [item, key] of snapshot.deadlines) this.deadlines[item] = key;
    this.tier = new Uint8Array(count);
    this.indexOf = new Map(snapshot.ids.map((id, i) => [id, i]));
    if (this.indexOf.size !== count) throw new Error(`the snapshot holds ${count - this.indexOf.size} repeated item ids`);
    this.allItems = new Int32Array(count);
    for (let i = 0; i < count; i++) this.allItems[i] = i;
  }

  itemById(id: string): Item | undefined {
    const index = this.indexOf.get(id);
    return index === undefined ? undefined : this.item(index);
  }

  /** See indexedItemMismatch: the server checks each item once against what was indexed. */
  indexedItemMismatch(index: number, item: Item): string | undefined {
    return indexedItemMismatch(this.snapshot, index, item);
  }

  private item(index: number): Item {
    const item = this.items.at(index);
    if (item?.id !== this.snapshot.ids[index]) {
      throw new Error(`item ${index} is ${JSON.stringify(item?.id)}, the search snapshot has ${JSON.stringify(this.snapshot.ids[index])}: rebuild the corpus with the indexer`);
    }
    return item;
  }

  /** Keyed on the first query: only queries need it. */
  private expansions(): ExpansionTable {
    return (this.expansionTable ??= new ExpansionTable(this.snapshot.expansions));
  }

  search(params: SearchParams): SearchResult {
    const plan = planQuery(parseQuery(params.q ?? ''), {
      known: (term) => this.postings.has(term),
      spelling: this.spelling,
      expansions: this.expansions(),
    });
    const filter = this.facetTable.compile(params.filters);
    const hasQuery = plan.clauses.length > 0;
    const match = hasQuery || plan.excluded.length > 0 ? this.matcher.match(plan) : undefined;

    let results: Int32Array;
    if (hasQuery) {
      results = filter ? match!.matched.filter(filter) : match!.matched;
    } else {
      const notExcluded = match ? (i: number) => !match.isExcluded(i) : undefined;
      const keep = filter && notExcluded ? (i: number) => filter(i) && notExcluded(i) : filter ?? notExcluded;
      results = keep ? this.allItems.filter(keep) : this.allItems;
    }
    if (hasQuery) for (const item of results) this.tier[item] = popCount(match!.mask[item]);

    const sort = params.sort ?? (hasQuery ? 'relevance' : 'document');
    const compare = comparator(sort, hasQuery, { tier: this.tier, score: match?.score ?? new Float64Array(0) }, this.facetTable.years, this.deadlines);
    const offset = wholeNumber(params.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = wholeNumber(params.limit, DEFAULT_LIMIT, 0, MAX_LIMIT);
    const page = firstInOrder(results, offset + limit, compare).slice(offset);
    const clauseCount = plan.clauses.length;

    const hits: SearchHit[] = page.map((i) => {
      const item = this.item(i);
      return {
        item,
        score: hasQuery ? Math.round(match!.score[i] * 1000) / 1000 : 0,
        highlights: this.highlights(item, i, plan),
        ...(hasQuery && this.tier[i] < clauseCount ? { partial: true } : {}),
      };
    });
    return { count: results.length, hits, facets: this.facets(results, params.facets ?? []), parsed: plan.info };
  }

  private facets(results: Int32Array, extra: readonly ReviewFacetField[]): SearchResult['facets'] {
    if (results !== this.allItems || extra.length > 0) return this.facetTable.count(results, extra);
    this.allFacets ??= this.facetTable.count(results);
    // A copy, so that a caller editing its result cannot change the next one.
    return Object.fromEntries(Object.entries(this.allFacets).map(([field, counts]) => [field, { ...counts }])) as SearchResult['facets'];
  }

  private highlights({ title, text }: Item, index: number, plan: QueryPlan): SearchHit['highlights'] {
    const result: SearchHit['highlights'] = {};
    if (title) result.title = highlight(title, markedWords(this.postings, plan, index, TITLE_FIELD), Infinity);
    result.text = highlight(text, markedWords(this.postings, plan, index, TEXT_FIELD));
    return result;
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
