// Entry of the page script: picks the view for the address, keeps the search view mounted
// while only its query changes (so typing is never interrupted), handles in-page links, and
// brings the reader back to where they were on a list when they go back.
import { replaceChildren } from './dom.js';
import { isInPageNavigation, matchRoute, type Navigate, type ViewKind } from './router.js';
import { CommitmentsView } from './views/commitments-view.js';
import { ItemView } from './views/item-view.js';
import { NotFoundView } from './views/not-found-view.js';
import { RefsView } from './views/refs-view.js';
import { SearchView } from './views/search-view.js';
import type { View } from './views/view.js';

/** Kept in each history entry: where the page was scrolled, and the address it was reached from. */
interface EntryState { scrollY?: number; from?: string }

const main = document.getElementById('main');
let current: { kind: ViewKind; view: View } | undefined;
/** Where "Back to results" leads: the last search the reader saw. */
let lastSearchHref = '/';
/** Path and query drawn last: a change of the #fragment alone (the skip link) redraws nothing. */
let renderedLocation = '';

const here = () => location.pathname + location.search;
const entryState = (): EntryState => (history.state ?? {}) as EntryState;

/** Back to the search the reader came from, at the same scroll position, when it is the previous entry. */
function goBackTo(href: string): boolean {
  if (entryState().from !== href) return false;
  history.back();
  return true;
}

function createView(kind: ViewKind): View {
  switch (kind) {
    case 'search': return new SearchView(navigate);
    case 'item': return new ItemView(lastSearchHref, goBackTo);
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

async function render(options: { moveFocus: boolean; scrollY?: number }): Promise<void> {
  if (!main) return;
  const url = new URL(location.href);
  const kind = matchRoute(url.pathname);
  renderedLocation = url.pathname + url.search;
  if (kind === 'search') lastSearchHref = renderedLocation;
  const isNewView = current === undefined || current.kind !== kind || kind !== 'search';
  if (isNewView) {
    current = { kind, view: createView(kind) };
    replaceChildren(main, current.view.element);
    markCurrentNavLink(kind);
    if (options.moveFocus && options.scrollY === undefined) window.scrollTo(0, 0);
  }
  const view = current!.view;
  await view.show(url);
  if (current?.view !== view) return; // the reader has moved on meanwhile
  // Focus follows a change of view, for keyboard and screen reader users, once it has content.
  if (isNewView && options.moveFocus && !main.contains(document.activeElement)) {
    view.focusTarget()?.focus({ preventScroll: options.scrollY !== undefined });
  }
  if (options.scrollY !== undefined) window.scrollTo(0, options.scrollY);
}

const navigate: Navigate = (href, options = {}) => {
  const target = new URL(href, location.href);
  if (target.href === location.href) return;
  const from = here();
  if (options.replace) {
    history.replaceState({ ...entryState() }, '', target);
  } else {
    history.replaceState({ ...entryState(), scrollY: window.scrollY }, '');
    history.pushState({ from } satisfies EntryState, '', target);
  }
  void render({ moveFocus: !options.replace });
};

// Views draw their content after fetching it, so the browser's own restoration would scroll
// an empty page; render() restores the position once the content is there.
history.scrollRestoration = 'manual';

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || !isInPageNavigation(event, anchor, location.origin)) return;
  event.preventDefault();
  navigate(anchor.href);
});
window.addEventListener('popstate', () => {
  if (here() !== renderedLocation) void render({ moveFocus: true, scrollY: entryState().scrollY });
});
void render({ moveFocus: false, scrollY: entryState().scrollY });
