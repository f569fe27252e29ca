// The OpenAPI 3.1 document: every documented route (contract plus response schemas) registered
// on a registry of its own and generated from the zod schemas. Imported on the first request
// for /api/openapi.json or /api/docs, never at start-up (see route-contract.ts).
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { OpenAPIDocument } from './docs/render-docs-page.js';
import { documents } from './routes/documents.routes.js';
import { item } from './routes/items.routes.js';
import { paragraph, recommendation } from './routes/refs.routes.js';
import { search } from './routes/search.routes.js';
import { stats } from './routes/stats.routes.js';

/** In the order the docs page lists them. */
export const DOCUMENTED_ROUTES: readonly RouteConfig[] = [search, item, recommendation, paragraph, documents, stats];

const DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Monitoring search',
    version: '0.1.0',
    description: 'Search and cross-reference human-rights monitoring documents: recommendations, replies, '
      + 'strategy tasks and their footnotes. Read-only; every answer is JSON except exports and this page. '
      + 'Errors are { error: { code, message } }.',
  },
};

export function buildOpenAPIDocument(): OpenAPIDocument {
  const registry = new OpenAPIHono();
  for (const route of DOCUMENTED_ROUTES) registry.openAPIRegistry.registerPath(route);
  return registry.getOpenAPI31Document(DOCUMENT_CONFIG) as OpenAPIDocument;
}
