// A shard Worker over miniflare's KV: each search fetches its page's items in one round (the
// questions of answers and their lead-ins included), and a repeated search reads none again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { planShards, splitSnapshot } from '../../core/shard/index.js';
import { createShardWorker } from './shard-worker.js';
import { itemKey } from './kv-items.js';
import { shardLinksFile } from './shard-links.js';

const corpus = join(import.meta.dirname, '../../corpus');
const items = JSON.parse(readFileSync(join(corpus, 'items.json'), 'utf8')) as Item[];
const [shard] = splitSnapshot(readFileSync(join(corpus, 'search-index.json'), 'utf8'), items, planShards(items, items.length), { keyPrefix: 'v1' });

describe('shard Worker with its items in KV', () => {
  let mf: Miniflare;
  let gets: string[];
  let env: { ITEMS: unknown };

  beforeAll(async () => {
    mf = new Miniflare({ modules: true, script: 'export default { fetch() { return new Response(null); } }', kvNamespaces: ['ITEMS'] });
    const namespace = await mf.getKVNamespace('ITEMS');
    await Promise.all(shard.items.map((item) => namespace.put(itemKey('v1', item.id), JSON.stringify(item))));
    gets = [];
    env = { ITEMS: { get: (key: string, options: unknown) => { gets.push(key); return namespace.get(key, options as 'text'); } } };
  }, 60_000);
  afterAll(async () => mf?.dispose());

  const post = async (worker: ReturnType<typeof createShardWorker>, path: string, body: object) => {
    const response = await worker.fetch(new Request(`https://shard.internal${path}`, { method: 'POST', body: JSON.stringify(body) }), env);
    expect(response.status, await response.clone().text()).toBe(200);
    return { body: await response.json() as unknown, timing: response.headers.get('server-timing') };
  };
  // Both phases, as the coordinator asks them.
  const search = async (worker: ReturnType<typeof createShardWorker>, params: object) => {
    const ranking = await post(worker, '/shard/rank', params);
    expect(ranking.timing).toContain('kv 0, rounds 0');
    const hits = await post(worker, '/shard/hits', { params, keys: (ranking.body as { keys: unknown[] }).keys });
    return { body: { hits: hits.body as { item: Item; question?: unknown }[] }, timing: hits.timing };
  };

  it('fetches the page, its questions and their lead-ins in one round, then holds them', async () => {
    const worker = createShardWorker(shard.snapshot, JSON.stringify(shardLinksFile(shard.items)));
    // Answers to questions that are list items without a title of their own (a lead-in above them).
    const listed = shard.items.filter((item) => item.type === 'answer' && item.respondsTo
      && shard.items.some((q) => q.id === item.respondsTo && !q.title && q.parentId && shard.items.some((p) => p.id === q.parentId && p.type === q.type)));
    expect(listed.length).toBeGreaterThan(0);
    const document = listed[0].document;
    gets.length = 0;
    const first = await search(worker, { q: '', filters: { document: [document], type: ['answer'] }, limit: 200 });
    expect(first.body.hits.some((hit) => hit.question)).toBe(true);
    expect(first.timing).toContain(`kv ${gets.length}, rounds 1"`);
    expect(new Set(gets).size).toBe(gets.length);
    const again = await search(worker, { q: '', filters: { document: [document], type: ['answer'] }, limit: 200 });
    expect(again.timing).toContain('kv 0, rounds 0');
    expect(again.body).toEqual(first.body);
  });

  it('refuses to read KV for a shard written without a key prefix, naming what to do', async () => {
    const [bare] = splitSnapshot(readFileSync(join(corpus, 'search-index.json'), 'utf8'), items, planShards(items, items.length));
    const worker = createShardWorker(bare.snapshot, JSON.stringify(shardLinksFile(bare.items)));
    const response = await worker.fetch(new Request('https://shard.internal/shard/rank', { method: 'POST', body: '{}' }), env);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('names no KV key prefix for its items: write the shards with scripts/shards/write-shards.ts');
  });
});
