// Property: whatever JSON a client sends as a tool's arguments (each argument the tool knows,
// with any JSON value, plus unknown ones), the answer is a result, never a JSON-RPC error or a
// crash; a tool error names an argument. And any JSON-RPC message gets 200, 202 or a 4xx.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { smallCorpus } from '../../test/support/small-corpus.js';
import { TOOLS } from './methods.js';

const app = createApp(smallCorpus());

async function rpc(body: unknown) {
  const res = await app.request('/mcp', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: res.status === 202 ? undefined : await res.json() };
}

const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ minLength: 190, maxLength: 700 }),
  fc.constantFrom('', '0', '-1', '2018..2023', '2023..2018', '..', 'helpline', 'II-6', '<script>', '\u0000', '\uD800', 'true', 'require'),
);
const anyJson = fc.oneof(
  nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(nastyString, { maxLength: 60 }),
  fc.array(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), nastyString, { maxKeys: 2 }),
);

describe('MCP tools with any arguments', () => {
  it.each(TOOLS.map((tool) => [tool.definition.name, Object.keys(tool.definition.inputSchema.properties ?? {})] as const))(
    '%s answers a result for any JSON arguments', async (name, known) => {
      const args = fc.record(Object.fromEntries(known.map((k) => [k, anyJson])), { requiredKeys: [] });
      const withUnknown = fc.tuple(args, fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), anyJson, { maxKeys: 2 }), { nil: undefined }))
        .map(([a, extra]) => ({ ...extra, ...a }));
      await fc.assert(fc.asyncProperty(fc.oneof(withUnknown, anyJson), async (argumentsValue) => {
        const { status, body } = await rpc({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: argumentsValue } });
        expect(status).toBe(200);
        expect(body.error, JSON.stringify(body.error)).toBeUndefined();
        const text: string = body.result.content[0].text;
        if (body.result.isError) expect(text).toMatch(/Argument "[^"]+"|Unknown argument "|arguments must be an object|Give exactly one of|No item has the id/);
      }), { numRuns: 150 });
    },
    60_000,
  );

  it('any JSON-RPC-ish message gets 200, 202 or a 4xx', async () => {
    const message = fc.record({
      jsonrpc: fc.oneof(fc.constant('2.0'), anyJson), id: fc.oneof(fc.integer(), nastyString, fc.constant(null), anyJson),
      method: fc.oneof(fc.constantFrom('initialize', 'ping', 'tools/list', 'tools/call', 'resources/list', 'resources/read', 'notifications/initialized'), nastyString),
      params: anyJson,
    }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(fc.oneof(message, fc.array(message, { maxLength: 25 }), anyJson), async (body) => {
      const { status } = await rpc(body);
      expect([200, 202, 400]).toContain(status);
    }), { numRuns: 300 });
  });
});
