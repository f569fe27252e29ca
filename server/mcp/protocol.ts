// JSON-RPC 2.0 as MCP uses it: what a message is, the error codes, and the protocol versions
// this server speaks. Result shapes are the MCP SDK's own types (type-only imports: nothing of
// the SDK runs here, see README "AI assistants (MCP)" for why), so the compiler checks every
// answer against the specification's schema as the SDK's client will read it.
import type { JSONRPCErrorResponse, JSONRPCResponse } from '@modelcontextprotocol/sdk/types.js';

/** Newest first; initialize answers with the client's version when it is here, else the newest. */
export const PROTOCOL_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'] as const;
/** What a request without an MCP-Protocol-Version header is taken to speak (the transport spec says so). */
export const HEADERLESS_PROTOCOL_VERSION = '2025-03-26';

export const RPC_ERRORS = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
  /** Transport-level refusals (method, media type, size), as the SDK's transports answer them. */
  transport: -32000,
  /** MCP's code for a resource URI that names nothing. */
  resourceNotFound: -32002,
} as const;

export type RequestId = string | number;
export type Params = Record<string, unknown>;

export type Incoming =
  | { kind: 'request'; id: RequestId; method: string; params: Params }
  | { kind: 'notification'; method: string }
  | { kind: 'response' }
  | { kind: 'invalid'; id: RequestId | null; problem: string };

export type Outgoing = JSONRPCResponse | JSONRPCErrorResponse;

/** A failure a method handler reports to the caller as a JSON-RPC error. */
export class RpcError extends Error {
  constructor(readonly code: number, message: string, readonly data?: unknown) {
    super(message);
    this.name = 'RpcError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is RequestId =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** What one element of a POST body is; anything that is not a JSON-RPC 2.0 message says why. */
export function classify(message: unknown): Incoming {
  if (!isObject(message)) return { kind: 'invalid', id: null, problem: 'a JSON-RPC message must be an object' };
  const id = isId(message.id) ? message.id : null;
  if (message.jsonrpc !== '2.0') return { kind: 'invalid', id, problem: '"jsonrpc" must be "2.0"' };
  if (!('method' in message)) {
    // A client's answer to a server request; this server never asks, so there is nothing to match.
    if (id !== null && ('result' in message || 'error' in message)) return { kind: 'response' };
    return { kind: 'invalid', id, problem: 'a message needs "method" (a request or notification) or "result"/"error" (a response)' };
  }
  if (typeof message.method !== 'string') return { kind: 'invalid', id, problem: '"method" must be a string' };
  if (message.params !== undefined && !isObject(message.params)) return { kind: 'invalid', id, problem: '"params" must be an object' };
  const params = (message.params ?? {}) as Params;
  if (!('id' in message)) return { kind: 'notification', method: message.method };
  if (id === null) return { kind: 'invalid', id: null, problem: '"id" must be a string or a number' };
  return { kind: 'request', id, method: message.method, params };
}

export const rpcResult = (id: RequestId, result: Record<string, unknown>): Outgoing => ({ jsonrpc: '2.0', id, result });

export const rpcError = (id: RequestId | null, code: number, message: string, data?: unknown): Outgoing =>
  ({ jsonrpc: '2.0', id: id as RequestId, error: { code, message, ...(data === undefined ? {} : { data }) } });
