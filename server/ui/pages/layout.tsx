// The frame of every page: head (title, description and link-preview tags, icon, stylesheet,
// the enhancing script), skip links, header, footer. No inline script or style anywhere (the
// CSP forbids both): the script and stylesheet are same-origin files.
import type { Child } from 'hono/jsx';
import { assetUrl, ICON_ASSET, SCRIPT_ASSET, STYLESHEET_ASSET } from '../assets.js';

export type NavSection = 'search' | 'commitments' | 'about';

export interface PageMeta {
  /** The tab title, without the site name. */
  title?: string;
  description: string;
  /** The page's absolute address, for link previews. */
  url: string;
  section?: NavSection;
  /** The search page offers a second skip link, past the filters. */
  skipToResults?: boolean;
  /** The current search as an Atom feed, for feed readers that look for one in the head. */
  feed?: string;
}

const SITE = 'Monitoring search';

const NAV: [NavSection | 'api', string, string][] = [
  ['search', '/', 'Search'],
  ['commitments', '/commitments', 'Commitments'],
  ['about', '/about', 'About'],
  ['api', '/api/docs', 'API'],
];

export const Layout = ({ meta, children }: { meta: PageMeta; children?: Child }) => {
  const title = meta.title ? `${meta.title} – ${SITE}` : SITE;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={meta.description} />
        <meta property="og:site_name" content={SITE} />
        <meta property="og:type" content="website" />
        <meta property="og:title" content={meta.title ?? SITE} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={meta.url} />
        <link rel="icon" href={assetUrl(ICON_ASSET)} type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl(STYLESHEET_ASSET)} />
        {meta.feed && <link rel="alternate" type="application/atom+xml" title="This search as an Atom feed" href={meta.feed} />}
        <script type="module" src={assetUrl(SCRIPT_ASSET)}></script>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        {meta.skipToResults && <a class="skip-link" href="#results">Skip to results</a>}
        <header class="site-header">
          <div class="wrap header-inner">
            <a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span>{SITE}</a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                {NAV.map(([section, href, label]) => (
                  <li><a href={href} aria-current={section === meta.section ? 'page' : undefined}>{label}</a></li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>{children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              Recommendations, replies, tasks and commitments from human-rights monitoring documents.{' '}
              <a href="/about">About the corpus</a> · <a href="/api/documents">documents (JSON)</a> · <a href="/api/openapi.json">OpenAPI</a> · <a href="/api/docs">API documentation</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
};
