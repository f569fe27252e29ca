// The corpus as a sharded deployment's coordinator reads it: searches fanned out and merged,
// an item and its links from the shard holding its document and from the others for what may
// sit elsewhere (replies, related and cited items), citing items and cross-tabulations from
// every shard, documents and counts from what write-shards.ts computed over the whole corpus.
// The coordinator's API routes, pages and MCP tools all read through it.
import type { Item } from '../../core/schema.js';
import { MAX_LIMIT } from '../../core/search/engine.js';
import type { ShardCoordinator, ShardTarget } from '../../core/shard/index.js';
import { citedIds, withLinks, type CorpusReader, type TypeCounts } from '../corpus-reader.js';
import { filtersByCorpusValues, unknownValue, valuesOfFacets, VALUES_SEARCH, type CorpusValues } from '../corpus-values.js';
import type { StatsResponse } from '../docs/response-schemas.js';
import type { CoordinatorCorpus } from './coordinator-corpus.js';
import { inCorpusOrder, lookupShard } from './shard-lookup-client.js';
import type { ShardLookup, ShardLookupAnswer } from './shard-lookups.js';

/** The shard of the document an item id starts with ("<document>/<kind>/<label>"). */
export function shardOfItem(id: string, whole: CoordinatorCorpus): number | undefined {
  for (let cut = id.indexOf('/'); cut > 0; cut = id.indexOf('/', cut + 1)) {
    const shard = whole.shardOfDocument[id.slice(0, cut)];
    if (shard !== undefined) return shard;
  }
  return undefined;
}

export function coordinatorReader(shards: readonly ShardTarget[], coordinator: ShardCoordinator, whole: CoordinatorCorpus): CorpusReader {
  const ask = (shard: number, lookup: ShardLookup): Promise<ShardLookupAnswer> => lookupShard(shards[shard], shard, lookup);
  const everyShard = (lookupOf: (shard: number) => ShardLookup) => Promise.all(shards.map((_, shard) => ask(shard, lookupOf(shard))));
  const crosstab = async (by: string[], type?: string[]): Promise<Record<string, number>> => {
    const answers = await everyShard(() => ({ crosstab: { by, ...(type ? { type } : {}) } } as ShardLookup));
    const sums: Record<string, number> = {};
    for (const answer of answers) for (const [key, n] of Object.entries(answer.crosstab ?? {})) sums[key] = (sums[key] ?? 0) + n;
    return Object.fromEntries(Object.entries(sums).sort(([a], [b]) => a.localeCompare(b)));
  };
  // Learned once per isolate, on the first request that needs them.
  let values: Promise<CorpusValues> | undefined;
  let typeCounts: Promise<Map<string, TypeCounts>> | undefined;

  return {
    documents: whole.documents,
    search: (params) => coordinator.search(params),
    async refusedFilter(filters) {
      if (!filtersByCorpusValues(filters)) return undefined;
      // Documents as /api/documents lists them, as the single Worker takes them (one may have no item).
      values ??= coordinator.search(VALUES_SEARCH).then((result) => ({ ...valuesOfFacets(result.facets), document: whole.documents.map((doc) => doc.id) }));
      try {
        return unknownValue(await values, filters);
      } catch (err) {
        values = undefined;
        throw err;
      }
    },
    async itemWithLinks(id) {
      const owner = shardOfItem(id, whole);
      const first = owner === undefined ? undefined : await ask(owner, { ids: [id], children: id, replies: id });
      const item = first?.items.find((found) => found.item.id === id)?.item;
      if (!item || owner === undefined || !first) return undefined;
      const linked = [item.parentId, item.respondsTo, ...(item.related ?? []).map((r) => r.id), ...citedIds(item)]
        .filter((x): x is string => x !== undefined).slice(0, 500);
      // Parts live with their document; replies, the parent, related and cited items may be in any shard.
      const others = await everyShard((shard) => shard === owner ? { ids: linked } : { ids: linked, children: id, replies: id });
      const byId = new Map<string, Item>();
      for (const answer of [first, ...others]) for (const found of answer.items) byId.set(found.item.id, found.item);
      const lists = (key: 'children' | 'replies') => inCorpusOrder([first[key], ...others.map((a) => a[key])]).map((o) => o.item);
      return withLinks(item, (other) => byId.get(other), lists('children'), lists('replies'));
    },
    async citing(target) {
      const answers = await everyShard(() => (target.kind === 'paragraph' ? { paragraph: target.n } : { recommendation: target.id }));
      return inCorpusOrder(answers.map((a) => a.citing)).map((o) => o.item);
    },
    async documentItems(documentId) {
      if (!whole.documents.some((doc) => doc.id === documentId)) return [];
      const items: Item[] = [];
      for (let offset = 0; ; offset += MAX_LIMIT) {
        const { hits, count } = await coordinator.search({ q: '', filters: { document: [documentId] }, sort: 'document', limit: MAX_LIMIT, offset, facets: [] });
        items.push(...hits.map((hit) => hit.item));
        if (hits.length === 0 || offset + hits.length >= count) return items;
      }
    },
    typeCountsByDocument() {
      typeCounts ??= crosstab(['document', 'type']).then((counts) => {
        const byDocument = new Map<string, TypeCounts>();
        for (const [key, n] of Object.entries(counts)) {
          const cut = key.lastIndexOf('|');
          const [document, type] = [key.slice(0, cut), key.slice(cut + 1)];
          byDocument.set(document, { ...byDocument.get(document), [type]: n });
        }
        return byDocument;
      });
      return typeCounts.catch((err: unknown) => {
        typeCounts = undefined;
        throw err;
      });
    },
    async stats({ by, type }) {
      const body: StatsResponse = { counts: whole.counts, stats: whole.stats ?? null };
      return by ? { ...body, crosstab: { by, counts: await crosstab([...by], type ? [...type] : undefined) } } : body;
    },
  };
}
