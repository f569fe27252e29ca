// Figures for /api/stats, computed once at index time from the items.
import { dueYear } from '../../core/due.js';
import type { Item } from '../../core/schema.js';

type Counts = Record<string, number>;

function bump(counts: Counts, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function sortKeys(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export interface CorpusStats {
  items: number;
  byType: Counts;
  byBody: Counts;
  byYear: Counts;
  byTheme: Counts;
  /** recommendations: "urgency|theme|body|year" → count */
  recommendations: Counts;
  requireShareByTheme: Record<string, number>;
  deadlinesByYear: Counts;
  fulfilment: Counts;
}

export function computeStats(items: Item[]): CorpusStats {
  const s: CorpusStats = {
    items: items.length, byType: {}, byBody: {}, byYear: {}, byTheme: {},
    recommendations: {}, requireShareByTheme: {}, deadlinesByYear: {}, fulfilment: {},
  };
  const recsByTheme: Counts = {};
  const requireByTheme: Counts = {};
  for (const item of items) {
    bump(s.byType, item.type);
    bump(s.byBody, item.body);
    if (item.year !== undefined) bump(s.byYear, String(item.year));
    for (const t of item.themes) bump(s.byTheme, t);
    if (item.type === 'recommendation') {
      for (const t of item.themes) {
        bump(s.recommendations, `${item.urgency ?? 'ungraded'}|${t}|${item.body}|${item.year ?? 'undated'}`);
        bump(recsByTheme, t);
        if (item.urgency === 'require') bump(requireByTheme, t);
      }
    }
    // The year a printed deadline is due by: from its normal form ("2002/2004" → 2004), else as printed.
    const deadlineYear = item.deadline ? (dueYear(item.due)?.toString() ?? item.deadline.match(/\b(20\d\d)\b/)?.[1]) : undefined;
    if (deadlineYear) bump(s.deadlinesByYear, deadlineYear);
    if (item.status) bump(s.fulfilment, item.status);
  }
  for (const [t, n] of Object.entries(recsByTheme)) s.requireShareByTheme[t] = Math.round(((requireByTheme[t] ?? 0) / n) * 1000) / 1000;
  for (const k of ['byType', 'byBody', 'byYear', 'byTheme', 'recommendations', 'deadlinesByYear', 'fulfilment'] as const) s[k] = sortKeys(s[k]);
  s.requireShareByTheme = sortKeys(s.requireShareByTheme);
  return s;
}
