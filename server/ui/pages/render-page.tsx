// Sends a page: the layout around a view, as HTML with its status. Pages are cheap to render
// and name the current asset versions, so browsers fetch them again every time.
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PageContext } from '../../types.js';
import { Layout, type PageMeta } from './layout.js';

export type PageInfo = Omit<PageMeta, 'url'> & {
  /**
   * `no-store` keeps a page out of the back/forward cache: the search page, whose form a reader
   * may have changed before leaving, must come back as its address says, not as it was left.
   */
  cacheControl?: 'no-cache' | 'no-store';
};

export function renderPage(c: PageContext, info: PageInfo, view: Child, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  const url = new URL(c.req.url);
  const page = <Layout meta={{ ...info, url: `${url.origin}${url.pathname}${url.search}` }}>{view}</Layout>;
  c.header('Cache-Control', info.cacheControl ?? 'no-cache');
  // Components here are synchronous, so the markup is a string (hono/jsx allows async ones).
  const markup = page.toString() as string | Promise<string>;
  const html = typeof markup === 'string' ? `<!doctype html>\n${markup}` : markup.then((text) => `<!doctype html>\n${text}`);
  return c.html(html, status);
}
