// The pages people read, rendered on the server (Node and Worker alike) from the corpus, with
// their script, stylesheet and icon served from memory (no file access in either runtime).
import type { PageApp } from '../types.js';
import { ICON_ASSET, STATIC_ASSETS } from './assets.js';
import { aboutPage } from './pages/about-page.js';
import { commitmentsPage } from './pages/commitments-page.js';
import { itemPage } from './pages/item-page.js';
import { paragraphRefsPage, recommendationRefsPage } from './pages/refs-page.js';
import { searchPage } from './pages/search-page.js';

const YEAR_SECONDS = 31_536_000;

export function registerPageRoutes(app: PageApp): void {
  app.get('/', searchPage);
  app.get('/item/:id{.+}', itemPage);
  app.get('/refs/paragraph/:n', paragraphRefsPage);
  app.get('/refs/recommendation/:id', recommendationRefsPage);
  app.get('/commitments', commitmentsPage);
  app.get('/about', aboutPage);

  for (const asset of STATIC_ASSETS) {
    app.get(asset.path, (c) => {
      // The versioned URL the pages use never changes content; anything else must revalidate.
      const cacheControl = c.req.query('v') === asset.version ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache';
      return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': cacheControl });
    });
  }
  // Browsers ask for /favicon.ico wherever a page names no icon (an API answer opened in a tab).
  app.get('/favicon.ico', (c) => c.body(ICON_ASSET.body, 200, { 'Content-Type': ICON_ASSET.contentType, 'Cache-Control': 'public, max-age=86400' }));
}
