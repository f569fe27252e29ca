// Horizontal stacked bars: labels and numbers are HTML text (they wrap and stay legible on a
// phone); each bar is a small SVG stretched to its row. Colours come from CSS classes.
import type { Child } from 'hono/jsx';
import type { ChartSegment } from '../model/chart-layout.js';

export interface BarRow {
  label: Child;
  total: number;
  /** x and width in percent of the longest bar. */
  segments: readonly ChartSegment[];
}

const BAR_HEIGHT = 12;

export const BarSvg = ({ segments, segmentTitle }: { segments: readonly ChartSegment[]; segmentTitle: (segment: ChartSegment) => string }) => (
  <svg class="bar" viewBox={`0 0 100 ${BAR_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
    {segments.map((segment) => (
      <rect class={`segment segment-${segment.key}`} x={segment.x.toFixed(3)} y="0" width={Math.max(segment.width, 0.4).toFixed(3)} height={String(BAR_HEIGHT)}>
        <title>{segmentTitle(segment)}</title>
      </rect>
    ))}
  </svg>
);

export const StackedBars = ({ rows, segmentTitle }: { rows: readonly BarRow[]; segmentTitle: (segment: ChartSegment) => string }) => (
  <ul class="bar-chart">
    {rows.map((row) => (
      <li class="bar-row">
        <span class="bar-label">{row.label}</span>
        <span class="bar-track"><BarSvg segments={row.segments} segmentTitle={segmentTitle} /></span>
        <span class="bar-total">{String(row.total)}</span>
      </li>
    ))}
  </ul>
);

export const Legend = ({ entries }: { entries: readonly { key: string; label: string }[] }) => (
  <ul class="legend" aria-label="Legend">
    {entries.map(({ key, label }) => (
      <li>
        <svg class="legend-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <rect class={`segment segment-${key}`} width="10" height="10" rx="2" />
        </svg>
        {label}
      </li>
    ))}
  </ul>
);
