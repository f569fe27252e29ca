// The pages and the MCP endpoint of a sharded deployment: the coordinator renders every view
// and answers every tool and resource as the single app does over the whole corpus, the shards
// in process behind fetch, their items in miniflare's KV.
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
import { HAS_CORPUS } from '../worker/corpus-presence.js';
import { PROJECT_ROOT } from '../worker/wrangler-process.js';
import { inProcessShards, localItemsNamespace, type LocalItems } from './items-kv.js';
import { pageParityPaths } from './parity-paths.js';

const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');

/** The page's own timing ("· 3 ms") is the one thing that may differ. */
const withoutTiming = (html: string) => html.replace(/ · (?:&lt;|<)?\d+ ms/g, ' · N ms');

describe.skipIf(!HAS_CORPUS)('pages and MCP over shards', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'shard-pages-'));
  let items: Item[];
  let single: ReturnType<typeof createApp>;
  let coordinator: ReturnType<typeof createCoordinatorApp>;
  let shards: ShardTarget[];
  let whole: CoordinatorCorpus;
  let itemsKv: LocalItems;

  beforeAll(async () => {
    items = JSON.parse(readFileSync(join(CORPUS_DIR, 'items.json'), 'utf8')) as Item[];
    single = createApp(loadCorpusFromDir(CORPUS_DIR));
    const written = writeShards({ corpusDir: CORPUS_DIR, outDir, maxItemsPerShard: Math.ceil(items.length / 4), name: 'pages-test' });
    expect(written.plan.shards.length).toBeGreaterThanOrEqual(4);
    itemsKv = await localItemsNamespace(written.itemFiles);
    shards = inProcessShards(outDir, written.plan.shards.length, itemsKv);
    whole = JSON.parse(readFileSync(join(outDir, 'coordinator.json'), 'utf8')) as CoordinatorCorpus;
    coordinator = createCoordinatorApp(shards, whole);
  }, 60_000);
  afterAll(async () => {
    await itemsKv?.dispose();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('renders every view as the single app does', async () => {
    const paths = pageParityPaths(items);
    expect(paths.length).toBeGreaterThan(50);
    const statuses = new Set<number>();
    for (const path of paths) {
      const [expected, got] = await Promise.all([single.request(path), coordinator.request(path)]);
      expect(`${path} → ${got.status}`).toBe(`${path} → ${expected.status}`);
      statuses.add(got.status);
      expect(got.headers.get('content-type'), path).toBe(expected.headers.get('content-type'));
      expect(got.headers.get('content-security-policy'), path).toBe(expected.headers.get('content-security-policy'));
      expect(withoutTiming(await got.text()), path).toBe(withoutTiming(await expected.text()));
    }
    // Pages, a redirect to the canonical address, bad addresses and unknown ones.
    expect([...statuses].sort()).toEqual([200, 302, 400, 404]);
  }, 60_000);

  const rpc = (app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, method: string, params: object) =>
    Promise.resolve(app.request('/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })).then(async (response) => ({ status: response.status, body: await response.json() as unknown }));

  it.each([
    ['tools/list', {}],
    ['resources/list', {}],
    ['tools/call', { name: 'search', arguments: { q: 'helpline', limit: 5 } }],
    ['tools/call', { name: 'search', arguments: { q: 'trafficking', body: ['GRETA'], year: ['2015..2024'] } }],
    ['tools/call', { name: 'search', arguments: { body: 'constructor' } }],
    ['tools/call', { name: 'commitments', arguments: {} }],
    ['tools/call', { name: 'commitments', arguments: { kind: 'evaluation', status: ['met'] } }],
    ['tools/call', { name: 'list_documents', arguments: {} }],
    ['tools/call', { name: 'stats', arguments: { by: 'urgency,theme', type: ['recommendation'] } }],
    ['tools/call', { name: 'find_citing', arguments: { paragraph: 104 } }],
    ['tools/call', { name: 'find_citing', arguments: { recommendation: 'III-25' } }],
    ['tools/call', { name: 'get_item', arguments: { id: 'no-such/item' } }],
  ])('answers %s %j as the single app does', async (method, params) => {
    const [expected, got] = await Promise.all([rpc(single, method, params), rpc(coordinator, method, params)]);
    expect(got).toEqual(expected);
    // Each answers something: a result, an error result only for the deliberate mistakes.
    const result = (expected.body as { result?: { isError?: boolean } }).result;
    expect(result).toBeDefined();
    expect(result?.isError === true, JSON.stringify(result).slice(0, 300)).toBe(JSON.stringify(params).includes('constructor') || JSON.stringify(params).includes('no-such'));
  });

  it('answers get_item and reads every document resource as the single app does', async () => {
    const linked = items.filter((item) => item.footnotes?.length || item.respondsTo || item.related?.length || item.parentId).slice(0, 30);
    expect(linked.length).toBe(30);
    for (const item of linked) {
      const params = { name: 'get_item', arguments: { id: item.id } };
      expect(await rpc(coordinator, 'tools/call', params), item.id).toEqual(await rpc(single, 'tools/call', params));
    }
    for (const doc of whole.documents) {
      const params = { uri: `monitoring-search://documents/${encodeURIComponent(doc.id)}` };
      const expected = await rpc(single, 'resources/read', params);
      expect((expected.body as { result?: unknown }).result, doc.id).toBeDefined();
      expect(await rpc(coordinator, 'resources/read', params), doc.id).toEqual(expected);
    }
  });

  it('answers a page with a 503 page naming no partial list, and MCP with an error naming the shard, when a shard fails', async () => {
    const failing = shards.length - 1;
    const broken = createCoordinatorApp(shards.map((shard, index): ShardTarget => (index === failing
      ? { post: async () => ({ status: 500, body: '{"error":"exceeded memory"}' }) } : shard)), whole);
    const page = await broken.request('/?q=trafficking', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('Part of the corpus is unavailable');
    const tool = await rpc(broken, 'tools/call', { name: 'search', arguments: { q: 'trafficking' } });
    expect(tool.status).toBe(200);
    expect(JSON.stringify(tool.body)).toContain(`shard ${failing} did not answer`);
  });
});
