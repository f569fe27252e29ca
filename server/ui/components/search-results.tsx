// The results region of the search view (<section id="results">): how many hits, sort and
// export, the active filters, what the engine made of the query, the hits and their pages.
import { SORTS, type Sort } from '../../../core/search/types.js';
import type { DocumentNames } from '../model/documents.js';
import { FACET_TITLES, facetValueLabel, refFilterLabel } from '../model/labels.js';
import type { SearchOutcome, SearchViewData } from '../model/search-data.js';
import {
  emptyState, EXPORT_LIMIT, exportHref, FACET_FIELDS, feedHref, hasFilters, lastPageOf, PAGE_SIZE, searchPageHref, toggleFilter, type SearchState,
} from '../model/url-state.js';
import { HitCard } from './hit-card.js';
import { QueryReading } from './query-reading.js';
import { Pagination } from './pagination.js';

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

const Toolbar = ({ state, outcome }: { state: SearchState; outcome?: SearchOutcome }) => {
  const tooMany = outcome && outcome.count > EXPORT_LIMIT ? ` (first ${formatCount(EXPORT_LIMIT)})` : '';
  return (
    <div class="results-toolbar">
      <p class="result-summary">{outcome ? resultSummary(state, outcome.count, outcome.tookMs) : 'The search could not run.'}</p>
      <div class="toolbar-controls">
        <label for="sort-select" class="inline-label">Sort</label>
        <select id="sort-select" name="sort" form="search-form" autocomplete="off">
          {SORTS.map((sort) => (
            <option value={sort === 'relevance' ? '' : sort} selected={(state.sort ?? 'relevance') === sort}>{SORT_LABELS[sort]}</option>
          ))}
        </select>
        <noscript><button type="submit" class="secondary small" form="search-form">Sort</button></noscript>
        <p class="export-links">
          {outcome && outcome.count > 0 && (
            <>
              Export{tooMany}:{' '}
              <a href={exportHref(state, 'csv')} download="" aria-label="Export results as CSV">CSV</a>
              {' · '}
              <a href={exportHref(state, 'json')} download="" aria-label="Export results as JSON">JSON</a>
              {' · '}
            </>
          )}
          {/* Offered with no results too: a feed reader is told when something new matches. */}
          <a href={feedHref(state)} class="subscribe-link" type="application/atom+xml" aria-label="Subscribe to this search (Atom feed)">Subscribe</a>
        </p>
      </div>
    </div>
  );
};

/** Ticked filters as removable chips: "or" between values of one group, "and" between groups. */
const ActiveFilters = ({ state, documents }: { state: SearchState; documents: DocumentNames }) => {
  if (!hasFilters(state)) return null;
  const chip = (label: string, text: string, next: SearchState) => (
    <a class="chip" href={searchPageHref(next)} aria-label={`Remove filter ${label}`}>{text}<span aria-hidden="true"> ×</span></a>
  );
  const groups = [
    ...FACET_FIELDS.filter((field) => state.filters[field].length > 0).map((field) => ({
      title: FACET_TITLES[field],
      chips: state.filters[field].map((value) => {
        const text = facetValueLabel(field, value, documents.name);
        return chip(`${FACET_TITLES[field]}: ${text}`, text, toggleFilter(state, field, value));
      }),
    })),
    ...(state.ref.length > 0 ? [{
      title: 'Cites',
      chips: state.ref.map((ref) => chip(refFilterLabel(ref), refFilterLabel(ref).replace(/^Cites /, ''),
        { ...state, ref: state.ref.filter((r) => r !== ref), page: 1 })),
    }] : []),
  ];
  return (
    <div class="active-filters">
      <ul class="chip-groups" aria-label="Active filters">
        {groups.map((group, g) => (
          <li class="chip-group">
            {g > 0 && <span class="chip-joiner">and </span>}
            <span class="chip-group-title">{group.title}:</span>{' '}
            {group.chips.map((c, i) => <>{i > 0 && <span class="chip-joiner"> or </span>}{c}</>)}
          </li>
        ))}
      </ul>
      <a class="clear-filters" href={searchPageHref({ ...emptyState(), q: state.q, sort: state.sort })}>Clear all filters</a>
    </div>
  );
};

const Notices = ({ data }: { data: SearchViewData }) => {
  const { state, outcome, error, notices } = data;
  const lastPage = outcome ? lastPageOf(outcome.count) : 1;
  return (
    <>
      {error !== undefined && <div class="error-box" role="alert"><p>{error}</p></div>}
      {notices.map((notice) => <p class="notice">{notice}</p>)}
      {outcome && <QueryReading reading={outcome.reading} state={state} />}
      {outcome && outcome.count > 0 && state.page > lastPage && (
        <div class="notice out-of-range">
          <p>There is no page {formatCount(state.page)}: these {formatCount(outcome.count)} results fill {lastPage === 1 ? 'one page' : `${lastPage} pages`}.{' '}
            <a href={searchPageHref({ ...state, page: lastPage })}>Go to the last page (page {String(lastPage)})</a>.</p>
        </div>
      )}
      {outcome && outcome.count === 0 && (
        <div class="empty-state">
          <p>{state.q ? <>Nothing matches <q class="query-echo">{state.q}</q>{hasFilters(state) ? ' with these filters.' : '.'}</> : 'Nothing matches these filters.'}</p>
          <p>{hasFilters(state) ? 'Remove a filter, or try fewer or other words.' : 'Try fewer or other words, or a word’s other form.'}</p>
        </div>
      )}
    </>
  );
};

/** The content of <section id="results">. */
export const SearchResults = ({ data }: { data: SearchViewData }) => {
  const { state, outcome, documents } = data;
  return (
    <>
      <h2 class="visually-hidden" id="results-heading">Results</h2>
      <Toolbar state={state} outcome={outcome} />
      <ActiveFilters state={state} documents={documents} />
      <Notices data={data} />
      {outcome && outcome.hits.length > 0 && (
        <ol class="hit-list" start={(state.page - 1) * PAGE_SIZE + 1}>
          {outcome.hits.map((hit, i) => (
            <HitCard hit={hit} documentName={documents.name(hit.item.document)} first={i === 0} citations={outcome.reading.citations} />
          ))}
        </ol>
      )}
      {outcome && (
        <Pagination current={state.page} last={lastPageOf(outcome.count)} hrefFor={(page) => searchPageHref({ ...state, page })} />
      )}
    </>
  );
};
