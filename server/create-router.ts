// Every router validates through zod and reports failures with the API's error body.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppBindings, AppOpenAPI } from './types.js';
import { validationHook } from './validation-hook.js';

// zod compiles fast parsers with `new Function` where a runtime allows it. The server never
// generates code from strings, on any runtime: the same parsers run in Node and in Workers
// (which forbid it anyway), and the bundle test can rely on that code path staying cold.
z.config({ jitless: true });

export function createRouter(): AppOpenAPI {
  // strict: false so /api/search/ (trailing slash) is the same resource as /api/search.
  return new OpenAPIHono<AppBindings>({ strict: false, defaultHook: validationHook });
}
