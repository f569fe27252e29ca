// Every router validates through zod and reports failures with the API's error body.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppBindings, AppOpenAPI } from './types.js';
import { validationHook } from './validation-hook.js';

export function createRouter(): AppOpenAPI {
  // strict: false so /api/search/ (trailing slash) is the same resource as /api/search.
  return new OpenAPIHono<AppBindings>({ strict: false, defaultHook: validationHook });
}
