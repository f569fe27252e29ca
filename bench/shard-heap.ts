// The heap a shard Worker keeps once warm, measured in a Node process of its own (run by
// shardHeapBytes): in the bench's process, garbage of the steps before it (wrangler runs, the
// corpus written, an earlier scale) was freed during the measure and could make it negative.
// The KV namespace is a Map filled before the first reading, so its strings are not counted;
// the Cache API always misses. Prints the retained bytes.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createShardWorker } from '../server/shard/shard-worker.js';
import { measureRetainedWarm } from './measure.js';
import { QUERY_SETS } from './queries.js';

/** Heap kept by the shard in `shardDir` after every bench query was ranked with its first page's hits. */
export async function shardHeapBytes(shardDir: string): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), shardDir], { maxBuffer: 1 << 20 });
  const bytes = Number(/^retained (-?\d+)$/m.exec(stdout)?.[1]);
  if (!Number.isFinite(bytes)) throw new Error(`the shard heap measure printed no figure:\n${stdout}`);
  return bytes;
}

async function measure(shardDir: string): Promise<number> {
  const values = new Map<string, string>();
  for (const { key, value } of JSON.parse(readFileSync(join(shardDir, 'items.kv.json'), 'utf8')) as { key: string; value: string }[]) values.set(key, value);
  const env = { ITEMS: { get: async (key: string) => values.get(key) ?? null } };
  const cache = { match: async () => undefined, put: async () => {} };
  const read = (name: string) => readFileSync(join(shardDir, name));
  const { bytes } = await measureRetainedWarm(() => createShardWorker(read('search-index.bin'), read('shard-links.json').toString('utf8'), { cache }), async (shard) => {
    // Warmed as a busy isolate is: every bench query ranked (its terms decoded), its first page's items held.
    for (const query of Object.values(QUERY_SETS).flat()) {
      const ranked = await shard.post('/shard/rank', JSON.stringify({ q: query.q, limit: 10, withHits: 10 }), env);
      if (ranked.status !== 200) throw new Error(`the shard answered /shard/rank with ${ranked.status}: ${ranked.body.slice(0, 300)}`);
    }
  });
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shardDir = process.argv[2];
  if (!shardDir) throw new Error('usage: shard-heap.ts <shard folder with search-index.bin, shard-links.json, items.kv.json>');
  console.log(`retained ${await measure(shardDir)}`);
}
