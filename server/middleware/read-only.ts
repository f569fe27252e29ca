// The service is read-only: GET and HEAD everywhere, OPTIONS only as the CORS preflight of /api.
// The MCP endpoint is the one exception: JSON-RPC travels by POST, and the endpoint answers every
// method itself as its transport specifies (server/mcp/http.ts).
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';

export const readOnly = (options: { except?: readonly string[] } = {}): MiddlewareHandler => async (c, next) => {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') return next();
  // strict: false routing serves /mcp/ as /mcp.
  if (options.except?.includes(c.req.path.replace(/(.)\/$/, '$1'))) return next();
  const response = errorResponse(c, 'method_not_allowed', { method });
  response.headers.set('Allow', 'GET, HEAD');
  return response;
};
