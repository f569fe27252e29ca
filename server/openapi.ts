// /api/openapi.json and the offline docs page, from the document generated at build time
// (scripts/build-openapi.ts): parsed and rendered on the first request, then kept for the
// isolate's life, since the routes do not change while it lives.
import { DOCS_STYLESHEET } from './docs/docs-stylesheet.js';
import { openAPIJson } from './docs/openapi.generated.js';
import { renderDocsPage, type OpenAPIDocument } from './docs/render-docs-page.js';
import type { Hono } from 'hono';
import type { Env } from 'hono';
import { assetUrl, ICON_ASSET } from './ui/assets.js';

let document: OpenAPIDocument | undefined;
let page: string | undefined;

const openAPIDocument = (): OpenAPIDocument => (document ??= JSON.parse(openAPIJson()) as OpenAPIDocument);

export function registerOpenAPIRoutes<E extends Env>(app: Hono<E>): void {
  app.get('/api/openapi.json', (c) => c.json(openAPIDocument()));
  app.get('/api/docs', (c) => c.html((page ??= renderDocsPage(openAPIDocument(), '/api/docs/style.css', assetUrl(ICON_ASSET)))));
  app.get('/api/docs/style.css', (c) => c.body(DOCS_STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
