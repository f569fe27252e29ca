// Client-side routes. Every view has a real path the server also answers with the page, so a
// copied address opens the same view: /, /item/<id>, /refs/paragraph/<n>,
// /refs/recommendation/<id>, /commitments.
export type ViewKind = 'search' | 'item' | 'refs' | 'commitments' | 'not-found';

export function matchRoute(pathname: string): ViewKind {
  if (pathname === '/' || pathname === '') return 'search';
  if (/^\/item\/.+/.test(pathname)) return 'item';
  if (/^\/refs\/(paragraph|recommendation)\/[^/]+$/.test(pathname)) return 'refs';
  if (pathname === '/commitments') return 'commitments';
  return 'not-found';
}

export type Navigate = (href: string, options?: { replace?: boolean }) => void;

/** Which clicks the page handles itself: same-origin links to its own views, plain left clicks. */
export function isInPageNavigation(event: MouseEvent, anchor: HTMLAnchorElement, origin: string): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target !== '' || anchor.hasAttribute('download')) return false;
  const url = new URL(anchor.href);
  if (url.origin !== origin || url.pathname.startsWith('/api/')) return false;
  // A jump to an anchor of the same view (the skip link) stays the browser's job.
  if (url.hash !== '' && url.pathname === location.pathname && url.search === location.search) return false;
  return matchRoute(url.pathname) !== 'not-found';
}
