// Geometry of the stacked bar charts, kept apart from drawing so it can be tested: one row per
// category, one segment per part, every row on the scale of the longest.
export const UNGRADED = 'ungraded';

export interface ChartSegment {
  /** What the segment counts: an urgency grade, a fulfilment status… (also its CSS class). */
  key: string;
  count: number;
  /** Offset and width in units of `width`. */
  x: number;
  width: number;
}

/** Places the non-empty parts one after another on a scale where `max` spans `width`. */
export function stackSegments(parts: readonly { key: string; count: number }[], max: number, width: number): ChartSegment[] {
  let x = 0;
  return parts.filter((part) => part.count > 0).map(({ key, count }) => {
    const segment = { key, count, x, width: max > 0 ? (count / max) * width : 0 };
    x += segment.width;
    return segment;
  });
}

export interface ChartRow {
  theme: string;
  total: number;
  segments: ChartSegment[];
}

export interface UrgencyThemeInput {
  /** Urgency grades in the order segments are stacked. */
  urgencies: readonly string[];
  /** Recommendations per urgency, per theme (a facet count of a search). */
  countsByUrgency: Record<string, Record<string, number>>;
  /** All recommendations per theme; what the grades do not cover is drawn as ungraded. */
  totalsByTheme: Record<string, number>;
  /** Width of the longest bar. */
  width: number;
}

export function layoutUrgencyThemeChart({ urgencies, countsByUrgency, totalsByTheme, width }: UrgencyThemeInput): ChartRow[] {
  const rows = Object.entries(totalsByTheme).map(([theme, total]) => {
    const graded = urgencies.map((urgency) => ({ key: urgency, count: countsByUrgency[urgency]?.[theme] ?? 0 }));
    const gradedSum = graded.reduce((sum, g) => sum + g.count, 0);
    const parts = [...graded, { key: UNGRADED, count: Math.max(total - gradedSum, 0) }];
    return { theme, total: Math.max(total, gradedSum), parts };
  }).filter((row) => row.total > 0);
  const max = Math.max(0, ...rows.map((row) => row.total));
  return rows
    .sort((a, b) => b.total - a.total || a.theme.localeCompare(b.theme))
    .map(({ theme, total, parts }) => ({ theme, total, segments: stackSegments(parts, max, width) }));
}
