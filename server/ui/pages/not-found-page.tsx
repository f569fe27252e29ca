// An address that leads nowhere: an HTML page for people, the API's JSON error for programs
// (every /api/ address, and any request that asks for JSON rather than HTML).
import { errorResponse } from '../../errors.js';
import type { PageContext } from '../../types.js';
import { renderPage } from './render-page.js';

export function wantsHtml(c: PageContext): boolean {
  const { pathname } = new URL(c.req.url);
  if (pathname === '/api' || pathname.startsWith('/api/')) return false;
  const accept = c.req.header('Accept') ?? '*/*';
  return accept.includes('text/html') || !accept.includes('application/json');
}

export function notFoundPage(c: PageContext) {
  if (!wantsHtml(c)) return errorResponse(c, 'route_not_found', { method: c.req.method, path: new URL(c.req.url).pathname });
  return renderPage(c, { title: 'Page not found', description: 'This address does not lead to a page.' }, (
    <div class="not-found">
      <h1 class="page-title">Page not found</h1>
      <p class="lead">Nothing lives at <code>{new URL(c.req.url).pathname}</code>. The address may be mistyped, or the page may have moved.</p>
      <ul class="plain-list next-steps">
        <li><a href="/">Search the monitoring documents</a></li>
        <li><a href="/commitments">See the commitments and their deadlines</a></li>
        <li><a href="/about">Browse the documents in the corpus</a></li>
      </ul>
    </div>
  ), 404);
}
