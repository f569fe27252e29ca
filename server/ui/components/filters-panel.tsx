// The filter panel: one group of checkboxes per facet, each value with the number of items it
// stands for. The checkboxes belong to the search form (form="search-form"), so without the
// script "Apply filters" submits them with the query; with it, ticking a box searches at once.
// On a phone the panel folds behind a "Filters" button and "Show N results" closes it.
import { FULFILMENT_VALUES, type AnyFacetField as FacetField } from '../../../core/search/types.js';
import type { DocumentNames } from '../model/documents.js';
import { FACET_TITLES, facetValueLabel, URGENCY_ORDER } from '../model/labels.js';
import type { FacetCounts } from '../model/search-data.js';
import { FACET_FIELDS, yearValueCount, type SearchState } from '../model/url-state.js';

/**
 * Facets in the order people narrow a search by. A group shows only when its facet has values
 * among the matches (or one is ticked): the review facets only where review documents are.
 */
const PANEL_ORDER: FacetField[] = [
  'type', 'urgency', 'theme', 'body', 'document', 'year', 'addressee', 'commitment',
  'fulfilment', 'responsible', 'recommendingState', 'position',
];
/** Longer lists start folded to this many values (ticked values always show). */
export const FOLDED_LENGTH = 6;

const isRange = (value: string) => value.includes('..');

function orderValues(field: FacetField, counts: Record<string, number>, selected: readonly string[]): string[] {
  const values = [...new Set([...Object.keys(counts), ...selected])];
  const count = (v: string) => counts[v] ?? 0;
  if (field === 'urgency') return values.sort((a, b) => URGENCY_ORDER.indexOf(a as never) - URGENCY_ORDER.indexOf(b as never));
  // A ticked range first, then the years, newest first.
  if (field === 'year') return values.sort((a, b) => Number(isRange(b)) - Number(isRange(a)) || Number(b) - Number(a));
  if (field === 'commitment') return values.sort((a, b) => Number(b === 'true') - Number(a === 'true'));
  if (field === 'fulfilment') return values.sort((a, b) => FULFILMENT_VALUES.indexOf(a as never) - FULFILMENT_VALUES.indexOf(b as never));
  return values.sort((a, b) => count(b) - count(a) || a.localeCompare(b));
}

export const activeFilterCount = (state: SearchState): number =>
  FACET_FIELDS.reduce((n, field) => n + state.filters[field].length, state.ref.length);

interface OptionProps { field: FacetField; value: string; label: string; count: number; checked: boolean; extra: boolean }

const FacetOption = ({ field, value, label, count, checked, extra }: OptionProps) => (
  <li class={extra ? 'facet-extra' : undefined}>
    <label class={`facet-option${count === 0 ? ' empty' : ''}`}>
      <input type="checkbox" name={field} value={value} form="search-form" checked={checked} autocomplete="off" data-facet={field} />
      <span class={`facet-label${field === 'urgency' ? ` urgency-dot urgency-${value}` : ''}`}>{label}</span>
      <span class="facet-count">
        <span class="visually-hidden">, </span>{String(count)}<span class="visually-hidden">{count === 1 ? ' item' : ' items'}</span>
      </span>
    </label>
  </li>
);

interface GroupProps { field: FacetField; counts: Record<string, number>; selected: readonly string[]; unfolded: boolean; documents: DocumentNames }

const FacetGroup = ({ field, counts, selected, unfolded, documents }: GroupProps) => {
  const values = orderValues(field, counts, selected);
  if (values.length === 0) return null;
  const foldable = values.length > FOLDED_LENGTH + 1;
  const folded = foldable && !unfolded;
  const countOf = (value: string) => (field === 'year' ? yearValueCount(value, counts) : counts[value] ?? 0);
  return (
    <fieldset class={`facet facet-${field}${folded ? ' folded' : ''}`}>
      <legend>{FACET_TITLES[field]}</legend>
      {selected.length > 1 && <p class="facet-logic">Items with any of the {String(selected.length)} ticked</p>}
      <ul>
        {values.map((value, i) => (
          <FacetOption field={field} value={value} label={facetValueLabel(field, value, documents.name)} count={countOf(value)}
            checked={selected.includes(value)} extra={foldable && i >= FOLDED_LENGTH && !selected.includes(value)} />
        ))}
      </ul>
      {foldable && (
        <button type="button" class="link-button fold-button js-only" id={`fold-${field}`} data-fold={field} aria-expanded={String(!folded)}>
          {folded ? `Show all ${values.length}` : 'Show fewer'}
        </button>
      )}
    </fieldset>
  );
};

export interface FiltersPanelProps {
  state: SearchState;
  counts: FacetCounts;
  documents: DocumentNames;
  /** How many items the current filters find, for the phone's "Show N results" button. */
  resultCount?: number;
  /** Facets whose full list the reader asked for (the script keeps this). */
  unfolded?: ReadonlySet<FacetField>;
  /** Whether the phone's folded panel is open (the script keeps this). */
  expanded?: boolean;
}

/** The content of the filter panel (<aside id="filters">). */
export const FiltersPanel = ({ state, counts, documents, resultCount, unfolded, expanded = false }: FiltersPanelProps) => {
  const groups = PANEL_ORDER.map((field) => (
    <FacetGroup field={field} counts={counts[field] ?? {}} selected={state.filters[field]} unfolded={unfolded?.has(field) ?? false} documents={documents} />
  ));
  const anyGroup = PANEL_ORDER.some((field) => Object.keys(counts[field] ?? {}).length + state.filters[field].length > 0);
  const active = activeFilterCount(state);
  return (
    <>
      <h2 class="filters-title" id="filters-title">Filter results</h2>
      <button type="button" class="filters-toggle js-only" id="filters-toggle" aria-expanded={String(expanded)} aria-controls="filters-body">
        {active > 0 ? `Filters (${active} active)` : 'Filters'}
      </button>
      <div id="filters-body" class="filters-body">
        {anyGroup && <p class="hint facet-logic-hint">A result has one of the ticked values in every group you tick.</p>}
        {anyGroup ? groups : <p class="hint">No filters apply to an empty result.</p>}
        {state.ref.map((ref) => <input type="hidden" name="ref" value={ref} form="search-form" />)}
        {anyGroup && (
          <noscript>
            <div class="apply-filters"><button type="submit" class="primary" form="search-form" formaction="/#results">Apply filters</button></div>
          </noscript>
        )}
        {resultCount !== undefined && (
          <div class="show-results-bar js-only">
            <button type="button" class="primary show-results" id="show-results">
              {resultCount === 0 ? 'Show results (none)' : `Show ${resultCount.toLocaleString('en-GB')} ${resultCount === 1 ? 'result' : 'results'}`}
            </button>
          </div>
        )}
      </div>
    </>
  );
};
