// The search page: the same HTML for every client-side view, and its script, stylesheet and
// icon from memory (no file access, so it runs in the Worker and in Node alike).
import type { Context } from 'hono';
import type { App, AppBindings } from '../types.js';
import { STATIC_ASSETS } from './assets.js';
import { pageShell } from './page-shell.js';

/** Paths the page's script draws a view for (client/router.ts); others stay the API's 404. */
export const PAGE_PATHS = ['/', '/commitments', '/refs/paragraph/:n', '/refs/recommendation/:id'] as const;
export const ITEM_PAGE_PATH = '/item/:id{.+}';

const YEAR_SECONDS = 31_536_000;

const servePage = (c: Context<AppBindings>, status: 200 | 404 = 200) => {
  // Cheap to revalidate, and it names the current asset versions: never serve a stale one.
  c.header('Cache-Control', 'no-cache');
  return c.html(pageShell(), status);
};

export function registerPageRoutes(app: App): void {
  for (const path of PAGE_PATHS) app.get(path, (c) => servePage(c));

  // The page says "Item not found" itself; the status tells link checkers and crawlers too.
  app.get(ITEM_PAGE_PATH, (c) => servePage(c, c.var.corpus.links.byId(c.req.param('id')) ? 200 : 404));

  for (const asset of STATIC_ASSETS) {
    app.get(asset.path, (c) => {
      // The versioned URL the page uses never changes content; anything else must revalidate.
      const cacheControl = c.req.query('v') === asset.version ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache';
      return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': cacheControl });
    });
  }
}
