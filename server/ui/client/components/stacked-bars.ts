// Horizontal stacked bars: labels and numbers are HTML text (they wrap and stay legible on a
// phone); each bar is a small SVG stretched to its row. Colours come from CSS classes.
import type { ChartSegment } from '../chart-layout.js';
import { h, svg, type Child } from '../dom.js';

export interface BarRow {
  label: Child;
  total: number;
  /** x and width in percent of the longest bar. */
  segments: readonly ChartSegment[];
}

const BAR_HEIGHT = 12;

export function barSvg(segments: readonly ChartSegment[], segmentTitle: (segment: ChartSegment) => string): SVGSVGElement {
  return svg('svg', { class: 'bar', viewBox: `0 0 100 ${BAR_HEIGHT}`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    segments.map((segment) => svg('rect', {
      class: `segment segment-${segment.key}`,
      x: segment.x.toFixed(3), y: 0, width: Math.max(segment.width, 0.4).toFixed(3), height: BAR_HEIGHT,
    }, svg('title', {}, segmentTitle(segment)))));
}

export function stackedBars(rows: readonly BarRow[], segmentTitle: (segment: ChartSegment) => string): HTMLElement {
  return h('ul', { class: 'bar-chart' }, rows.map((row) => h('li', { class: 'bar-row' },
    h('span', { class: 'bar-label' }, row.label),
    h('span', { class: 'bar-track' }, barSvg(row.segments, segmentTitle)),
    h('span', { class: 'bar-total' }, String(row.total)))));
}

export function legend(entries: readonly { key: string; label: string }[]): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' }, entries.map(({ key, label }) =>
    h('li', {}, svg('svg', { class: 'legend-swatch', viewBox: '0 0 10 10', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { class: `segment segment-${key}`, width: 10, height: 10, rx: 2 })), label)));
}
