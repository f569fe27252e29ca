// The search page: query box, filters with counts, hits, paging, sort and export. Everything
// it shows follows from the address (url-state.ts); typing and clicking only change the address.
import { FACET_FIELDS, type FacetField } from '../../../../core/search/types.js';
import { isAbort, search } from '../api.js';
import type { SearchResponse } from '../api-types.js';
import { h, replaceChildren } from '../dom.js';
import { loadDocumentIndex, type DocumentIndex } from '../documents.js';
import { FACET_TITLES, facetValueLabel, refFilterLabel } from '../labels.js';
import type { Navigate } from '../router.js';
import {
  apiSearchParams, emptyState, filteredFacets, hasFilters, PAGE_SIZE, parseSearchState, QUERY_MAX_LENGTH,
  searchPageHref, toggleFilter, type SearchState,
} from '../url-state.js';
import { FacetPanel, type FacetCounts } from '../components/facet-panel.js';
import { hitCard } from '../components/hit-card.js';
import { pagination } from '../components/pagination.js';
import { errorMessage } from './error-message.js';
import { ResultsToolbar } from './results-toolbar.js';
import type { View } from './view.js';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const TYPING_DELAY_MS = 250;

export class SearchView implements View {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly facets: FacetPanel;
  private readonly toolbar: ResultsToolbar;
  private readonly filtersToggle: HTMLButtonElement;
  private readonly activeFilters = h('div', { class: 'active-filters' });
  private readonly notices = h('div', { class: 'search-notices' });
  private readonly hitList = h('ol', { class: 'hit-list' });
  private readonly pager = h('div', { class: 'pager' });
  private readonly resultsHeading = h('h2', { class: 'visually-hidden', id: 'results-heading', tabindex: -1 }, 'Results');
  private readonly results: HTMLElement;
  private state: SearchState = emptyState();
  private documents?: DocumentIndex;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private inFlight?: AbortController;

  constructor(private readonly navigate: Navigate) {
    this.input = h('input', {
      type: 'search', id: 'search-input', name: 'q', maxlength: QUERY_MAX_LENGTH, autocomplete: 'off',
      spellcheck: 'false', 'aria-describedby': 'search-hint', placeholder: 'e.g. helpline, "victim identification", labour -online',
    });
    this.input.addEventListener('input', () => this.scheduleSearch());
    const form = h('form', { class: 'search-form', role: 'search', action: '/', method: 'get' },
      h('label', { for: 'search-input', class: 'search-label' }, 'Search recommendations, replies, tasks and reports'),
      h('div', { class: 'search-row' }, this.input, h('button', { type: 'submit', class: 'primary' }, 'Search')),
      h('p', { id: 'search-hint', class: 'hint' },
        'Results update as you type. Use "quotes" for a phrase, -word to exclude, OR for alternatives.'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commitQuery(false);
    });

    this.facets = new FacetPanel({
      onToggle: (field, value) => this.go(toggleFilter(this.currentState(), field, value)),
      documentName: (id) => this.documents?.name(id) ?? id,
    });
    this.filtersToggle = h('button', { type: 'button', class: 'filters-toggle', 'aria-expanded': 'false', 'aria-controls': 'filters-body' }, 'Filters');
    const filtersBody = h('div', { id: 'filters-body', class: 'filters-body' }, this.facets.element);
    const filters = h('aside', { class: 'filters collapsed', 'aria-label': 'Filters' },
      h('h2', { class: 'filters-title' }, 'Filter results'), this.filtersToggle, filtersBody);
    this.filtersToggle.addEventListener('click', () => {
      const expanded = filters.classList.toggle('collapsed') === false;
      this.filtersToggle.setAttribute('aria-expanded', String(expanded));
    });

    this.toolbar = new ResultsToolbar({
      onSort: (sort) => this.go({ ...this.state, sort, page: 1 }),
    });
    this.results = h('section', { class: 'results', 'aria-labelledby': 'results-heading' },
      this.resultsHeading, this.toolbar.element, this.activeFilters, this.notices, this.hitList, this.pager);

    // The filters come first in reading order; keyboard users may jump past them.
    const skipToResults = h('a', { href: '#results-heading', class: 'skip-link skip-inline' }, 'Skip to results');
    skipToResults.addEventListener('click', (event) => {
      event.preventDefault();
      this.resultsHeading.focus();
      this.results.scrollIntoView({ block: 'start' });
    });
    this.element = h('div', { class: 'search-view' },
      h('h1', { class: 'page-title', tabindex: -1 }, 'Search the monitoring documents'),
      form,
      skipToResults,
      h('div', { class: 'search-layout' }, filters, this.results));
  }

  focusTarget(): HTMLElement | null {
    return this.element.querySelector('h1');
  }

  async show(url: URL): Promise<void> {
    const previous = this.state;
    this.state = parseSearchState(url.searchParams);
    // Never overwrite what the reader is typing; follow the address otherwise (back, links).
    if (document.activeElement !== this.input) this.input.value = this.state.q;
    document.title = this.state.q ? `${this.state.q} – Monitoring search` : 'Monitoring search';
    const pageChanged = previous.page !== this.state.page;
    await this.load();
    if (pageChanged && this.results.contains(document.activeElement) === false && document.activeElement !== this.input) {
      this.resultsHeading.focus();
      this.results.scrollIntoView({ block: 'start' });
    }
  }

  /** The state with what is in the box right now, even before the typing delay has passed. */
  private currentState(): SearchState {
    const q = this.input.value.trim();
    return q === this.state.q ? this.state : { ...this.state, q, page: 1 };
  }

  private scheduleSearch(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commitQuery(true), TYPING_DELAY_MS);
  }

  private commitQuery(whileTyping: boolean): void {
    clearTimeout(this.typingTimer);
    const next = this.currentState();
    // The first word typed opens a history entry; refining it while typing replaces that
    // entry, so Back returns to the previous search rather than to every keystroke.
    if (next !== this.state) this.go(next, whileTyping && this.state.q !== '');
  }

  private go(state: SearchState, replace = false): void {
    clearTimeout(this.typingTimer);
    this.navigate(searchPageHref(state), { replace });
  }

  private async load(): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const state = this.state;
    this.results.setAttribute('aria-busy', 'true');
    try {
      const [documents, response, ...liftedCounts] = await Promise.all([
        loadDocumentIndex(),
        search(apiSearchParams(state), controller.signal),
        // Counts for a facet come from a query without that facet's own filter, so its other
        // values stay visible with the number of items they would add.
        ...filteredFacets(state).map((field) => search(apiSearchParams(state, { countsFor: field }), controller.signal)
          .then((r) => [field, r.facets[field]] as const)),
      ]);
      if (controller.signal.aborted) return;
      this.documents = documents;
      const counts: FacetCounts = { ...response.facets };
      for (const [field, fieldCounts] of liftedCounts) counts[field] = fieldCounts;
      this.draw(state, response, counts);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      this.toolbar.showError();
      replaceChildren(this.hitList);
      replaceChildren(this.pager);
      replaceChildren(this.notices, errorMessage(error));
    } finally {
      if (this.inFlight === controller) this.results.removeAttribute('aria-busy');
    }
  }

  private draw(state: SearchState, response: SearchResponse, counts: FacetCounts): void {
    const documents = this.documents!;
    this.facets.render(counts, state.filters);
    this.filtersToggle.textContent = hasFilters(state) ? `Filters (${this.activeFilterCount(state)} active)` : 'Filters';
    this.toolbar.render(state, response);
    this.drawActiveFilters(state, documents);
    this.drawNotices(state, response);
    replaceChildren(this.hitList, response.hits.map((hit) => hitCard(hit, {
      documentName: documents.name(hit.document), highlights: hit.highlights, partial: hit.partial,
    })));
    const lastPage = Math.max(1, Math.ceil(response.count / PAGE_SIZE));
    replaceChildren(this.pager, pagination(state.page, lastPage, (page) => searchPageHref({ ...state, page })));
  }

  private activeFilterCount(state: SearchState): number {
    return FACET_FIELDS.reduce((n, field) => n + state.filters[field].length, state.ref.length);
  }

  private drawActiveFilters(state: SearchState, documents: DocumentIndex): void {
    const chip = (text: string, next: SearchState) => {
      const button = h('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${text}` }, text, h('span', { 'aria-hidden': 'true' }, ' ×'));
      button.addEventListener('click', () => this.go(next));
      return h('li', {}, button);
    };
    const chips = [
      ...FACET_FIELDS.flatMap((field: FacetField) => state.filters[field].map((value) =>
        chip(`${FACET_TITLES[field]}: ${facetValueLabel(field, value, documents.name)}`, toggleFilter(state, field, value)))),
      ...state.ref.map((ref) => chip(refFilterLabel(ref), { ...state, ref: state.ref.filter((r) => r !== ref), page: 1 })),
    ];
    if (chips.length === 0) { replaceChildren(this.activeFilters); return; }
    const clear = h('button', { type: 'button', class: 'link-button' }, 'Clear all filters');
    clear.addEventListener('click', () => this.go({ ...emptyState(), q: state.q, sort: state.sort }));
    replaceChildren(this.activeFilters, h('ul', { class: 'chip-list', 'aria-label': 'Active filters' }, chips), clear);
  }

  private drawNotices(state: SearchState, response: SearchResponse): void {
    const corrections = Object.entries(response.parsed.corrections);
    replaceChildren(this.notices,
      corrections.length > 0 && h('p', { class: 'notice' }, 'Spelling: ',
        corrections.map(([typed, read], i) => [i > 0 ? ', ' : '', h('q', {}, typed), ' read as ', h('q', {}, read)])),
      response.count === 0 && h('div', { class: 'empty-state' },
        h('p', {}, state.q ? ['Nothing matches ', h('q', { class: 'query-echo' }, state.q), hasFilters(state) ? ' with these filters.' : '.'] : 'Nothing matches these filters.'),
        h('p', {}, hasFilters(state) ? 'Remove a filter, or try fewer or other words.' : 'Try fewer or other words, or a word’s other form.')));
  }
}
