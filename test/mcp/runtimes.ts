// The two runtimes the MCP endpoint is tested on, each started on a free loopback port: the
// Node entry's server and the Workers runtime (wrangler dev), with an MCP SDK client on each.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { startNodeServer } from '../../node-server/serve.js';
import { CORPUS_DIR } from '../worker/corpus-presence.js';
import { startWranglerDev } from '../worker/wrangler-process.js';

export interface RunningRuntime {
  url: string;
  stop(): Promise<void>;
}

export const RUNTIMES: { name: string; start(): Promise<RunningRuntime> }[] = [
  {
    name: 'Node server',
    start: async () => {
      const server = await startNodeServer(CORPUS_DIR, 0);
      return { url: server.url, stop: () => server.close() };
    },
  },
  {
    name: 'wrangler dev',
    start: async () => {
      const worker = await startWranglerDev();
      return { url: worker.url, stop: () => worker.stop() };
    },
  },
];

export async function connectClient(url: string): Promise<Client> {
  const client = new Client({ name: 'monitoring-search-tests', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url)));
  return client;
}

/** A tool's answer: the text a model reads and the structured content a program reads. */
export async function callTool<T = Record<string, unknown>>(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args }) as CallToolResult;
  const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
  return { isError: result.isError === true, text, data: result.structuredContent as T };
}

export const getJson = async <T>(url: string): Promise<T> => {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return await res.json() as T;
};
