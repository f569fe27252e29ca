import type { StatsResponse } from '../docs/response-schemas.js';
import type { LoadedCorpus } from '../corpus.js';
import type { AppContext, Validated } from '../types.js';
import { corpusCounts } from './corpus-counts.js';
import { crosstab } from './stats-crosstab.js';
import type { StatsQuerySchema } from './stats.request.js';

/** The answer to /api/stats, and to the MCP stats tool. */
export function statsAnswer(corpus: LoadedCorpus, { by, type }: Validated<typeof StatsQuerySchema>): StatsResponse {
  const body: StatsResponse = { counts: corpusCounts(corpus), stats: corpus.stats ?? null };
  return by ? { ...body, crosstab: { by, counts: crosstab(corpus.items, by, type) } } : body;
}

export const stats = (c: AppContext, query: Validated<typeof StatsQuerySchema>) => c.json<StatsResponse>(statsAnswer(c.var.corpus, query), 200);
