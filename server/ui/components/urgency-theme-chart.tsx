// Recommendations by urgency grade and theme: stacked bars, a legend in words, and the same
// figures as a table (for screen readers, and for anyone who wants the numbers). Each theme
// and each cell links to the search that lists those recommendations.
import { UNGRADED, type ChartRow } from '../model/chart-layout.js';
import { themeLabel, URGENCY_ORDER, urgencyLabel } from '../model/labels.js';
import { emptyState, searchPageHref } from '../model/url-state.js';
import { Legend, StackedBars } from './stacked-bars.js';

const KEYS = [...URGENCY_ORDER, UNGRADED];
const keyLabel = (key: string) => (key === UNGRADED ? 'Not graded' : urgencyLabel(key));

function recommendationsHref(theme: string, urgency?: string): string {
  const state = emptyState();
  state.filters.type = ['recommendation'];
  state.filters.theme = [theme];
  if (urgency !== undefined && urgency !== UNGRADED) state.filters.urgency = [urgency];
  return searchPageHref(state);
}

const DataTable = ({ rows }: { rows: readonly ChartRow[] }) => {
  const count = (row: ChartRow, key: string) => row.segments.find((s) => s.key === key)?.count ?? 0;
  return (
    <details class="chart-data">
      <summary>Show the figures as a table</summary>
      <div class="table-scroll" tabindex={0} role="region" aria-label="Recommendations by urgency and theme, table">
        <table>
          <thead>
            <tr><th scope="col">Theme</th>{KEYS.map((key) => <th scope="col">{keyLabel(key)}</th>)}<th scope="col">All</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">{themeLabel(row.theme)}</th>
                {KEYS.map((key) => {
                  const n = count(row, key);
                  return <td>{n > 0 && key !== UNGRADED ? <a href={recommendationsHref(row.theme, key)}>{String(n)}</a> : String(n)}</td>;
                })}
                <td><a href={recommendationsHref(row.theme)}>{String(row.total)}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
};

export const UrgencyThemeChart = ({ rows }: { rows: readonly ChartRow[] }) => {
  if (rows.length === 0) return <p>No recommendations with themes in this corpus.</p>;
  const presentKeys = KEYS.filter((key) => rows.some((row) => row.segments.some((s) => s.key === key)));
  return (
    <figure class="chart">
      <figcaption class="visually-hidden">Recommendations per theme, split by urgency grade</figcaption>
      <Legend entries={presentKeys.map((key) => ({ key, label: keyLabel(key) }))} />
      <StackedBars
        rows={rows.map((row) => ({ label: <a href={recommendationsHref(row.theme)}>{themeLabel(row.theme)}</a>, total: row.total, segments: row.segments }))}
        segmentTitle={(segment) => `${keyLabel(segment.key)}: ${segment.count}`} />
      <DataTable rows={rows} />
    </figure>
  );
};
