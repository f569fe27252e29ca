// The filter panel: one group of checkboxes per facet, each value with its count. Ticking a
// box calls back at once; the panel is redrawn with the new counts and keeps keyboard focus.
import type { FacetField } from '../../../../core/search/types.js';
import { h, replaceChildren } from '../dom.js';
import { FACET_TITLES, facetValueLabel, URGENCY_ORDER } from '../labels.js';
import type { Filters } from '../url-state.js';

/** Facets in the order people narrow a search by. */
const PANEL_ORDER: FacetField[] = ['type', 'urgency', 'theme', 'body', 'document', 'year', 'addressee', 'commitment'];
/** Longer lists start folded to this many values (ticked values always show). */
const FOLDED_LENGTH = 6;

export type FacetCounts = Record<string, Record<string, number>>;

export interface FacetPanelOptions {
  onToggle(field: FacetField, value: string): void;
  documentName(id: string): string;
}

function orderValues(field: FacetField, counts: Record<string, number>, selected: readonly string[]): string[] {
  const values = [...new Set([...Object.keys(counts), ...selected])];
  const count = (v: string) => counts[v] ?? 0;
  if (field === 'urgency') return values.sort((a, b) => URGENCY_ORDER.indexOf(a as never) - URGENCY_ORDER.indexOf(b as never));
  if (field === 'year') return values.sort((a, b) => Number(b) - Number(a));
  if (field === 'commitment') return values.sort((a, b) => Number(b === 'true') - Number(a === 'true'));
  return values.sort((a, b) => count(b) - count(a) || a.localeCompare(b));
}

export class FacetPanel {
  readonly element: HTMLElement;
  private readonly unfolded = new Set<FacetField>();
  private last?: { counts: FacetCounts; filters: Filters };

  constructor(private readonly options: FacetPanelOptions) {
    this.element = h('div', { class: 'facet-groups' });
  }

  render(counts: FacetCounts, filters: Filters): void {
    this.last = { counts, filters };
    const focused = this.focusedKey();
    const groups = PANEL_ORDER.map((field) => this.group(field, counts[field] ?? {}, filters[field])).filter((g) => g !== null);
    replaceChildren(this.element, groups.length > 0 ? groups : h('p', { class: 'hint' }, 'No filters apply to an empty result.'));
    if (focused) this.restoreFocus(focused);
  }

  private group(field: FacetField, counts: Record<string, number>, selected: readonly string[]): HTMLElement | null {
    const values = orderValues(field, counts, selected);
    if (values.length === 0) return null;
    const folded = !this.unfolded.has(field) && values.length > FOLDED_LENGTH + 1;
    const shown = folded ? values.filter((v, i) => i < FOLDED_LENGTH || selected.includes(v)) : values;
    return h('fieldset', { class: `facet facet-${field}` },
      h('legend', {}, FACET_TITLES[field]),
      h('ul', {}, shown.map((value) => this.option(field, value, counts[value] ?? 0, selected.includes(value)))),
      values.length > FOLDED_LENGTH + 1 && this.foldButton(field, folded, values.length));
  }

  private option(field: FacetField, value: string, count: number, checked: boolean): HTMLElement {
    const input = h('input', { type: 'checkbox', name: field, value, 'data-facet': field, checked });
    input.checked = checked;
    input.addEventListener('change', () => this.options.onToggle(field, value));
    const label = facetValueLabel(field, value, this.options.documentName);
    return h('li', {},
      h('label', { class: `facet-option${count === 0 ? ' empty' : ''}` },
        input,
        h('span', { class: `facet-label${field === 'urgency' ? ` urgency-dot urgency-${value}` : ''}` }, label),
        h('span', { class: 'facet-count' }, h('span', { class: 'visually-hidden' }, ', '), String(count),
          h('span', { class: 'visually-hidden' }, count === 1 ? ' item' : ' items'))));
  }

  private foldButton(field: FacetField, folded: boolean, total: number): HTMLElement {
    const button = h('button', { type: 'button', class: 'link-button', 'data-fold': field, 'aria-expanded': String(!folded) },
      folded ? `Show all ${total}` : 'Show fewer');
    button.addEventListener('click', () => {
      if (folded) this.unfolded.add(field);
      else this.unfolded.delete(field);
      if (this.last) this.render(this.last.counts, this.last.filters);
    });
    return button;
  }

  /** Redrawing replaces the checkboxes; remember which one had focus to give it back. */
  private focusedKey(): string | undefined {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !this.element.contains(active)) return undefined;
    if (active instanceof HTMLInputElement) return `input:${active.dataset.facet}:${active.value}`;
    return active.dataset.fold !== undefined ? `fold:${active.dataset.fold}` : undefined;
  }

  private restoreFocus(key: string): void {
    const candidates = this.element.querySelectorAll<HTMLElement>('input[data-facet], button[data-fold]');
    for (const candidate of candidates) {
      const candidateKey = candidate instanceof HTMLInputElement
        ? `input:${candidate.dataset.facet}:${candidate.value}` : `fold:${candidate.dataset.fold}`;
      if (candidateKey === key) { candidate.focus(); return; }
    }
  }
}
