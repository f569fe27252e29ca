// /api/openapi.json (generated from the routes' zod schemas) and the offline docs page.
import { DOCS_STYLESHEET } from './docs/docs-stylesheet.js';
import { renderDocsPage, type OpenAPIDocument } from './docs/render-docs-page.js';
import type { AppOpenAPI } from './types.js';

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

export function registerOpenAPIRoutes(app: AppOpenAPI): void {
  // Generated on first use and kept: the routes do not change while the isolate lives.
  let document: OpenAPIDocument | undefined;
  let page: string | undefined;
  const openAPIDocument = () => (document ??= app.getOpenAPI31Document(DOCUMENT_CONFIG) as OpenAPIDocument);

  app.get('/api/openapi.json', (c) => c.json(openAPIDocument()));
  app.get('/api/docs', (c) => c.html((page ??= renderDocsPage(openAPIDocument(), '/api/docs/style.css'))));
  app.get('/api/docs/style.css', (c) => c.body(DOCS_STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
