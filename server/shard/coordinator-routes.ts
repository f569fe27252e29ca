// The API routes of a sharded deployment other than search, answered as the single Worker
// answers them (same bodies, same errors), from the coordinator's reader (coordinator-reader.ts).
// Any shard failing → 503 naming it (the shell's error handler, app-shell.ts).
import type { Hono } from 'hono';
import type { CorpusReader } from '../corpus-reader.js';
import { errorBody } from '../errors.js';
import { honoPath } from '../route-contract.js';
import { itemDetail } from '../routes/items.handlers.js';
import { itemContract, ItemParamsSchema, itemWithSlashesPath } from '../routes/items.request.js';
import { paragraphContract, ParagraphParamsSchema, recommendationContract, RecommendationParamsSchema } from '../routes/refs.request.js';
import { StatsQuerySchema } from '../routes/stats.request.js';
import type { ReaderBindings } from '../types.js';
import { validate } from '../validate.js';

export type { CoordinatorCorpus } from './coordinator-corpus.js';
export { shardOfItem } from './coordinator-reader.js';

export function registerCoordinatorRoutes(app: Hono<ReaderBindings>, reader: CorpusReader): void {
  for (const path of [itemContract.path, itemWithSlashesPath]) {
    app.get(honoPath(path), validate('param', ItemParamsSchema), async (c) => {
      const { id } = c.req.valid('param');
      const found = await reader.itemWithLinks(id);
      if (!found) return c.json(errorBody('item_not_found', { id }), 404);
      return c.json(itemDetail(found), 200);
    });
  }

  app.get(honoPath(recommendationContract.path), validate('param', RecommendationParamsSchema), async (c) =>
    c.json({ items: await reader.citing({ kind: 'recommendation', id: c.req.valid('param').id }) }, 200));
  app.get(honoPath(paragraphContract.path), validate('param', ParagraphParamsSchema), async (c) =>
    c.json({ items: await reader.citing({ kind: 'paragraph', n: c.req.valid('param').n }) }, 200));

  app.get('/api/documents', (c) => c.json({ documents: reader.documents }, 200));
  app.get('/api/stats', validate('query', StatsQuerySchema), async (c) => c.json(await reader.stats(c.req.valid('query')), 200));
}
