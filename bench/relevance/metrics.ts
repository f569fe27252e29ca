// Relevance figures over judged queries: recall@10 of the grade-2 items, reciprocal rank of
// the first grade-2 item (MRR over queries), nDCG@10 with gains 2 (relevant) and 1 (partly),
// and precision@3 of the related items computed at index time.
import type { Item } from '../../core/schema.js';
import type { SearchEngine, SearchFilters } from '../../core/search/index.js';

export const K = 10;

export interface Judged {
  query: string;
  filters?: SearchFilters;
  relevant: string[];
  partly?: string[];
}

export interface QueryOutcome {
  judged: Judged;
  top: string[];
  recall: number;
  reciprocalRank: number;
  ndcg: number;
  /** Grade-2 items missing from the first K hits. */
  missing: string[];
}

export interface Summary {
  queries: number;
  recall: number;
  mrr: number;
  ndcg: number;
  misses: QueryOutcome[];
}

export function evaluateQuery(engine: SearchEngine, judged: Judged): QueryOutcome {
  const top = engine.search({ q: judged.query, filters: judged.filters, limit: K }).hits.map((hit) => hit.item.id);
  const relevant = new Set(judged.relevant);
  const partly = new Set(judged.partly ?? []);
  const missing = judged.relevant.filter((id) => !top.includes(id));
  const first = top.findIndex((id) => relevant.has(id));
  const gain = (id: string) => (relevant.has(id) ? 2 : partly.has(id) ? 1 : 0);
  const dcg = top.reduce((sum, id, rank) => sum + (2 ** gain(id) - 1) / Math.log2(rank + 2), 0);
  const ideal = [...judged.relevant.map(() => 2), ...[...partly].map(() => 1)].slice(0, K)
    .reduce((sum, g, rank) => sum + (2 ** g - 1) / Math.log2(rank + 2), 0);
  return {
    judged, top, missing,
    recall: (judged.relevant.length - missing.length) / judged.relevant.length,
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    ndcg: ideal === 0 ? 0 : dcg / ideal,
  };
}

export function summarise(outcomes: QueryOutcome[]): Summary {
  const mean = (pick: (o: QueryOutcome) => number) => outcomes.reduce((sum, o) => sum + pick(o), 0) / Math.max(1, outcomes.length);
  return {
    queries: outcomes.length,
    recall: mean((o) => o.recall),
    mrr: mean((o) => o.reciprocalRank),
    ndcg: mean((o) => o.ndcg),
    misses: outcomes.filter((o) => o.missing.length > 0 || o.reciprocalRank < 1),
  };
}

export interface RelatedJudged { source: string; follow: string[]; split?: string }

export interface RelatedOutcome { source: string; split?: string; shown: string[]; precision: number; wrong: string[] }

/** Precision of the first three related items shown (fewer when fewer are shown; 0 when none). */
export function relatedPrecision(items: ReadonlyMap<string, Item>, judged: RelatedJudged): RelatedOutcome {
  const shown = (items.get(judged.source)?.related ?? []).slice(0, 3).map((r) => r.id);
  const follow = new Set(judged.follow);
  const wrong = shown.filter((id) => !follow.has(id));
  return { source: judged.source, ...(judged.split ? { split: judged.split } : {}), shown, wrong, precision: shown.length === 0 ? 0 : (shown.length - wrong.length) / shown.length };
}
