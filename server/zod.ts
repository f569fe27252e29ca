// The one place server code gets zod from, configured before any schema exists: zod decides
// per schema, when it is built, whether to compile its parser with `new Function`. Servers
// never generate code from strings (Workers forbid it; no-code-generation.test.ts checks
// Node), so every server schema is built jitless. zod here carries @hono/zod-openapi's
// .openapi() extension.
import { z } from '@hono/zod-openapi';

z.config({ jitless: true });

export { z };
