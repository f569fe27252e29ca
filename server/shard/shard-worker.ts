// A shard's Worker: its items and shard snapshot (bundled as Text modules by the entry that
// write-shards.ts generates per shard), loaded once per isolate, answering the
// coordinator's POST /shard/search and /shard/lookup over a service binding.
import type { Item } from '../../core/schema.js';
import { fromRuns } from '../../core/shard/plan-shards.js';
import { loadShardEngine } from '../../core/shard/shard-engine.js';
import { createShardHandler } from './shard-handler.js';
import { createShardLookups } from './shard-lookups.js';

const asText = (name: string, module: unknown): string => {
  if (typeof module !== 'string') throw new Error(`${name} was not bundled as text: check [[rules]] in the shard's wrangler.toml`);
  return module;
};

export function createShardWorker(itemsText: unknown, snapshotText: unknown): { fetch(request: Request): Promise<Response> } {
  const items = JSON.parse(asText('items.json', itemsText)) as Item[];
  const engine = loadShardEngine(asText('search-index.json', snapshotText), items);
  const handle = createShardHandler(engine, createShardLookups(items, fromRuns(engine.header.ordinalRuns)));
  return { fetch: (request) => handle(request) };
}
