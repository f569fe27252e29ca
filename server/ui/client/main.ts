// Entry of the page script: picks the view for the address, keeps the search view mounted
// while only its query changes (so typing is never interrupted), and handles in-page links.
import { replaceChildren } from './dom.js';
import { isInPageNavigation, matchRoute, type Navigate, type ViewKind } from './router.js';
import { CommitmentsView } from './views/commitments-view.js';
import { ItemView } from './views/item-view.js';
import { NotFoundView } from './views/not-found-view.js';
import { RefsView } from './views/refs-view.js';
import { SearchView } from './views/search-view.js';
import type { View } from './views/view.js';

const main = document.getElementById('main');
let current: { kind: ViewKind; view: View } | undefined;
/** Where "Back to results" leads: the last search the reader saw. */
let lastSearchHref = '/';
/** Path and query drawn last: a change of the #fragment alone (the skip link) redraws nothing. */
let renderedLocation = '';

function createView(kind: ViewKind): View {
  switch (kind) {
    case 'search': return new SearchView(navigate);
    case 'item': return new ItemView(lastSearchHref);
    case 'refs': return new RefsView();
    case 'commitments': return new CommitmentsView();
    default: return new NotFoundView();
  }
}

function markCurrentNavLink(kind: ViewKind): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a[data-view]')) {
    if (link.dataset.view === kind) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function render(moveFocus: boolean): Promise<void> {
  if (!main) return;
  const url = new URL(location.href);
  const kind = matchRoute(url.pathname);
  renderedLocation = url.pathname + url.search;
  if (kind === 'search') lastSearchHref = url.pathname + url.search;
  const isNewView = current === undefined || current.kind !== kind || kind !== 'search';
  if (isNewView) {
    current = { kind, view: createView(kind) };
    replaceChildren(main, current.view.element);
    markCurrentNavLink(kind);
    if (moveFocus) window.scrollTo(0, 0);
  }
  const view = current!.view;
  await view.show(url);
  // Focus follows a change of view, for keyboard and screen reader users, once it has content.
  if (isNewView && moveFocus && current?.view === view && !main.contains(document.activeElement)) view.focusTarget()?.focus();
}

const navigate: Navigate = (href, options = {}) => {
  const target = new URL(href, location.href);
  if (target.href === location.href) return;
  if (options.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  void render(!options.replace);
};

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || !isInPageNavigation(event, anchor, location.origin)) return;
  event.preventDefault();
  navigate(anchor.href);
});
window.addEventListener('popstate', () => {
  if (location.pathname + location.search !== renderedLocation) void render(true);
});
void render(false);
