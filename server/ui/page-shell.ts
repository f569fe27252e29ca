// The one HTML page every view starts from. It holds no inline script or style (the CSP forbids
// both): the script and stylesheet are same-origin files, and the script draws each view.
import { assetUrl, ICON_ASSET, SCRIPT_ASSET, STYLESHEET_ASSET } from './assets.js';

let shell: string | undefined;

/** Rendered on first use: naming the asset versions hashes the script, which start-up should not pay. */
export const pageShell = (): string => (shell ??= renderPageShell());

const renderPageShell = (): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Monitoring search</title>
<meta name="description" content="Search recommendations, replies, tasks and commitments in Council of Europe monitoring documents (Lanzarote Committee, GRETA) and the Czech national strategy.">
<link rel="icon" href="${assetUrl(ICON_ASSET)}" type="image/svg+xml">
<link rel="stylesheet" href="${assetUrl(STYLESHEET_ASSET)}">
<script type="module" src="${assetUrl(SCRIPT_ASSET)}"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="wrap header-inner">
<a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span>Monitoring search</a>
<nav class="site-nav" aria-label="Main">
<ul>
<li><a href="/" data-view="search">Search</a></li>
<li><a href="/commitments" data-view="commitments">Commitments</a></li>
<li><a href="/api/docs">API</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
<noscript><p class="notice">This page needs JavaScript to search. The <a href="/api/docs">API</a> answers the same questions without it.</p></noscript>
<p class="loading">Loading…</p>
</main>
<footer class="site-footer">
<div class="wrap">
<p>Council of Europe Lanzarote Committee and GRETA monitoring documents and the Czech national strategy against trafficking in human beings. Data: <a href="/api/documents">documents</a> · <a href="/api/openapi.json">OpenAPI</a> · <a href="/api/docs">API documentation</a>.</p>
</div>
</footer>
</body>
</html>
`;
