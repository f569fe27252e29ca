// The relevance section: figures per split and the list of misses, as printed by
// `npm run relevance` and written into BENCHMARKS.md by `npm run bench`.
import type { Item } from '../../core/schema.js';
import type { SearchEngine } from '../../core/search/index.js';
import { RELATED_JUDGEMENTS } from '../../test/search/related-judgements.js';
import { RELEVANCE_QUERIES } from '../../test/search/relevance-queries.js';
import { USER_QUERIES } from '../../test/search/relevance-suite.js';
import { evaluateQuery, K, relatedPrecision, summarise, type Judged, type RelatedOutcome, type Summary } from './metrics.js';

export interface RelevanceRun {
  splits: { name: string; summary: Summary }[];
  related: { precision: number; splits: { name: string; precision: number; items: number }[]; outcomes: RelatedOutcome[] };
}

export function measureRelevance(engine: SearchEngine, items: readonly Item[]): RelevanceRun {
  const run = (judged: Judged[]) => summarise(judged.map((j) => evaluateQuery(engine, j)));
  const legacy: Judged[] = RELEVANCE_QUERIES.map((q) => ({ query: q.query, filters: q.filters, relevant: q.mustFind }));
  const byId = new Map(items.map((item) => [item.id, item]));
  const outcomes = RELATED_JUDGEMENTS.map((judged) => relatedPrecision(byId, judged));
  const mean = (list: RelatedOutcome[]) => list.reduce((sum, o) => sum + o.precision, 0) / Math.max(1, list.length);
  const relatedSplits = (['dev', 'test'] as const).map((split) => {
    const inSplit = outcomes.filter((o) => o.split === split);
    return { name: split === 'dev' ? 'dev' : 'test (held out)', precision: mean(inSplit), items: inSplit.length };
  });
  return {
    splits: [
      { name: 'user tasks, dev', summary: run(USER_QUERIES.filter((q) => q.split === 'dev')) },
      { name: 'user tasks, test (held out)', summary: run(USER_QUERIES.filter((q) => q.split === 'test')) },
      { name: 'earlier suite (tuned on)', summary: run(legacy) },
    ],
    related: { precision: mean(outcomes), splits: relatedSplits, outcomes },
  };
}

const f = (value: number) => value.toFixed(3);

export function renderRelevance(run: RelevanceRun): string {
  const rows = run.splits.map(({ name, summary: s }) => `| ${name} | ${s.queries} | ${f(s.recall)} | ${f(s.mrr)} | ${f(s.ndcg)} |`);
  const misses = run.splits.flatMap(({ name, summary }) => summary.misses.map((o) => {
    const label = `${o.judged.query || '(no words)'}${o.judged.filters ? ` ${JSON.stringify(o.judged.filters)}` : ''}`;
    const missing = o.missing.length > 0 ? `; not in the first ${K}: ${o.missing.join(', ')}` : '';
    return `- ${name}: \`${label}\` — first relevant at rank ${o.reciprocalRank > 0 ? Math.round(1 / o.reciprocalRank) : 'none'}${missing}`;
  }));
  const wrong = run.related.outcomes.filter((o) => o.precision < 1)
    .map((o) => `- ${o.source} (${o.split}): ${o.shown.length === 0 ? 'no related items' : `not judged worth following: ${o.wrong.join(', ')}`}`);
  return [
    `## Relevance (judged queries, corpus/ as shipped)\n`,
    `| query set | queries | recall@${K} | MRR | nDCG@${K} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Related items: precision@3 = ${f(run.related.precision)} over ${run.related.outcomes.length} judged items (${run.related.splits.map((s) => `${s.name} ${f(s.precision)} over ${s.items}`).join(', ')}).`,
    '',
    misses.length > 0 ? `Queries whose first result is not relevant or that miss a relevant item:\n\n${misses.join('\n')}` : 'No misses.',
    '',
    wrong.length > 0 ? `Related lists with items not judged worth following:\n\n${wrong.join('\n')}` : 'Every related list shown is judged worth following.',
  ].join('\n');
}
