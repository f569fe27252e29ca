// Above the hits: how many there are and how long the search took (announced to screen
// readers), the sort order, export links for the whole result set, and a feed of the search.
import { SORTS, type Sort } from '../../../../core/search/types.js';
import type { SearchResponse } from '../api-types.js';
import { h, replaceChildren } from '../dom.js';
import { EXPORT_LIMIT, exportHref, feedHref, PAGE_SIZE, type SearchState } from '../url-state.js';

export const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Best match', year: 'Newest first', document: 'Document order', deadline: 'Deadline',
};

const formatCount = (n: number) => n.toLocaleString('en-GB');

export function resultSummary(state: SearchState, count: number, tookMs: number): string {
  const noun = count === 1 ? 'result' : 'results';
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(state.page * PAGE_SIZE, count);
  const range = count > PAGE_SIZE && first <= count ? `, showing ${formatCount(first)}–${formatCount(last)}` : '';
  return `${formatCount(count)} ${noun}${range} · ${tookMs < 1 ? '<1' : Math.round(tookMs)} ms`;
}

export class ResultsToolbar {
  readonly element: HTMLElement;
  private readonly summary = h('p', { class: 'result-summary', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  private readonly sort: HTMLSelectElement;
  private readonly exports = h('p', { class: 'export-links' });
  // Also with no result yet: a feed tells its reader when something new matches.
  private readonly subscribe = h('a', { class: 'subscribe-link', type: 'application/atom+xml', 'aria-label': 'Subscribe to this search (Atom feed)' }, 'Subscribe');

  constructor(options: { onSort(sort: Sort | undefined): void }) {
    this.sort = h('select', { id: 'sort-select', name: 'sort' },
      SORTS.map((sort) => h('option', { value: sort }, SORT_LABELS[sort])));
    this.sort.addEventListener('change', () => {
      const value = this.sort.value as Sort;
      options.onSort(value === 'relevance' ? undefined : value);
    });
    this.element = h('div', { class: 'results-toolbar' },
      this.summary,
      h('div', { class: 'toolbar-controls' },
        h('label', { for: 'sort-select', class: 'inline-label' }, 'Sort'), this.sort,
        this.exports, this.subscribe));
  }

  render(state: SearchState, response: SearchResponse): void {
    this.summary.textContent = resultSummary(state, response.count, response.tookMs);
    this.sort.value = state.sort ?? 'relevance';
    this.subscribe.setAttribute('href', feedHref(state));
    const tooMany = response.count > EXPORT_LIMIT ? ` (first ${formatCount(EXPORT_LIMIT)})` : '';
    replaceChildren(this.exports, response.count === 0 ? null : [
      'Export', tooMany, ': ',
      h('a', { href: exportHref(state, 'csv'), download: '', 'aria-label': 'Export results as CSV' }, 'CSV'),
      ' · ',
      h('a', { href: exportHref(state, 'json'), download: '', 'aria-label': 'Export results as JSON' }, 'JSON'),
    ]);
  }

  showError(): void {
    this.summary.textContent = 'The search failed.';
    replaceChildren(this.exports);
  }
}
