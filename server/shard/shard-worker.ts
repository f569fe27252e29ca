// A shard's Worker: its shard snapshot and links (bundled as Text modules by the entry that
// write-shards.ts generates per shard), loaded once per isolate; its items in the Workers KV
// namespace bound as ITEMS (uploaded by upload-items.ts), fetched through the Cache API as
// answers need them. Answers the coordinator's POST /shard/rank, /shard/hits and /shard/lookup over a
// service binding, with a Server-Timing entry counting where the items read by the isolate
// while it answered came from (held in the isolate, the Cache API, KV).
import { parseShardSnapshot, ShardEngine } from '../../core/shard/shard-engine.js';
import { indexedItemMismatch } from '../../core/search/snapshot.js';
import { createShardHandler } from './shard-handler.js';
import { createShardLookups } from './shard-lookups.js';
import { defaultCache, KvItemStore, type ItemsCache, type ItemsNamespace } from './kv-items.js';
import { parseShardLinks } from './shard-links.js';

const asText = (name: string, module: unknown): string => {
  if (typeof module !== 'string') throw new Error(`${name} was not bundled as text: check [[rules]] in the shard's wrangler.toml`);
  return module;
};

export interface ShardWorkerOptions {
  /** The Cache API in front of KV; caches.default where the runtime has one. */
  cache?: ItemsCache;
}

export function createShardWorker(snapshotText: unknown, linksText: unknown, options: ShardWorkerOptions = {}): {
  fetch(request: Request, env: Record<string, unknown>): Promise<Response>;
} {
  const { header, snapshot } = parseShardSnapshot(asText('search-index.json', snapshotText));
  const links = parseShardLinks(asText('shard-links.json', linksText), snapshot.ids);
  let handle: ((request: Request) => Promise<Response>) | undefined;
  let store: KvItemStore | undefined;
  const handlerFor = (env: Record<string, unknown>) => {
    const namespace = env.ITEMS as ItemsNamespace | undefined;
    if (typeof namespace?.get !== 'function') throw new Error(`shard ${header.index} has no KV namespace bound as ITEMS: check [[kv_namespaces]] in its wrangler.toml`);
    store = new KvItemStore(namespace, links.keyPrefix, snapshot.ids, (index, item) => indexedItemMismatch(snapshot, index, item), options.cache ?? defaultCache());
    // A question's lead-in (its parent) is shown with an answer's hit: fetched with the page.
    const engine = new ShardEngine(header, snapshot, store, (index) => {
      const parent = links.parentOf(index);
      return parent === undefined ? [] : [parent];
    });
    return createShardHandler(engine, createShardLookups(engine, links));
  };
  return {
    async fetch(request, env) {
      let response: Response;
      const before = { ...(store?.reads ?? { held: 0, cache: 0, kv: 0, rounds: 0 }) };
      try {
        handle ??= handlerFor(env);
        response = await handle(request);
      } catch (err) {
        // Said to the coordinator, which answers 503 naming this shard and carrying the reason.
        return new Response(JSON.stringify({ error: { code: 'shard_failed', message: (err as Error).message } }), {
          status: 500, headers: { 'content-type': 'application/json; charset=utf-8' },
        });
      }
      // The answer waits for its cache puts (they run alongside the other reads). They were left
      // to ctx.waitUntil until a cold 200× run under wrangler dev lost its connection; that later
      // proved to be workerd itself hanging (README, "Limits that decide the number of shards"),
      // so handing them to waitUntil again is worth measuring.
      await store!.settled();
      const reads = store!.reads;
      response.headers.set('server-timing', `items;desc="held ${reads.held - before.held}, cache ${reads.cache - before.cache}, kv ${reads.kv - before.kv}, rounds ${reads.rounds - before.rounds}"`);
      return response;
    },
  };
}
