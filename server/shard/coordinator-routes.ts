// The API routes of a sharded deployment other than search, answered as the single Worker
// answers them (same bodies, same errors). Items and their links are asked of the shard that
// holds the item's document (from the plan: id → document → shard), then of the others for
// what may sit elsewhere (replies, related items, citing items); documents and counts were
// computed over the whole corpus when the shards were written. Any shard failing → 503.
import { Hono, type Context } from 'hono';
import type { DocumentSummary, Item } from '../../core/schema.js';
import { ShardSearchError, type FetchTarget } from '../../core/shard/index.js';
import { errorBody } from '../errors.js';
import { honoPath } from '../route-contract.js';
import type { CorpusCounts } from '../routes/corpus-counts.js';
import { itemContract, ItemParamsSchema, itemWithSlashesPath } from '../routes/items.request.js';
import { paragraphContract, ParagraphParamsSchema, recommendationContract, RecommendationParamsSchema } from '../routes/refs.request.js';
import { StatsQuerySchema } from '../routes/stats.request.js';
import { validate } from '../validate.js';
import { inCorpusOrder, lookupShard } from './shard-lookup-client.js';
import type { ShardLookup, ShardLookupAnswer } from './shard-lookups.js';

/** What write-shards.ts computes over the whole corpus for the coordinator (coordinator.json). */
export interface CoordinatorCorpus {
  documents: DocumentSummary[];
  counts: CorpusCounts;
  stats: unknown;
  /** Document id → index of the shard holding its items. */
  shardOfDocument: Record<string, number>;
}

export function shardUnavailable(c: Context, err: ShardSearchError): Response {
  return c.json({ error: { code: 'shard_unavailable', message: `${err.message}. Retry in a moment.`, shard: err.shard } }, 503);
}

/** The shard of the document an item id starts with ("<document>/<kind>/<label>"). */
export function shardOfItem(id: string, whole: CoordinatorCorpus): number | undefined {
  for (let cut = id.indexOf('/'); cut > 0; cut = id.indexOf('/', cut + 1)) {
    const shard = whole.shardOfDocument[id.slice(0, cut)];
    if (shard !== undefined) return shard;
  }
  return undefined;
}

export function registerCoordinatorRoutes(app: Hono, shards: readonly FetchTarget[], whole: CoordinatorCorpus): void {
  const ask = (shard: number, lookup: ShardLookup): Promise<ShardLookupAnswer> => lookupShard(shards[shard], shard, lookup);
  const everyShard = (lookupOf: (shard: number) => ShardLookup) => Promise.all(shards.map((_, shard) => ask(shard, lookupOf(shard))));

  app.onError((err, c) => {
    if (err instanceof ShardSearchError) return shardUnavailable(c, err);
    console.error(err);
    return c.json(errorBody('internal_error', {}), 500);
  });

  for (const path of [itemContract.path, itemWithSlashesPath]) {
    app.get(honoPath(path), validate('param', ItemParamsSchema), async (c) => {
      const { id } = c.req.valid('param');
      const owner = shardOfItem(id, whole);
      const first = owner === undefined ? undefined : await ask(owner, { ids: [id], children: id, replies: id });
      const item = first?.items.find((found) => found.item.id === id)?.item;
      if (!item || owner === undefined || !first) return c.json(errorBody('item_not_found', { id }), 404);
      const linked = [item.parentId, item.respondsTo, ...(item.related ?? []).map((r) => r.id)].filter((x): x is string => x !== undefined);
      // Parts live with their document; replies, the parent and related items may be in any shard.
      const others = await everyShard((shard) => shard === owner ? { ids: linked } : { ids: linked, children: id, replies: id });
      const byId = new Map<string, Item>();
      for (const answer of others) for (const found of answer.items) byId.set(found.item.id, found.item);
      const lists = (key: 'children' | 'replies') => inCorpusOrder([first[key], ...others.map((a) => a[key])]).map((o) => o.item);
      return c.json({
        item,
        footnotes: item.footnotes ?? [],
        parent: (item.parentId !== undefined && byId.get(item.parentId)) || null,
        children: lists('children'),
        respondsTo: (item.respondsTo !== undefined && byId.get(item.respondsTo)) || null,
        replies: lists('replies'),
        related: (item.related ?? []).flatMap(({ id: relatedId, score, terms }) => {
          const found = byId.get(relatedId);
          return found ? [{ item: found, score, terms }] : [];
        }),
      }, 200);
    });
  }

  app.get(honoPath(recommendationContract.path), validate('param', RecommendationParamsSchema), async (c) => {
    const { id } = c.req.valid('param');
    const answers = await everyShard(() => ({ recommendation: id }));
    return c.json({ items: inCorpusOrder(answers.map((a) => a.citing)).map((o) => o.item) }, 200);
  });
  app.get(honoPath(paragraphContract.path), validate('param', ParagraphParamsSchema), async (c) => {
    const { n } = c.req.valid('param');
    const answers = await everyShard(() => ({ paragraph: n }));
    return c.json({ items: inCorpusOrder(answers.map((a) => a.citing)).map((o) => o.item) }, 200);
  });

  app.get('/api/documents', (c) => c.json({ documents: whole.documents }, 200));
  app.get('/api/stats', validate('query', StatsQuerySchema), async (c) => {
    const { by, type } = c.req.valid('query');
    const body = { counts: whole.counts, stats: whole.stats ?? null };
    if (!by) return c.json(body, 200);
    const answers = await everyShard(() => ({ crosstab: { by: [...by], ...(type ? { type: [...type] } : {}) } }));
    const sums: Record<string, number> = {};
    for (const answer of answers) for (const [key, n] of Object.entries(answer.crosstab ?? {})) sums[key] = (sums[key] ?? 0) + n;
    const counts = Object.fromEntries(Object.entries(sums).sort(([a], [b]) => a.localeCompare(b)));
    return c.json({ ...body, crosstab: { by, counts } }, 200);
  });
}
