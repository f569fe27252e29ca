// Every router of the app: Hono on Web-standard APIs, validating through server/validate.ts.
import { Hono } from 'hono';
import type { App, AppBindings } from './types.js';

export function createRouter(): App {
  // strict: false so /api/search/ (trailing slash) is the same resource as /api/search.
  return new Hono<AppBindings>({ strict: false });
}
