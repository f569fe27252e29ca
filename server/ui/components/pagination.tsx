// Page links for a result list: real links (they open in a new tab, can be shared and work
// without the script), with the current page marked for screen readers.

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

export const Pagination = ({ current, last, hrefFor }: { current: number; last: number; hrefFor: (page: number) => string }) => {
  if (last <= 1) return null;
  const step = (page: number, text: string, rel: string) =>
    page >= 1 && page <= last
      ? <a class="page-step" href={hrefFor(page)} rel={rel}>{text}</a>
      : <span class="page-step disabled" aria-hidden="true">{text}</span>;
  return (
    <nav class="pagination" aria-label="Result pages">
      {step(current - 1, '← Previous', 'prev')}
      <ol>
        {pageWindow(current, last).map((page) => (
          <li>
            {page === 0
              ? <span class="page-gap">…</span>
              : <a href={hrefFor(page)} aria-current={page === current ? 'page' : undefined} aria-label={`Page ${page}`}>{String(page)}</a>}
          </li>
        ))}
      </ol>
      {step(current + 1, 'Next →', 'next')}
    </nav>
  );
};
