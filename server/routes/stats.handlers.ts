import type { AppRouteHandler } from '../types.js';
import { corpusCounts } from './corpus-counts.js';
import type { StatsRoute } from './stats.routes.js';

export const stats: AppRouteHandler<StatsRoute> = (c) =>
  c.json({ counts: corpusCounts(c.var.corpus), stats: c.var.corpus.stats ?? null }, 200);
