// Recommendations by urgency grade and theme: stacked bars, a legend in words, and the same
// figures as a table (for screen readers, and for anyone who wants the numbers). Each theme
// and each cell links to the search that lists those recommendations.
import { UNGRADED, type ChartRow } from '../chart-layout.js';
import { h } from '../dom.js';
import { themeLabel, URGENCY_ORDER, urgencyLabel } from '../labels.js';
import { emptyState, searchPageHref } from '../url-state.js';
import { legend, stackedBars } from './stacked-bars.js';

const KEYS = [...URGENCY_ORDER, UNGRADED];
const keyLabel = (key: string) => (key === UNGRADED ? 'Not graded' : urgencyLabel(key));

function recommendationsHref(theme: string, urgency?: string): string {
  const state = emptyState();
  state.filters.type = ['recommendation'];
  state.filters.theme = [theme];
  if (urgency !== undefined && urgency !== UNGRADED) state.filters.urgency = [urgency];
  return searchPageHref(state);
}

function dataTable(rows: readonly ChartRow[]): HTMLElement {
  const count = (row: ChartRow, key: string) => row.segments.find((s) => s.key === key)?.count ?? 0;
  return h('details', { class: 'chart-data' },
    h('summary', {}, 'Show the figures as a table'),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Recommendations by urgency and theme, table' },
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Theme'), KEYS.map((key) => h('th', { scope: 'col' }, keyLabel(key))),
          h('th', { scope: 'col' }, 'All'))),
        h('tbody', {}, rows.map((row) => h('tr', {},
          h('th', { scope: 'row' }, themeLabel(row.theme)),
          KEYS.map((key) => {
            const n = count(row, key);
            return h('td', {}, n > 0 && key !== UNGRADED ? h('a', { href: recommendationsHref(row.theme, key) }, String(n)) : String(n));
          }),
          h('td', {}, h('a', { href: recommendationsHref(row.theme) }, String(row.total)))))))));
}

export function urgencyThemeChart(rows: readonly ChartRow[]): HTMLElement {
  if (rows.length === 0) return h('p', {}, 'No recommendations with themes in this corpus.');
  const presentKeys = KEYS.filter((key) => rows.some((row) => row.segments.some((s) => s.key === key)));
  return h('figure', { class: 'chart' },
    h('figcaption', { class: 'visually-hidden' }, 'Recommendations per theme, split by urgency grade'),
    legend(presentKeys.map((key) => ({ key, label: keyLabel(key) }))),
    stackedBars(rows.map((row) => ({
      label: h('a', { href: recommendationsHref(row.theme) }, themeLabel(row.theme)),
      total: row.total,
      segments: row.segments,
    })), (segment) => `${keyLabel(segment.key)}: ${segment.count}`),
    dataTable(rows));
}
