// The search view, enhanced: ticking a filter, changing the sort or following a page link
// searches at once through the API and redraws the filter panel and the results with the same
// components the server used; typing searches after a short pause; every search is a history
// entry (typing refines one), and Back brings the query box, filters and results back.
import { render } from 'hono/jsx/dom';
import type { AnyFacetField as FacetField } from '../../../core/search/types.js';
import { FiltersPanel } from '../components/filters-panel.js';
import { resultSummary, SearchResults } from '../components/search-results.js';
import { documentNames } from '../model/documents.js';
import { readingView, searchPageTitle, type SearchOutcome, type SearchViewData } from '../model/search-data.js';
import { apiSearchParams, parseSearchState, searchPageHref, stateFromForm, type SearchState } from '../model/url-state.js';
import { failureMessage, isAbort, loadDocumentNames, search } from './api.js';
import { isPlainClick, keepFocus } from './dom-helpers.js';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const TYPING_DELAY_MS = 250;

interface EntryState { scrollY?: number }

async function fetchOutcome(state: SearchState, signal: AbortSignal): Promise<SearchOutcome> {
  // One request: a filtered facet's counts come without its own filter (disjunctiveFacets),
  // so its other values stay visible with the number of items they would add.
  const response = await search(apiSearchParams(state), signal);
  return {
    count: response.count,
    hits: response.hits.map((hit) => ({ item: hit, highlights: hit.highlights, partial: hit.partial, cites: hit.cites, question: hit.question })),
    facets: response.facets,
    reading: readingView(response.parsed),
    tookMs: response.tookMs,
  };
}

export function enhanceSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('#search-form');
  const input = root.querySelector<HTMLInputElement>('#search-input');
  const filters = root.querySelector<HTMLElement>('#filters');
  const results = root.querySelector<HTMLElement>('#results');
  const status = root.querySelector<HTMLElement>('#search-status');
  if (!form || !input || !filters || !results || !status) return;

  let state = parseSearchState(new URLSearchParams(location.search));
  let drawn: SearchViewData | undefined;
  let inFlight: AbortController | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const unfolded = new Set<FacetField>();
  let expanded = false;

  function draw(data: SearchViewData): void {
    drawn = data;
    keepFocus(root, () => {
      render(<FiltersPanel state={data.state} counts={data.outcome?.facets ?? {}} documents={data.documents}
        resultCount={data.outcome?.count} unfolded={unfolded} expanded={expanded} />, filters!);
      render(<SearchResults data={data} />, results!);
    });
    results!.dataset.address = searchPageHref(data.state);
    status!.textContent = data.outcome ? resultSummary(data.state, data.outcome.count, data.outcome.tookMs) : 'The search failed.';
  }

  async function load(target: SearchState, after?: () => void): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    results!.setAttribute('aria-busy', 'true');
    let data: SearchViewData;
    try {
      const [documents, outcome] = await Promise.all([loadDocumentNames(), fetchOutcome(target, controller.signal)]);
      data = { state: target, outcome, notices: [], documents };
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      data = { state: target, error: failureMessage(error), notices: [], documents: drawn?.documents ?? documentNames([]) };
    }
    if (controller.signal.aborted) return;
    results!.removeAttribute('aria-busy');
    draw(data);
    after?.();
  }

  function focusResults(): void {
    results!.focus({ preventScroll: true });
    results!.scrollIntoView({ block: 'start' });
  }

  function go(next: SearchState, options: { replace?: boolean; after?: () => void } = {}): void {
    clearTimeout(typingTimer);
    const href = searchPageHref(next);
    if (href === location.pathname + location.search) return;
    // The request first: the history entry and the title can be written while it travels.
    void load(next, options.after);
    if (options.replace) {
      history.replaceState(history.state, '', href);
    } else {
      history.replaceState({ ...(history.state as EntryState | null), scrollY: window.scrollY } satisfies EntryState, '');
      history.pushState({} satisfies EntryState, '', href);
    }
    state = next;
    document.title = searchPageTitle(next.q);
  }

  const formState = () => stateFromForm(new FormData(form));

  function commitQuery(whileTyping: boolean): void {
    clearTimeout(typingTimer);
    const next = formState();
    // The first word typed opens a history entry; refining it while typing replaces that
    // entry, so Back returns to the previous search rather than to every keystroke.
    if (next.q !== state.q) go(next, { replace: whileTyping && state.q !== '' });
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commitQuery(true), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = formState();
    if (next.q !== state.q) commitQuery(false);
    else go(next); // "Apply filters" in a browser that shows it
  });
  root.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if ((target instanceof HTMLInputElement && target.dataset.facet) || target.id === 'sort-select') go(formState());
  });
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    const fold = target.closest<HTMLButtonElement>('[data-fold]');
    if (fold) {
      const field = fold.dataset.fold as FacetField;
      if (unfolded.has(field)) unfolded.delete(field);
      else unfolded.add(field);
      const group = fold.closest('fieldset');
      group?.classList.toggle('folded', !unfolded.has(field));
      fold.setAttribute('aria-expanded', String(unfolded.has(field)));
      fold.textContent = unfolded.has(field) ? 'Show fewer' : `Show all ${group?.querySelectorAll('input').length ?? ''}`;
      return;
    }
    if (target.closest('#filters-toggle') || target.closest('#show-results')) {
      expanded = target.closest('#filters-toggle') ? !expanded : false;
      filters.classList.toggle('expanded', expanded);
      filters.querySelector('#filters-toggle')?.setAttribute('aria-expanded', String(expanded));
      if (target.closest('#show-results')) focusResults();
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href]');
    if (!link || !isPlainClick(event as MouseEvent, link)) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || url.pathname !== '/' || link.getAttribute('href')?.startsWith('#')) return;
    event.preventDefault();
    const paging = link.closest('.pagination, .out-of-range') !== null;
    go(parseSearchState(url.searchParams), { after: paging ? focusResults : undefined });
  });
  window.addEventListener('popstate', () => {
    state = parseSearchState(new URLSearchParams(location.search));
    input.value = state.q;
    document.title = searchPageTitle(state.q);
    const scrollY = (history.state as EntryState | null)?.scrollY;
    void load(state, scrollY === undefined ? undefined : () => window.scrollTo(0, scrollY));
  });
  // While the reader reads, once the first results are on screen (not to compete with that
  // frame for the processor): fetch the document names the first redraw needs, and draw once
  // off-screen so the browser has compiled the drawing code before the first click.
  afterFirstPaint(() => {
    loadDocumentNames().catch(() => undefined);
    warmUp(state);
  });
}

function afterFirstPaint(task: () => void): void {
  const idle = () => (window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50)))(task, { timeout: 1000 });
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) { setTimeout(idle, 500); return; }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    idle();
  });
  observer.observe({ type: 'paint', buffered: true });
}

/**
 * Draws both regions once into a detached element. The first redraw of a fresh page took
 * ~70 ms more than later ones (measured in Chromium on a loaded 2-core machine): the browser
 * compiles the rendering code on first use. A sample hit and facet values are enough to reach
 * every component.
 */
function warmUp(state: SearchState): void {
  const documents = documentNames([]);
  const item = {
    id: 'sample/rec/1', document: 'sample', type: 'recommendation' as const, urgency: 'require' as const, text: 'A sample.',
    themes: ['education'], body: 'Sample body', year: 2020, deadline: '2021', responsible: ['Sample ministry'], span: { start: 0, end: 0 },
  };
  const outcome: SearchOutcome = {
    count: 21, hits: [{ item, highlights: { text: 'A <mark>sample</mark>.' } }], tookMs: 1,
    reading: {
      corrections: { sampel: 'sample' }, searchInsteadFor: 'sampel',
      citations: [{ kind: 'paragraph', typed: 'para 1', ref: '1', filter: 'para:1', label: 'cites paragraph 1', items: 1 }],
      notices: [{ code: 'corrected', message: 'A notice.' }],
    },
    facets: { type: { recommendation: 21, task: 1 }, year: { 2020: 21 }, theme: Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`theme-${k}`, k + 1])) },
  };
  const sample = { ...state, filters: { ...state.filters, type: ['recommendation', 'task'], year: ['2019..2021'] }, page: 2 };
  const offscreen = document.createElement('div');
  render(<FiltersPanel state={sample} counts={outcome.facets} documents={documents} resultCount={outcome.count} />, offscreen);
  render(<SearchResults data={{ state: sample, outcome, notices: ['A notice.'], documents }} />, offscreen);
}
