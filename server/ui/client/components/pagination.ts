// Page links for a result list: real links (they open in a new tab and can be shared), with
// the current page marked for screen readers.
import { h } from '../dom.js';

/** Page numbers to show: the first, the last and a window around the current one; 0 is a gap. */
export function pageWindow(current: number, last: number, radius = 2): number[] {
  const shown = [...new Set([1, last, ...Array.from({ length: radius * 2 + 1 }, (_, i) => current - radius + i)])]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b);
  const pages: number[] = [];
  for (const page of shown) {
    const previous = pages[pages.length - 1];
    // A gap of one page is shown as that page: "…" would take the same room.
    if (previous !== undefined && page - previous === 2) pages.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) pages.push(0);
    pages.push(page);
  }
  return pages;
}

export function pagination(current: number, last: number, hrefFor: (page: number) => string): HTMLElement | null {
  if (last <= 1) return null;
  const step = (page: number, text: string, rel: string) =>
    page >= 1 && page <= last
      ? h('a', { class: 'page-step', href: hrefFor(page), rel }, text)
      : h('span', { class: 'page-step disabled', 'aria-hidden': 'true' }, text);
  return h('nav', { class: 'pagination', 'aria-label': 'Result pages' },
    step(current - 1, '← Previous', 'prev'),
    h('ol', {}, pageWindow(current, last).map((page) => h('li', {},
      page === 0 ? h('span', { class: 'page-gap' }, '…')
        : h('a', { href: hrefFor(page), 'aria-current': page === current ? 'page' : null,
          'aria-label': `Page ${page}` }, String(page))))),
    step(current + 1, 'Next →', 'next'));
}
