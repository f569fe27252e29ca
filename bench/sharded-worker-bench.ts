// The sharded deployment under wrangler dev: the 1× corpus written as shard Workers plus a
// coordinator Worker (scripts/shards/write-shards.ts), the coordinator reaching the shards over
// service bindings, the shards reading their items from wrangler dev's local KV. Measures what
// the fan-out costs end to end next to the single Worker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item } from '../core/schema.js';
import { uploadItems } from '../scripts/shards/upload-items.js';
import { writeShards } from '../scripts/shards/write-shards.js';
import { startMultiWorkerDev } from '../test/shard/wrangler-multi.js';
import { ALL_SEARCH_PATHS, firstResponse, sequentialRequests, type SequentialRun } from './http-requests.js';

export interface ShardedWorkerRun { shards: number; items: number; toReadyMs: number; firstAnswerMs: number; steady: SequentialRun }

export async function measureShardedWorker(corpusDir: string, items: readonly Item[], shardCount: number, requests: number): Promise<ShardedWorkerRun> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-shards-'));
  try {
    const written = writeShards({ corpusDir, outDir, maxItemsPerShard: Math.ceil(items.length / shardCount), name: 'bench' });
    const persistTo = join(outDir, 'state');
    await uploadItems(outDir, { remote: false, persistTo });
    const started = performance.now();
    const dev = await startMultiWorkerDev([written.coordinatorConfig, ...written.shardConfigs], 90_000, persistTo);
    try {
      const toReadyMs = performance.now() - started;
      const first = await firstResponse(dev.url, ALL_SEARCH_PATHS[0]);
      const steady = await sequentialRequests(dev.url, ALL_SEARCH_PATHS, requests);
      return { shards: written.plan.shards.length, items: items.length, toReadyMs, firstAnswerMs: first.ms, steady };
    } finally {
      await dev.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
