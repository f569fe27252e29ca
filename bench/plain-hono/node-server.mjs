// The floor under the Node entry: a plain Hono app on @hono/node-server that answers every GET
// with one static JSON text of BODY_BYTES bytes, on 127.0.0.1:PORT. Plain JavaScript, run by
// plain node, as the compiled entry is.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { staticJson } from './static-json.mjs';

const body = staticJson(Number(process.env.BODY_BYTES));
const app = new Hono();
app.get('*', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (info) => {
  console.log(`Serving ${body.length} bytes on http://127.0.0.1:${info.port}`);
});
