// Puts commitments and evaluated tasks on a timeline by year. Deadlines are printed in many
// ways ("2023", "2023-12-31", "2015 – 2017", "end of 2026"): the latest year named is the one
// by which the work was due (the latest, not the last: the strategy prints "2016–2007").
export function dueYear(printed: string | undefined): number | undefined {
  if (printed === undefined) return undefined;
  const years = printed.match(/\b(19|20)\d{2}\b/g);
  return years ? Math.max(...years.map(Number)) : undefined;
}

export interface YearGroup<T> {
  /** undefined collects the entries with no readable year. */
  year: number | undefined;
  entries: T[];
}

export function groupByYear<T>(entries: readonly T[], yearOf: (entry: T) => number | undefined): YearGroup<T>[] {
  const groups = new Map<number | undefined, T[]>();
  for (const entry of entries) {
    const year = yearOf(entry);
    const group = groups.get(year);
    if (group) group.push(entry);
    else groups.set(year, [entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([year, grouped]) => ({ year, entries: grouped }));
}

/** Counts per status, in the order the statuses are listed. */
export function countStatuses(statuses: readonly (string | undefined)[], order: readonly string[]): { status: string; count: number }[] {
  return order.map((status) => ({ status, count: statuses.filter((s) => s === status).length }))
    .filter((entry) => entry.count > 0);
}
