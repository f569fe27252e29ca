import type { AppRouteHandler } from '../types.js';
import { corpusCounts } from './corpus-counts.js';
import { crosstab } from './stats-crosstab.js';
import type { StatsRoute } from './stats.routes.js';

export const stats: AppRouteHandler<StatsRoute> = (c) => {
  const { by, type } = c.req.valid('query');
  const body = { counts: corpusCounts(c.var.corpus), stats: c.var.corpus.stats ?? null };
  if (!by) return c.json(body, 200);
  return c.json({ ...body, crosstab: { by, counts: crosstab(c.var.corpus.items, by, type) } }, 200);
};
