// A shard's items in Workers KV, one value per item keyed "<corpus version>/<item id>",
// read through the Cache API and held in the isolate once read. The shard's Worker then
// bundles only its search snapshot: its upload and its heap no longer grow with the items'
// text, and a search reads the page's items, not the shard's.
//
// Why one value per item and not per block of items: a page of hits is scattered over the
// shard's documents, so blocks would carry mostly items nobody asked for; KV and the Cache
// API both cache per key at the edge. The corpus version in the key makes a new deploy read
// its own items even while the old ones are still cached.
import type { Item } from '../../core/schema.js';
import { ItemNotFetched, type FetchedItems } from '../../core/search/fetched-items.js';
import type { StringList } from '../../core/search/snapshot.js';

/** What this reads of a Workers KV namespace (KVNamespace.get as text). */
export interface ItemsNamespace {
  get(key: string, options: { type: 'text'; cacheTtl?: number }): Promise<string | null>;
}

/** What this uses of the Cache API (caches.default in a Worker). */
export interface ItemsCache {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
}

/** Where fetched items came from, and how many fetches had to wait for the cache or KV (rounds). */
export interface ItemReads { held: number; cache: number; kv: number; rounds: number }

/** The KV key of an item: the items of one corpus version never mix with another's. */
export const itemKey = (keyPrefix: string, id: string): string => `${keyPrefix}/${id}`;

/** Items held per isolate at most (a few pages of the largest page size with their questions). */
const HELD_MAX = 5000;
/** Seconds KV keeps a read value at the edge: the values never change under a key. */
const KV_CACHE_TTL = 86_400;
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

export class KvItemStore implements FetchedItems {
  private readonly held = new Map<number, Item>();
  private readonly pending = new Map<number, Promise<void>>();
  /** Cache puts under way, run alongside the other reads; the Worker awaits them before answering. */
  private readonly puts = new Set<Promise<void>>();
  readonly reads: ItemReads = { held: 0, cache: 0, kv: 0, rounds: 0 };

  /**
   * `ids` are the shard's item ids in snapshot order; `check` says what is wrong with a fetched
   * item at its position (the snapshot's fingerprint test), or undefined.
   */
  constructor(
    private readonly namespace: ItemsNamespace, private readonly keyPrefix: string, private readonly ids: StringList,
    private readonly check: (index: number, item: Item) => string | undefined, private readonly cache?: ItemsCache,
  ) {}

  get length(): number {
    return this.ids.length;
  }

  at(index: number): Item | undefined {
    if (!(index >= 0 && index < this.ids.length)) return undefined;
    const item = this.held.get(index);
    if (item === undefined) throw new ItemNotFetched(index);
    return item;
  }

  async fetch(indices: readonly number[]): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const index of new Set(indices)) {
      if (!(index >= 0 && index < this.ids.length)) continue;
      const item = this.held.get(index);
      if (item !== undefined) {
        // Most recently used last: the oldest is the one let go.
        this.held.delete(index);
        this.held.set(index, item);
        this.reads.held++;
        continue;
      }
      let wait = this.pending.get(index);
      if (!wait) {
        wait = this.read(index).finally(() => this.pending.delete(index));
        this.pending.set(index, wait);
      }
      waits.push(wait);
    }
    if (waits.length > 0) this.reads.rounds++;
    await Promise.all(waits);
  }

  /** Resolves when every cache put started so far has finished. */
  settled(): Promise<unknown> {
    return Promise.allSettled([...this.puts]);
  }

  private async read(index: number): Promise<void> {
    const key = itemKey(this.keyPrefix, this.ids.at(index)!); // read() is called for indices checked against length
    const cacheKey = `https://items.cache/${encodeURIComponent(key)}`;
    let text = await (await this.cache?.match(cacheKey))?.text();
    if (text !== undefined) this.reads.cache++;
    else {
      text = (await this.namespace.get(key, { type: 'text', cacheTtl: KV_CACHE_TTL })) ?? undefined;
      if (text === undefined) throw new Error(`item ${JSON.stringify(this.ids.at(index))} is not in the ITEMS namespace (key ${JSON.stringify(key)}): upload the shards' items (scripts/shards/upload-items.ts)`);
      this.reads.kv++;
      if (this.cache) {
        // A failed put only means a later KV read.
        const put: Promise<void> = this.cache.put(cacheKey, new Response(text, { headers: { 'content-type': 'application/json', 'cache-control': CACHE_CONTROL } }))
          .catch(() => undefined).finally(() => this.puts.delete(put));
        this.puts.add(put);
      }
    }
    let item: Item;
    try {
      item = JSON.parse(text) as Item;
    } catch (err) {
      throw new Error(`item ${JSON.stringify(this.ids.at(index))} in the ITEMS namespace is not JSON (${(err as Error).message}): upload the shards' items again`);
    }
    const problem = this.check(index, item);
    if (problem) throw new Error(`item ${JSON.stringify(this.ids.at(index))} in the ITEMS namespace ${problem}: upload the items of this corpus version`);
    this.held.set(index, item);
    if (this.held.size > HELD_MAX) this.held.delete(this.held.keys().next().value!);
  }
}

/** caches.default where the runtime has the Cache API (a Worker), else undefined (Node). */
export function defaultCache(): ItemsCache | undefined {
  return (globalThis as { caches?: { default?: ItemsCache } }).caches?.default;
}
