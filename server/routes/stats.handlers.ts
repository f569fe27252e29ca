import type { StatsResponse } from '../docs/response-schemas.js';
import type { AppContext, Validated } from '../types.js';
import { corpusCounts } from './corpus-counts.js';
import { crosstab } from './stats-crosstab.js';
import type { StatsQuerySchema } from './stats.request.js';

export const stats = (c: AppContext, { by, type }: Validated<typeof StatsQuerySchema>) => {
  const body: StatsResponse = { counts: corpusCounts(c.var.corpus), stats: c.var.corpus.stats ?? null };
  if (!by) return c.json(body, 200);
  return c.json<StatsResponse>({ ...body, crosstab: { by, counts: crosstab(c.var.corpus.items, by, type) } }, 200);
};
