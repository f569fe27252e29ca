// Workers refuse code generation from strings; the server must not depend on it anywhere.
// Classic zod compiles object parsers with `new Function` where a runtime allows it (Node
// does); the server validates with zod/mini, which has no such compiler. Counting
// constructions of the global Function while the app answers shows none happens, in the
// runtime that would allow it.
import { createApp } from './app.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCorpusFiles } from '../node-server/corpus-files.js';
import { loadCorpus } from './corpus.js';

const RealFunction = globalThis.Function;
let constructed = 0;

beforeAll(() => {
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args, newTarget) { constructed++; return Reflect.construct(target, args, newTarget); },
    apply(target, self, args) { constructed++; return Reflect.apply(target, self, args); },
  });
});
afterAll(() => { globalThis.Function = RealFunction; });

describe('no code generation from strings', () => {
  it('answers every route, valid and invalid input alike, without constructing a Function', async () => {
    // Loaded as the Worker loads it: items parsed on demand.
    const app = createApp(loadCorpus(readCorpusFiles('corpus'), { itemParsing: 'on-demand' }));
    const item = 'lanzarote-factsheet-cz-2023/rec/II-6';
    const paths = [
      '/api/search?q=helpline&type=recommendation&urgency=require&year=2018..2023&limit=5&offset=1&sort=relevance',
      '/api/search?q=child&format=csv', '/api/search?q=child&format=json', '/api/search?q=child&format=atom', '/api/search?limit=-1', '/api/search?year=20x',
      '/api/search?type=memo', '/api/search?q=compensaton&commitment=true', `/api/items/${encodeURIComponent(item)}`, `/api/items/${item}`,
      '/api/refs/recommendation/II-6', '/api/refs/paragraph/73', '/api/refs/paragraph/0', '/api/documents', '/api/stats?by=theme,year',
      '/api/stats?by=', '/api/stats?by=colour', '/api/openapi.json', '/api/docs', '/api/docs/style.css', '/', '/commitments',
      `/item/${item}`, '/refs/paragraph/73', '/ui/app.js', '/ui/app.css', '/api/nope',
    ];
    constructed = 0;
    for (const path of paths) {
      for (const method of ['GET', 'HEAD']) expect((await app.request(path, { method })).status, `${method} ${path}`).toBeLessThan(500);
    }
    // The MCP endpoint: every method and tool, with good and bad arguments.
    const calls: [string, Record<string, unknown>][] = [
      ['initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'test', version: '1' } }], ['ping', {}],
      ['tools/list', {}], ['resources/list', {}], ['resources/templates/list', {}],
      ['resources/read', { uri: 'monitoring-search://documents/lanzarote-factsheet-cz-2023' }],
      ['tools/call', { name: 'search', arguments: { q: 'helpline', type: ['recommendation'], year: ['2018..2023'], limit: 5 } }],
      ['tools/call', { name: 'search', arguments: { limit: -1, sort: 'colour' } }],
      ['tools/call', { name: 'get_item', arguments: { id: item } }], ['tools/call', { name: 'get_item', arguments: {} }],
      ['tools/call', { name: 'find_citing', arguments: { paragraph: 73 } }], ['tools/call', { name: 'find_citing', arguments: { recommendation: 'II-6' } }],
      ['tools/call', { name: 'list_documents', arguments: {} }], ['tools/call', { name: 'stats', arguments: { by: 'urgency,theme' } }],
      ['tools/call', { name: 'commitments', arguments: { responsible: ['MOI'], due: ['2016..2030'] } }],
      ['tools/call', { name: 'commitments', arguments: { status: ['unknown'] } }],
    ];
    for (const [method, params] of calls) {
      const res = await app.request('/mcp', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      });
      expect(res.status, method).toBe(200);
    }
    expect(constructed).toBe(0);
  });

  it('would notice classic zod compiling a parser (the check can fail)', () => {
    constructed = 0;
    const schema = z.object({ a: z.string(), b: z.number() });
    schema.parse({ a: 'x', b: 1 });
    schema.parse({ a: 'y', b: 2 });
    expect(constructed).toBeGreaterThan(0);
  });
});
