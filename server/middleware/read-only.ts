// The service is read-only: GET and HEAD everywhere, OPTIONS only as the CORS preflight of /api.
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';

export const readOnly = (): MiddlewareHandler => async (c, next) => {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') return next();
  const response = errorResponse(c, 'method_not_allowed', { method });
  response.headers.set('Allow', 'GET, HEAD');
  return response;
};
