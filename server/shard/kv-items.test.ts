// The KV item store over miniflare's own KV and Cache API (what wrangler dev runs): items are
// read from KV once, then from the isolate; a new isolate reads them from the cache; an item
// missing from KV, or of another corpus version, is an error naming it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare, Response as MiniflareResponse } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { ItemNotFetched, readingItems } from '../../core/search/fetched-items.js';
import { itemKey, KvItemStore, type ItemsCache, type ItemsNamespace } from './kv-items.js';

const items = (JSON.parse(readFileSync(join(import.meta.dirname, '../../corpus/items.json'), 'utf8')) as Item[]).slice(0, 30);
const ids = items.map((item) => item.id);
const sameId = (index: number, item: Item) => (item.id === ids[index] ? undefined : `is ${JSON.stringify(item.id)}, not the item indexed here`);

describe('KvItemStore', () => {
  let mf: Miniflare;
  let namespace: ItemsNamespace & { put(key: string, value: string): Promise<void> };
  let cache: ItemsCache;

  beforeAll(async () => {
    mf = new Miniflare({ modules: true, script: 'export default { fetch() { return new Response(null); } }', kvNamespaces: ['ITEMS'] });
    namespace = await mf.getKVNamespace('ITEMS') as unknown as typeof namespace;
    // miniflare's proxy carries its own Response class across to workerd.
    const caches = await mf.getCaches();
    cache = {
      match: async (url) => (await caches.default.match(url)) as unknown as Response | undefined,
      put: async (url, response) => caches.default.put(url, new MiniflareResponse(await response.text(), { headers: Object.fromEntries(response.headers) })),
    };
    // Items 0–19 of version "v1"; item 20 stored under another item's body; 21 not JSON; the rest absent.
    for (let i = 0; i < 20; i++) await namespace.put(itemKey('v1', ids[i]), JSON.stringify(items[i]));
    await namespace.put(itemKey('v1', ids[20]), JSON.stringify(items[0]));
    await namespace.put(itemKey('v1', ids[21]), '{ not json');
  }, 60_000);
  afterAll(async () => mf?.dispose());

  it('throws ItemNotFetched for an item not fetched yet, and undefined past the end', () => {
    const store = new KvItemStore(namespace, 'v1', ids, sameId);
    expect(() => store.at(3)).toThrow(ItemNotFetched);
    expect(store.at(ids.length)).toBeUndefined();
    expect(store.length).toBe(ids.length);
  });

  it('reads each item from KV once, then from the isolate', async () => {
    const store = new KvItemStore(namespace, 'v1', ids, sameId);
    await store.fetch([0, 1, 2, 2]);
    expect(store.at(1)).toEqual(items[1]);
    expect(store.reads).toEqual({ held: 0, cache: 0, kv: 3, rounds: 1 });
    await store.fetch([1, 2, 3]);
    expect(store.reads).toEqual({ held: 2, cache: 0, kv: 4, rounds: 2 });
  });

  it('puts what it reads into the Cache API, where the next isolate finds it', async () => {
    const first = new KvItemStore(namespace, 'v1', ids, sameId, cache);
    await first.fetch([5, 6]);
    expect(first.reads.kv).toBe(2);
    await first.settled();
    const next = new KvItemStore(namespace, 'v1', ids, sameId, cache);
    await next.fetch([5, 6, 7]);
    expect(next.reads).toEqual({ held: 0, cache: 2, kv: 1, rounds: 1 });
    expect(next.at(6)).toEqual(items[6]);
  });

  it('names the item, the key and the fix when KV lacks it, holds the wrong one, or holds no JSON', async () => {
    const store = new KvItemStore(namespace, 'v1', ids, sameId);
    await expect(store.fetch([25])).rejects.toThrow(`item ${JSON.stringify(ids[25])} is not in the ITEMS namespace (key ${JSON.stringify(`v1/${ids[25]}`)}): upload`);
    await expect(store.fetch([20])).rejects.toThrow(`item ${JSON.stringify(ids[20])} in the ITEMS namespace is ${JSON.stringify(ids[0])}, not the item indexed here`);
    await expect(store.fetch([21])).rejects.toThrow('is not JSON');
    // Another corpus version's keys are not read.
    await expect(new KvItemStore(namespace, 'v2', ids, sameId).fetch([0])).rejects.toThrow('not in the ITEMS namespace');
  });

  it('lets readingItems fetch what a read asks for beyond the first batch', async () => {
    const store = new KvItemStore(namespace, 'v1', ids, sameId);
    const read = await readingItems(store, [8], () => [store.at(8)!.id, store.at(9)!.id, store.at(10)!.id]);
    expect(read).toEqual([ids[8], ids[9], ids[10]]);
    expect(store.reads.kv).toBe(3);
  });
});
