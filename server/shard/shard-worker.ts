// A shard's Worker: its packed shard snapshot and links (bundled as a Data and a Text module by
// the entry that write-shards.ts generates per shard), loaded once per isolate; its items in
// the Workers KV namespace bound as ITEMS (uploaded by upload-items.ts), fetched through the
// Cache API as answers need them. Answers the coordinator's /shard/rank, /shard/hits and /shard/lookup by
// Workers RPC (post, called through the service binding) and as POST requests (fetch, with a
// Server-Timing entry counting where the items read by the isolate while it answered came
// from: held in the isolate, the Cache API, KV).
import { parseShardSnapshot, ShardEngine } from '../../core/shard/shard-engine.js';
import { indexedItemMismatch } from '../../core/search/snapshot.js';
import { createShardAnswerer, responseOf, type ShardAnswerer } from './shard-handler.js';
import type { ShardReply } from '../../core/shard/clients.js';
import { createShardLookups } from './shard-lookups.js';
import { defaultCache, KvItemStore, type ItemReads, type ItemsCache, type ItemsNamespace } from './kv-items.js';
import { parseShardLinks } from './shard-links.js';

const asText = (name: string, module: unknown): string => {
  if (typeof module !== 'string') throw new Error(`${name} was not bundled as text: check [[rules]] in the shard's wrangler.toml`);
  return module;
};

const asBytes = (name: string, module: unknown): ArrayBuffer | ArrayBufferView => {
  if (!(module instanceof ArrayBuffer || ArrayBuffer.isView(module))) throw new Error(`${name} was not bundled as data: check [[rules]] in the shard's wrangler.toml`);
  return module;
};

export interface ShardWorkerOptions {
  /** The Cache API in front of KV; caches.default where the runtime has one. */
  cache?: ItemsCache;
}

export interface ShardWorker {
  /** The shard's HTTP face: POST /shard/rank, /shard/hits, /shard/lookup, with a Server-Timing entry. */
  fetch(request: Request, env: Record<string, unknown>): Promise<Response>;
  /** The same answers by Workers RPC (the generated entry's `post` method): status and JSON text. */
  post(path: string, body: string, env: Record<string, unknown>): Promise<ShardReply>;
}

export function createShardWorker(packedSnapshot: unknown, linksText: unknown, options: ShardWorkerOptions = {}): ShardWorker {
  const { header, snapshot, parents, keyPrefix } = parseShardSnapshot(asBytes('search-index.bin', packedSnapshot));
  const links = parseShardLinks(asText('shard-links.json', linksText), snapshot.ids.length);
  const itemCount = snapshot.ids.length;
  let answer: ShardAnswerer | undefined;
  let store: KvItemStore | undefined;
  const answererFor = (env: Record<string, unknown>) => {
    const namespace = env.ITEMS as ItemsNamespace | undefined;
    if (typeof namespace?.get !== 'function') throw new Error(`shard ${header.index} has no KV namespace bound as ITEMS: check [[kv_namespaces]] in its wrangler.toml`);
    if (keyPrefix === undefined) throw new Error(`shard ${header.index} snapshot names no KV key prefix for its items: write the shards with scripts/shards/write-shards.ts`);
    store = new KvItemStore(namespace, keyPrefix, snapshot.ids, (index, item) => indexedItemMismatch(snapshot, index, item), options.cache ?? defaultCache());
    // A question's lead-in (its parent) is shown with an answer's hit: fetched with the page.
    const engine = new ShardEngine(header, snapshot, store, (index) => {
      const parent = parents[index];
      if (parent === 0) return [];
      if (parent > itemCount) throw new Error(`shard ${header.index} snapshot gives item ${index} the parent ${parent - 1}, past its ${itemCount} items: split the corpus again`);
      return [parent - 1];
    });
    return createShardAnswerer(engine, createShardLookups(engine, links));
  };
  /** The answer, and where the items it read came from. */
  const call = async (method: string, path: string, body: string, env: Record<string, unknown>): Promise<{ reply: ShardReply; reads?: ItemReads }> => {
    const before = { ...(store?.reads ?? { held: 0, cache: 0, kv: 0, rounds: 0 }) };
    let reply: ShardReply;
    try {
      answer ??= answererFor(env);
      reply = await answer(method, path, body);
    } catch (err) {
      // Said to the coordinator, which answers 503 naming this shard and carrying the reason.
      return { reply: { status: 500, body: JSON.stringify({ error: { code: 'shard_failed', message: (err as Error).message } }) } };
    }
    // The answer waits for its cache puts (they run alongside the other reads). They were left
    // to ctx.waitUntil until a cold 200× run under wrangler dev lost its connection; that later
    // proved to be workerd itself hanging (README, "Limits that decide the number of shards"),
    // so handing them to waitUntil again is worth measuring.
    await store!.settled();
    const reads = store!.reads;
    return { reply, reads: { held: reads.held - before.held, cache: reads.cache - before.cache, kv: reads.kv - before.kv, rounds: reads.rounds - before.rounds } };
  };
  return {
    async fetch(request, env) {
      const { reply, reads } = await call(request.method, new URL(request.url).pathname, await request.text(), env);
      const response = responseOf(reply);
      if (reads) response.headers.set('server-timing', `items;desc="held ${reads.held}, cache ${reads.cache}, kv ${reads.kv}, rounds ${reads.rounds}"`);
      return response;
    },
    async post(path, body, env) {
      return (await call('POST', path, body, env)).reply;
    },
  };
}
