// The MCP transport and JSON-RPC handling through app.request(): what the SDK's client never
// sends (batches, bad JSON, wrong headers, unknown methods, a body streamed past the cap)
// still gets a clear answer and never a 5xx. The SDK client's own run is test/mcp/.
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { smallCorpus } from '../../test/support/small-corpus.js';
import { MCP_MAX_BODY_BYTES } from './http.js';

const app = createApp(smallCorpus());
const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };

async function post(body: unknown, headers: Record<string, string> = {}, path = '/mcp') {
  const res = await app.request(path, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
}

const request = (id: number, method: string, params?: unknown) => ({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });

describe('POST /mcp', () => {
  it('negotiates the protocol version: the client\'s when supported, else the newest', async () => {
    for (const [asked, given] of [['2024-11-05', '2024-11-05'], ['2025-06-18', '2025-06-18'], ['1999-01-01', '2025-11-25']]) {
      const { body } = await post(request(1, 'initialize', { protocolVersion: asked, capabilities: {}, clientInfo: { name: 't', version: '1' } }));
      expect(body.result.protocolVersion, asked).toBe(given);
    }
  });

  it('answers a batch in order, and accepts notifications and responses alone with 202', async () => {
    const { status, body } = await post([request(1, 'ping'), { jsonrpc: '2.0', method: 'notifications/initialized' }, request(2, 'tools/list')]);
    expect(status).toBe(200);
    expect(body.map((m: { id: number }) => m.id)).toEqual([1, 2]);
    expect(body[1].result.tools).toHaveLength(6);
    expect(await post({ jsonrpc: '2.0', method: 'notifications/initialized' })).toEqual({ status: 202, body: undefined });
    expect((await post({ jsonrpc: '2.0', id: 9, result: {} })).status).toBe(202);
  });

  it.each([
    ['not JSON', '{"jsonrpc":', 400, -32700, 'Parse error'],
    ['an empty batch', [], 400, -32600, 'an empty batch'],
    ['a batch of 21', Array.from({ length: 21 }, (_, k) => request(k, 'ping')), 400, -32600, 'more than 20'],
    ['a message that is not an object', 42, 200, -32600, 'must be an object'],
    ['a wrong jsonrpc version', { jsonrpc: '1.0', id: 1, method: 'ping' }, 200, -32600, '"jsonrpc" must be "2.0"'],
    ['a null id', { jsonrpc: '2.0', id: null, method: 'ping' }, 200, -32600, '"id" must be a string or a number'],
    ['params that are not an object', { jsonrpc: '2.0', id: 1, method: 'ping', params: [1] }, 200, -32600, '"params" must be an object'],
    ['an unknown method', request(1, 'sampling/createMessage'), 200, -32601, 'is not offered here'],
    ['a prototype key as method', request(1, 'constructor'), 200, -32601, 'is not offered here'],
    ['tools/call without a name', request(1, 'tools/call', {}), 200, -32602, 'needs "name"'],
    ['a cursor never given', request(1, 'tools/list', { cursor: 'abc' }), 200, -32602, 'unknown cursor'],
    ['resources/read without a uri', request(1, 'resources/read', {}), 200, -32602, 'needs "uri"'],
    ['an unknown resource', request(1, 'resources/read', { uri: 'monitoring-search://documents/%E0%A4%A' }), 200, -32002, 'No resource has the URI'],
  ])('%s gets a JSON-RPC error', async (_, body, status, code, message) => {
    const answer = await post(body);
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.message).toContain(message);
  });

  it.each([
    ['Content-Type text/plain', { 'Content-Type': 'text/plain' }, 415],
    ['Accept text/html only', { Accept: 'text/html' }, 406],
    ['an unknown MCP-Protocol-Version', { 'MCP-Protocol-Version': '2030-01-01' }, 400],
  ])('refuses %s', async (_, headers, status) => {
    const answer = await post(request(1, 'ping'), headers);
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toMatch(/media type|Not acceptable|MCP-Protocol-Version/);
  });

  it('reads the largest call: every filter at its cap, in text written as \\u escapes, and answers it as the tool', async () => {
    const values = (tag: string) => Array.from({ length: 50 }, (_, k) => `${tag}${k}`.padEnd(200, 'ж'));
    const args = { q: 'ж'.repeat(500), body: values('b'), theme: values('t'), document: values('d'), ref: values('r'), year: ['2018..2023'] };
    const text = JSON.stringify(request(1, 'tools/call', { name: 'search', arguments: args }))
      .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(text.length).toBeGreaterThan(240_000);
    expect(text.length).toBeLessThan(MCP_MAX_BODY_BYTES);
    const { status, body } = await post(text);
    expect(status).toBe(200);
    // Read whole and parsed: the tool itself answers, refusing a theme that does not exist.
    expect(body.result.isError).toBe(true);
    expect(body.result.content[0].text).toMatch(/^Argument "theme" does not accept "t0ж+"\. Use one of: legal-framework, /);
  });

  it('stops reading a body streamed past the cap, with no Content-Length to warn it', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MCP_MAX_BODY_BYTES * 4) return controller.close();
        sent += 16_384;
        controller.enqueue(new Uint8Array(16_384).fill(32));
      },
    });
    const res = await app.request('/mcp', { method: 'POST', headers: JSON_HEADERS, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(MCP_MAX_BODY_BYTES * 2);
  });

  it('takes no inherited property for an argument', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const { body } = await post(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"search","arguments":{"${name}":false}}}`);
      expect(body.result, name).toEqual({ isError: true, content: [{ type: 'text', text: expect.stringContaining(`Unknown argument "${name}"`) }] });
    }
  });

  it('serves /mcp/ as /mcp, and leaves every other path read-only', async () => {
    expect((await post(request(3, 'ping'), {}, '/mcp/')).body).toEqual({ jsonrpc: '2.0', id: 3, result: {} });
    expect((await post(request(3, 'ping'), {}, '/mcp/x')).status).toBe(405);
    expect((await post(request(3, 'ping'), {}, '/api/search')).status).toBe(405);
  });

  it('gives item text with markup as it is, and absolute item URLs', async () => {
    const { body } = await post(request(1, 'tools/call', { name: 'search', arguments: { q: 'forum police' } }));
    expect(body.result.structuredContent.hits[0].text).toBe('Offenders posted <script>alert(1)</script> on a forum & the police removed it.');
    expect(body.result.structuredContent.hits[0].url).toBe('http://localhost/item/global-alliance-report-cz-2014/para/12');
  });
});
