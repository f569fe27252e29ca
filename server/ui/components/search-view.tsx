// The search view as the server sends it: a GET form that works without the script, the filter
// panel and the results. The script (client/search-page.ts) then redraws the two regions,
// <aside id="filters"> and <section id="results">, with the same components.
import type { SearchViewData } from '../model/search-data.js';
import { QUERY_MAX_LENGTH, searchPageHref } from '../model/url-state.js';
import { FiltersPanel } from './filters-panel.js';
import { SearchResults } from './search-results.js';

export const SEARCH_LABEL = 'Search recommendations, replies, tasks and reports';

export const SearchView = ({ data }: { data: SearchViewData }) => (
  <div class="search-view" data-search-view="">
    <h1 class="page-title">Search the monitoring documents</h1>
    <form id="search-form" class="search-form" role="search" action="/" method="get" autocomplete="off">
      <label for="search-input" class="search-label">{SEARCH_LABEL}</label>
      <div class="search-row">
        <input type="search" id="search-input" name="q" value={data.state.q} maxlength={QUERY_MAX_LENGTH} autocomplete="off"
          spellcheck={false} aria-describedby="search-hint" placeholder={'e.g. helpline, "victim identification", labour -online'} />
        <button type="submit" class="primary">Search</button>
      </div>
      <p id="search-hint" class="hint">
        <span class="js-only">Results update as you type. </span>
        Use "quotes" for a phrase, -word to exclude, OR for alternatives.
      </p>
    </form>
    <div class="search-layout">
      <aside id="filters" class="filters" aria-labelledby="filters-title">
        <FiltersPanel state={data.state} counts={data.outcome?.facets ?? {}} documents={data.documents} resultCount={data.outcome?.count} />
      </aside>
      {/* data-address: the search the results show (the script updates it after each redraw). */}
      <section id="results" class="results" aria-labelledby="results-heading" tabindex={-1} data-address={searchPageHref(data.state)}>
        <SearchResults data={data} />
      </section>
    </div>
    <p id="search-status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></p>
  </div>
);
