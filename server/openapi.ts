// /api/openapi.json and the offline docs page. The document and the page are built on first
// request, from a module imported only then: a cold isolate answering a search never builds
// the response schemas (see route-contract.ts).
import { DOCS_STYLESHEET } from './docs/docs-stylesheet.js';
import type { OpenAPIDocument } from './docs/render-docs-page.js';
import type { AppOpenAPI } from './types.js';

interface Docs { document: OpenAPIDocument; page: string }

let docs: Promise<Docs> | undefined;

// Kept for the isolate's life: the routes do not change while it lives.
const loadDocs = (): Promise<Docs> => (docs ??= Promise.all([import('./openapi-document.js'), import('./docs/render-docs-page.js')])
  .then(([{ buildOpenAPIDocument }, { renderDocsPage }]) => {
    const document = buildOpenAPIDocument();
    return { document, page: renderDocsPage(document, '/api/docs/style.css') };
  }));

export function registerOpenAPIRoutes(app: AppOpenAPI): void {
  app.get('/api/openapi.json', async (c) => c.json((await loadDocs()).document));
  app.get('/api/docs', async (c) => c.html((await loadDocs()).page));
  app.get('/api/docs/style.css', (c) => c.body(DOCS_STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
