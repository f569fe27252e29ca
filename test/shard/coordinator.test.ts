// The coordinator and its transports: the RPC and fetch clients through the shard's answerer
// answer like in-process shards; paging happens after the merge, also past the engine's page cap;
// facet counts add up; a failing shard fails the query by name; bad shard input is a 4xx.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { ITEMS, LEXICON, makeItem } from '../support/search-fixtures.js';
import { buildSearchEngine, serializeSearchEngine } from '../../core/search/index.js';
import type { SearchParams, SearchResult } from '../../core/search/index.js';
import {
  createShardCoordinator, remoteShardClient, inProcessShardClient, loadShardEngine, planShards, ShardEngine, splitSnapshot, sumFacets,
} from '../../core/shard/index.js';
import type { RpcTarget, ShardClient } from '../../core/shard/index.js';
import { EXPORT_LIMIT_MAX, OFFSET_MAX, QUERY_MAX_LENGTH } from '../../server/routes/search.request.js';
import { createShardAnswerer, createShardHandler } from '../../server/shard/shard-handler.js';
import { SHARD_BOUNDS } from '../../server/shard/shard-params.js';

function shardsOf(items: Item[], maxPerShard: number) {
  const whole = buildSearchEngine(items, LEXICON);
  const engines = splitSnapshot(serializeSearchEngine(whole), items, planShards(items, maxPerShard, { groupOf: (i) => i.body }))
    .map((files) => loadShardEngine(files.snapshot, files.items));
  return { whole, engines };
}

const ids = (result: SearchResult) => result.hits.map((hit) => hit.item.id);

describe('loadShardEngine', () => {
  it('refuses a shard whose items were edited after the split, naming the item', () => {
    const [first] = splitSnapshot(serializeSearchEngine(buildSearchEngine(ITEMS, LEXICON)), ITEMS, planShards(ITEMS, 5));
    expect(() => loadShardEngine(first.snapshot, first.items)).not.toThrow();
    const edited = first.items.map((item, i) => (i === 2 ? { ...item, text: 'Edited by hand.' } : item));
    expect(() => loadShardEngine(first.snapshot, edited)).toThrow(`shard 0 item 2 (${JSON.stringify(first.items[2].id)}) differs from the item the search snapshot was built from`);
  });
});

describe('fetch transport', () => {
  const { whole, engines } = shardsOf(ITEMS, 3);
  // What a service binding does: hand the Request to the other Worker's fetch handler.
  const viaFetch = createShardCoordinator(engines.map((engine) => remoteShardClient({ fetch: createShardHandler(engine) })));

  it.each<SearchParams>([{ q: 'helplines children' }, { q: 'THB', sort: 'year' }, { q: '', filters: { year: { from: 2020 } }, sort: 'deadline' }, { q: 'children', offset: 2, limit: 3 }])(
    'answers like the unsharded engine through JSON: %o', async (params) => {
      expect(await viaFetch.search(params)).toEqual(whole.search(params));
    });

  it('refuses a malformed body or an unknown route with a JSON 4xx', async () => {
    const handler = createShardHandler(engines[0]);
    const post = (body: string, path = '/shard/rank') => handler(new Request(`https://shard${path}`, { method: 'POST', body }));
    for (const body of ['{', '[]', '{"limit":-1}', '{"q":7}', '{"filters":{"year":{"from":"2020"}}}', `{"q":"${'x'.repeat(501)}"}`, '{"unknown":1}']) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_parameter');
    }
    // Hits of keys the shard never gave, or not shaped as its keys.
    const key = { index: 0, order: 0, rank: [0, 0], partial: false, cites: false, year: 0, deadline: null };
    for (const keys of [[{ ...key, index: 99_999 }], [{ ...key, order: 7 }], [{ ...key, index: -1 }], [{ ...key, rank: [0] }], [{ index: 0 }]]) {
      const response = await post(JSON.stringify({ params: {}, keys }), '/shard/hits');
      expect(response.status, JSON.stringify(keys)).toBe(400);
    }
    expect((await post(JSON.stringify({ params: {}, keys: [key] }), '/shard/hits')).status).toBe(200);
    expect((await post('{}', '/other')).status).toBe(404);
    expect((await handler(new Request('https://shard/shard/rank'))).status).toBe(404);
  });

  it('bounds shard input like the public API', () => {
    expect(SHARD_BOUNDS).toEqual({ QUERY_MAX_LENGTH, OFFSET_MAX, EXPORT_LIMIT_MAX });
  });

  it('fails the query naming the shard when one does not answer', async () => {
    const broken: ShardClient = remoteShardClient({ fetch: async () => new Response('overloaded', { status: 503 }) });
    const coordinator = createShardCoordinator([inProcessShardClient(engines[0]), broken]);
    await expect(coordinator.search({ q: 'children' })).rejects.toThrow(/shard 1 did not answer: .*503: overloaded/);
  });
});

describe('RPC transport', () => {
  const { whole, engines } = shardsOf(ITEMS, 3);
  // What a service binding to the generated shard entry does: call its post(path, body) method.
  const rpcTargets: RpcTarget[] = engines.map((engine) => {
    const answer = createShardAnswerer(engine);
    return { post: (path, body) => answer('POST', path, body) };
  });
  const viaRpc = createShardCoordinator(rpcTargets.map((target) => remoteShardClient(target)));
  const viaFetch = createShardCoordinator(engines.map((engine) => remoteShardClient({ fetch: createShardHandler(engine) })));

  it.each<SearchParams>([{ q: 'helplines children' }, { q: 'THB', sort: 'year' }, { q: '', filters: { year: { from: 2020 } }, sort: 'deadline' }, { q: 'children', offset: 2, limit: 3 }])(
    'answers like the unsharded engine and like fetch: %o', async (params) => {
      const answer = await viaRpc.search(params);
      expect(answer).toEqual(whole.search(params));
      expect(answer).toEqual(await viaFetch.search(params));
    });

  it('answers a malformed body as POST would: 400 with the problem', async () => {
    const reply = await rpcTargets[0].post('/shard/rank', '{"limit":-1}');
    expect(reply.status).toBe(400);
    expect((JSON.parse(reply.body) as { error: { code: string } }).error.code).toBe('invalid_parameter');
    expect((await rpcTargets[0].post('/other', '{}')).status).toBe(404);
  });

  it('fails the query naming the shard when one answers an error, throws, or does not answer in time', async () => {
    const failing: RpcTarget[] = [
      { post: async () => ({ status: 500, body: '{"error":{"code":"shard_failed","message":"no KV"}}' }) },
      { post: async () => { throw new Error('isolate exceeded its memory limit'); } },
    ];
    for (const [target, reason] of [[failing[0], /shard 1 did not answer: .*500: .*no KV/], [failing[1], /shard 1 did not answer: isolate exceeded its memory limit/]] as const) {
      const coordinator = createShardCoordinator([remoteShardClient(rpcTargets[0]), remoteShardClient(target)]);
      await expect(coordinator.search({ q: 'children' })).rejects.toThrow(reason);
    }
    const silent = createShardCoordinator([remoteShardClient(rpcTargets[0]), remoteShardClient({ post: () => new Promise(() => undefined) }, { timeoutMs: 50 })]);
    await expect(silent.search({ q: 'children' })).rejects.toThrow(/shard 1 did not answer: \/shard\/rank did not answer within 50 ms/);
  });
});

describe('paging after the merge', () => {
  // Two bodies of 1300 items each: a page past hit 1000 needs more than the engine's cap per shard.
  const items = ['North', 'South'].flatMap((body) => Array.from({ length: 1300 }, (_, k) =>
    makeItem(`${body}/${k}`, `Monitoring report ${k % 7 === 0 ? 'on helplines for children' : 'on children'} number ${k}.`, { body, document: body.toLowerCase() })));
  const { whole, engines } = shardsOf(items, 1300);
  const coordinator = createShardCoordinator(engines.map(inProcessShardClient));

  it.each<SearchParams>([{ q: 'children helplines', offset: 1500, limit: 20 }, { q: 'children', offset: 990, limit: 30 }, { q: '', offset: 2590, limit: 20 }, { q: 'helplines', limit: 1000 }])(
    '%o', async (params) => {
      expect(engines).toHaveLength(2);
      const expected = whole.search(params);
      expect(expected.hits.length).toBeGreaterThan(0);
      const actual = await coordinator.search(params);
      expect(ids(actual)).toEqual(ids(expected));
      expect(actual).toEqual(expected);
    });
});

describe('reading only the page', () => {
  // Two bodies of 1300 items each, every shard's items counted as they are read.
  const items = ['North', 'South'].flatMap((body) => Array.from({ length: 1300 }, (_, k) =>
    makeItem(`${body}/${k}`, `Monitoring report on children number ${k}.`, { body, document: body.toLowerCase() })));
  const whole = buildSearchEngine(items, LEXICON);
  const read = new Set<string>();
  const engines = splitSnapshot(serializeSearchEngine(whole), items, planShards(items, 1300, { groupOf: (i) => i.body }))
    .map((files) => {
      const engine = loadShardEngine(files.snapshot, files.items);
      const counted = { length: files.items.length, at: (i: number) => { read.add(files.items[i]?.id); return files.items[i]; } };
      return new ShardEngine(engine.header, engine.snapshot, counted);
    });
  const coordinator = createShardCoordinator(engines.map(inProcessShardClient));

  const counting = (shardEngines: readonly ShardEngine[], calls: string[]) => createShardCoordinator(shardEngines.map((engine, shard) => {
    const client = inProcessShardClient(engine);
    return {
      rank: (params, withHits) => { calls.push(`rank ${shard} ${withHits}`); return client.rank(params, withHits); },
      hits: (params, keys) => { calls.push(`hits ${shard} ${keys.length}`); return client.hits(params, keys); },
    };
  }));

  it('reads exactly the first page\'s items over several shards: keys from each, then hits from those holding the page', async () => {
    const calls: string[] = [];
    read.clear();
    const params: SearchParams = { q: 'children', limit: 15 };
    const result = await counting(engines, calls).search(params);
    expect(result).toEqual(whole.search(params));
    const hitCalls = calls.filter((c) => c.startsWith('hits'));
    expect(calls.filter((c) => c.startsWith('rank')).sort()).toEqual(['rank 0 0', 'rank 1 0']);
    expect(hitCalls.reduce((sum, c) => sum + Number(c.split(' ')[2]), 0)).toBe(15);
    expect([...read].sort()).toEqual(ids(result).sort());
  });

  it('answers a first page from a single shard in one call', async () => {
    const calls: string[] = [];
    const params: SearchParams = { q: 'children', limit: 15 };
    const result = await counting([engines[0]], calls).search(params);
    expect(calls).toEqual(['rank 0 15']);
    expect(result.hits).toHaveLength(15);
  });

  it('reads the items of a deep page and no other, however many hits the shards rank', async () => {
    read.clear();
    const params: SearchParams = { q: 'children', offset: 2000, limit: 25 };
    const result = await coordinator.search(params);
    expect(ids(result)).toEqual(ids(whole.search(params)));
    expect([...read].sort()).toEqual(ids(result).sort());
  });
});

describe('sumFacets', () => {
  it('adds counts per value and orders by count, then value', () => {
    const empty = { type: {}, urgency: {}, body: {}, year: {}, theme: {}, document: {}, addressee: {}, commitment: {} };
    const merged = sumFacets([
      { ...empty, theme: { education: 2, 'online-ict': 1 }, year: { 2020: 3 } },
      { ...empty, theme: { 'online-ict': 2, 'civil-society': 1, education: 1 }, year: { 2018: 1, 2020: 1 } },
    ]);
    expect(Object.entries(merged.theme)).toEqual([['education', 3], ['online-ict', 3], ['civil-society', 1]]);
    expect(merged.year).toEqual({ 2018: 1, 2020: 4 });
    expect(merged.urgency).toEqual({});
  });
});
