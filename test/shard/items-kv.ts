// Workers KV in a Node test: miniflare's own KV namespace (the implementation wrangler dev
// runs), filled from the items.kv.json files write-shards.ts writes, so in-process shard
// Workers read their items through the real binding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import type { RpcTarget } from '../../core/shard/index.js';
import { createShardWorker } from '../../server/shard/shard-worker.js';

export interface LocalItems {
  /** The env a shard Worker's fetch gets: ITEMS bound to the namespace. */
  env: { ITEMS: unknown };
  dispose(): Promise<void>;
}

export async function localItemsNamespace(itemFiles: readonly string[]): Promise<LocalItems> {
  const mf = new Miniflare({ modules: true, script: 'export default { fetch() { return new Response(null, { status: 204 }); } }', kvNamespaces: ['ITEMS'] });
  const namespace = await mf.getKVNamespace('ITEMS');
  for (const file of itemFiles) {
    const pairs = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: string }[];
    for (let at = 0; at < pairs.length; at += 64) {
      await Promise.all(pairs.slice(at, at + 64).map(({ key, value }) => namespace.put(key, value)));
    }
  }
  return { env: { ITEMS: namespace }, dispose: () => mf.dispose() };
}

/**
 * The written shards' Workers in process, each reading its items from `items`, reached as the
 * coordinator Worker reaches them: by their RPC method post (see shardBindings).
 */
export function inProcessShards(outDir: string, shardCount: number, items: LocalItems): RpcTarget[] {
  return Array.from({ length: shardCount }, (_, index) => {
    const read = (name: string) => readFileSync(join(outDir, `shard-${index}`, name));
    const worker = createShardWorker(read('search-index.bin'), read('shard-links.json').toString('utf8'));
    return { post: (path: string, body: string) => worker.post(path, body, items.env) };
  });
}
