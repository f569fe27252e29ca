// POST /mcp: MCP's Streamable HTTP transport, stateless, answering each request with one JSON
// body (the transport lets a server answer application/json instead of an event stream). No
// session is created, so no Mcp-Session-Id is given; GET (a server-to-client event stream) and
// DELETE (ending a session) have nothing to serve and get 405, as the transport specifies.
// The endpoint is public and read-only like the rest of the API, so any origin may call it
// (CORS in app.ts); there is no credential or local resource for a rebinding page to reach.
import type { Context } from 'hono';
import { ShardSearchError } from '../../core/shard/coordinator.js';
import { answerMethod } from './methods.js';
import type { ToolContext } from './item-view.js';
import {
  classify, HEADERLESS_PROTOCOL_VERSION, PROTOCOL_VERSIONS, RPC_ERRORS, rpcError, rpcResult, RpcError, type Incoming, type Outgoing,
} from './protocol.js';
import type { ReaderBindings } from '../types.js';

export const MCP_PATH = '/mcp';
/**
 * Above any valid call: the longest arguments, every filter at its cap in text written as \u
 * escapes, are ~246 KB (~45 KB in plain ASCII).
 */
export const MCP_MAX_BODY_BYTES = 256 * 1024;
/** Messages in one batch (JSON-RPC batches; protocol versions before 2025-06-18 allow them). */
export const MCP_MAX_BATCH = 20;

type McpContext = Context<ReaderBindings>;

const transportError = (c: McpContext, status: 400 | 405 | 406 | 413 | 415, message: string, code: number = RPC_ERRORS.transport) =>
  c.json(rpcError(null, code, message), status, { 'Cache-Control': 'no-store' });

/** The body as text, or undefined past `max` bytes (read no further: a client may send far more). */
async function readCapped(request: Request, max: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > max) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

const acceptsJson = (accept: string | undefined) =>
  accept === undefined || accept.trim() === '' || /(^|,)\s*(application\/json|application\/\*|\*\/\*)\s*(;|,|$)/i.test(accept);

async function answer(message: Incoming, ctx: ToolContext): Promise<Outgoing | undefined> {
  if (message.kind === 'invalid') return rpcError(message.id, RPC_ERRORS.invalidRequest, `Invalid request: ${message.problem}.`);
  if (message.kind !== 'request') return undefined;
  try {
    return rpcResult(message.id, await answerMethod(message.method, message.params, ctx));
  } catch (err) {
    if (err instanceof RpcError) return rpcError(message.id, err.code, err.message, err.data);
    // A sharded deployment whose shard failed: say which, as the API's 503 does.
    if (err instanceof ShardSearchError) return rpcError(message.id, RPC_ERRORS.internalError, `${err.message}. Retry in a moment.`, { shard: err.shard });
    console.error('MCP method failed:', message.method, err);
    return rpcError(message.id, RPC_ERRORS.internalError, 'The server failed on this request. This is a bug in the service; please report it with the request.');
  }
}

export async function handleMcp(c: McpContext): Promise<Response> {
  const method = c.req.method;
  if (method !== 'POST') {
    c.header('Allow', 'POST, OPTIONS');
    return transportError(c, 405, `Method ${method} is not allowed on ${MCP_PATH}: send JSON-RPC messages by POST. This server is stateless: it opens no event stream (GET) and keeps no session to end (DELETE).`);
  }
  const version = c.req.header('MCP-Protocol-Version') ?? HEADERLESS_PROTOCOL_VERSION;
  if (!(PROTOCOL_VERSIONS as readonly string[]).includes(version)) {
    return transportError(c, 400, `Unsupported MCP-Protocol-Version ${JSON.stringify(version)}. Supported: ${PROTOCOL_VERSIONS.join(', ')}.`);
  }
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
    return transportError(c, 415, 'Unsupported media type: send the JSON-RPC message with Content-Type: application/json.');
  }
  if (!acceptsJson(c.req.header('Accept'))) {
    return transportError(c, 406, 'Not acceptable: this server answers with application/json; include it in Accept.');
  }
  const text = await readCapped(c.req.raw, MCP_MAX_BODY_BYTES);
  if (text === undefined) return transportError(c, 413, `The request body is larger than ${MCP_MAX_BODY_BYTES / 1024} KiB.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    return transportError(c, 400, `Parse error: the body is not JSON (${(err as Error).message}).`, RPC_ERRORS.parseError);
  }
  const batch = Array.isArray(body);
  const messages: unknown[] = Array.isArray(body) ? body : [body];
  if (messages.length === 0) return transportError(c, 400, 'Invalid request: an empty batch.', RPC_ERRORS.invalidRequest);
  if (messages.length > MCP_MAX_BATCH) return transportError(c, 400, `Invalid request: a batch of more than ${MCP_MAX_BATCH} messages.`, RPC_ERRORS.invalidRequest);

  const ctx: ToolContext = { reader: c.var.reader, origin: new URL(c.req.url).origin, today: new Date().toISOString().slice(0, 10) };
  const answers = (await Promise.all(messages.map((message) => answer(classify(message), ctx)))).filter((a): a is Outgoing => a !== undefined);
  c.header('Cache-Control', 'no-store');
  // Only notifications or responses: accepted, nothing to answer.
  if (answers.length === 0) return c.body(null, 202);
  return c.json(batch ? answers : answers[0], 200);
}
