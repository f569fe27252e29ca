// Every API route of a sharded deployment, the shards and the coordinator in process (each
// shard's handler behind a fetch, as a service binding is): the same bodies and statuses as
// the single app over the whole corpus, and a 503 naming the shard when one fails.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import type { ShardTarget } from '../../core/shard/index.js';
import { writeShards } from '../../scripts/shards/write-shards.js';
import { createApp } from '../../server/app.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { createCoordinatorApp } from '../../server/shard/coordinator-worker.js';
import type { CoordinatorCorpus } from '../../server/shard/coordinator-corpus.js';
import { inProcessShards, localItemsNamespace, type LocalItems } from './items-kv.js';
import { HAS_CORPUS } from '../worker/corpus-presence.js';
import { PROJECT_ROOT } from '../worker/wrangler-process.js';
import { parityPaths } from './parity-paths.js';

const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');

describe.skipIf(!HAS_CORPUS)('every API route over shards in process', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'shard-routes-'));
  let items: Item[];
  let single: ReturnType<typeof createApp>;
  let shards: ShardTarget[];
  let whole: CoordinatorCorpus;

  let itemsKv: LocalItems;
  let itemFiles: string[];

  beforeAll(async () => {
    items = JSON.parse(readFileSync(join(CORPUS_DIR, 'items.json'), 'utf8')) as Item[];
    single = createApp(loadCorpusFromDir(CORPUS_DIR));
    const written = writeShards({ corpusDir: CORPUS_DIR, outDir, maxItemsPerShard: Math.ceil(items.length / 4), name: 'routes-test' });
    expect(written.plan.shards.length).toBeGreaterThanOrEqual(4);
    itemFiles = written.itemFiles;
    itemsKv = await localItemsNamespace(itemFiles);
    shards = inProcessShards(outDir, written.plan.shards.length, itemsKv);
    whole = JSON.parse(readFileSync(join(outDir, 'coordinator.json'), 'utf8')) as CoordinatorCorpus;
  });
  afterAll(async () => {
    await itemsKv?.dispose();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('answers every item, refs, documents and stats request as the single app does', async () => {
    const coordinator = createCoordinatorApp(shards, whole);
    const paths = parityPaths(items);
    // The seeds link across documents, so some answers need other shards than the item's own.
    const shardOf = (id: string) => whole.shardOfDocument[items.find((other) => other.id === id)?.document ?? ''];
    const crossShard = items.filter((item) => [item.respondsTo, ...(item.related ?? []).map((r) => r.id)]
      .some((id) => id !== undefined && shardOf(id) !== whole.shardOfDocument[item.document]));
    expect(crossShard.length).toBeGreaterThan(0);
    for (const path of paths) {
      const [expected, got] = await Promise.all([single.request(path), coordinator.request(path)]);
      expect(`${path} → ${got.status}`).toBe(`${path} → ${expected.status}`);
      expect(await got.json(), path).toEqual(await expected.json());
    }
  });

  it.each([
    '/api/search?q=trafficking', `/api/items/${'ITEM'}`, '/api/refs/paragraph/1', '/api/stats?by=theme',
  ])('answers %s with a 503 naming the shard that failed, never a partial answer', async (template) => {
    const path = template.replace('ITEM', items[items.length - 1].id);
    const failing = shards.length - 1;
    const broken = shards.map((shard, index): ShardTarget => index === failing
      ? { post: async () => ({ status: 500, body: '{"error":"exceeded memory"}' }) }
      : shard);
    const response = await createCoordinatorApp(broken, whole).request(path);
    expect(response.status).toBe(503);
    const body = await response.json() as { error: { code: string; message: string; shard: number } };
    expect(body.error.code).toBe('shard_unavailable');
    expect(body.error.shard).toBe(failing);
    expect(body.error.message).toContain(`shard ${failing} `);
  });

  it('answers 503 naming the shard whose items are not in KV, and the message says what to upload', async () => {
    const missing = shards.length - 1;
    const partial = await localItemsNamespace(itemFiles.filter((_, index) => index !== missing));
    try {
      const coordinator = createCoordinatorApp(inProcessShards(outDir, shards.length, partial), whole);
      const owned = items.find((item) => whole.shardOfDocument[item.document] === missing)!;
      const response = await coordinator.request(`/api/items/${owned.id}`);
      expect(response.status).toBe(503);
      const { error } = await response.json() as { error: { shard: number; message: string } };
      expect(error.shard).toBe(missing);
      expect(error.message).toContain(`is not in the ITEMS namespace`);
      expect(error.message).toContain('upload');
      // The other shards still answer what they hold.
      const other = items.find((item) => whole.shardOfDocument[item.document] === 0)!;
      expect((await coordinator.request(`/api/search?document=${other.document}&limit=1`)).status).toBe(200);
    } finally {
      await partial.dispose();
    }
  });

  it('answers from precomputed files without asking a shard when it can', async () => {
    const unreachable = shards.map((): ShardTarget => ({ post: async () => { throw new Error('unreachable'); } }));
    const coordinator = createCoordinatorApp(unreachable, whole);
    expect((await coordinator.request('/api/documents')).status).toBe(200);
    expect((await coordinator.request('/api/stats')).status).toBe(200);
    expect((await coordinator.request('/api/stats?by=theme')).status).toBe(503);
  });
});
