// The floor under the Worker: a plain Hono app that answers every GET with one static JSON
// text of __BODY_BYTES__ bytes (replaced when bench/workerd-direct.ts bundles it).
import { Hono } from 'hono';
import { staticJson } from './static-json.mjs';

/* global __BODY_BYTES__ */
const body = staticJson(__BODY_BYTES__);
const app = new Hono();
app.get('*', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
export default app;
