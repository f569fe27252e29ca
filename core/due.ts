// The normal form of a deadline (Item.due), shared by the indexer that writes it and the search
// engine that sorts by it:
//   2023 · 2023-06 · 2023-06-30 · 2002-Q3 · 2003-H2    a year, month, day, quarter or half-year
//   2002/2004                                          a range (ISO 8601 interval notation)
//   from:2002                                          open-ended, from that date on
//   permanent · annual                                 no end; every year

const POINT = /^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|H([12])))?$/;

/** The last day a point form covers, as YYYYMMDD (NaN for another form). */
export function endOfDue(value: string): number {
  const m = POINT.exec(value);
  if (!m) return NaN;
  const year = Number(m[1]) * 10000;
  if (m[3]) return year + Number(m[2]) * 100 + Number(m[3]);
  if (m[2]) return year + Number(m[2]) * 100 + 31;
  if (m[4]) return year + Number(m[4]) * 300 + 31;
  if (m[5]) return year + Number(m[5]) * 600 + 31;
  return year + 1231;
}

/** The first day a point form covers, as YYYYMMDD (NaN for another form). */
export function startOfDue(value: string): number {
  const m = POINT.exec(value);
  if (!m) return NaN;
  const year = Number(m[1]) * 10000;
  if (m[2]) return year + Number(m[2]) * 100 + Number(m[3] ?? 1);
  if (m[4]) return year + (Number(m[4]) * 3 - 2) * 100 + 1;
  if (m[5]) return year + (Number(m[5]) * 6 - 5) * 100 + 1;
  return year + 101;
}

/** Open-ended tasks sort after dated ones, by their start; recurring and permanent ones after them. */
const OPEN_ENDED = 1e9;
const RECURRING = 2e9;
const PERMANENT = 2e9 + 1;

/**
 * Where a task falls when sorted by deadline: dated tasks by the last day they are due, then
 * open-ended ones by their start, then recurring and permanent ones. Undefined for a form that
 * cannot be placed (a range that ends before it starts).
 */
export function dueSortKey(due: string): number | undefined {
  if (due === 'permanent') return PERMANENT;
  if (due === 'annual') return RECURRING;
  if (due.startsWith('from:')) {
    const start = startOfDue(due.slice(5));
    return Number.isNaN(start) ? undefined : OPEN_ENDED + start;
  }
  const [from, to] = due.split('/');
  if (to !== undefined) {
    const end = endOfDue(to);
    return Number.isNaN(end) || end < startOfDue(from) ? undefined : end;
  }
  const end = endOfDue(due);
  return Number.isNaN(end) ? undefined : end;
}

/** The year a task is due by (the end of a range), when its normal form has one. */
export function dueYear(due: string | undefined): number | undefined {
  if (!due || due.startsWith('from:')) return undefined;
  const end = endOfDue(due.split('/').pop()!);
  return Number.isNaN(end) ? undefined : Math.floor(end / 10000);
}
