// Per-item facet values as small integer ids, so that filtering and counting over thousands
// of matches is array lookups, not object property reads. The indexer computes the columns
// and the snapshot carries them: a cold isolate loads them instead of walking every item.
import type { Item } from '../schema.js';
import { refKey, type RefIndex } from './refs.js';
import type { WholeNumbers } from './snapshot.js';
import { EXTRA_FACET_FIELDS, FACET_FIELDS } from './types.js';
import type { AnyFacetField, SearchFilters, SearchResult } from './types.js';

type Facets = SearchResult['facets'];

export const ALL_FACET_FIELDS: readonly AnyFacetField[] = [...FACET_FIELDS, ...EXTRA_FACET_FIELDS];

/** Each item's value id + 1 (0: none), in the narrowest array that holds them: counting a broad match reads one per item. */
type SingleColumn = Uint8Array | Uint16Array | Int32Array;

/**
 * One facet as counting reads it, built on first use from the snapshot's CSR column (item i
 * has value ids ids[start[i] .. start[i + 1])): a field with at most one value per item (all
 * but themes, responsible bodies and recommending States) becomes one typed array of value id + 1
 * per item (0: none), so that counting a match of 60,000 items is one typed-array read and one
 * increment per item, not two range reads and a loop. The array is the narrowest that holds
 * the ids (bytes for all but documents, 16 bits for up to 65,534 documents), which keeps a
 * shard's nine columns in cache as a broad match is counted: on a 59,891-item shard of the 200×
 * corpus a ranking with every facet took 2.4–2.9 ms against 2.6–3.9 ms with Int32 columns (56
 * bench queries, run alternately three times, 2026-12-05). `byName` is each value's place in string
 * order, the tie-break of the counts' order, compared as integers.
 */
interface FacetColumn {
  values: readonly string[];
  single?: SingleColumn;
  start?: Int32Array;
  ids?: Int32Array;
  byName: Int32Array;
}

/** The columns as the snapshot stores them: the same layout in plain arrays. */
export type FacetColumns = Record<AnyFacetField, { values: string[]; start: number[]; ids: number[] }>;

/** Facet columns as the engine reads them: a packed snapshot's numbers are typed views (WholeNumbers). */
export type FacetColumnsView = Record<AnyFacetField, { values: readonly string[]; start: WholeNumbers; ids: WholeNumbers }>;

/** The items' status as the fulfilment facet names it (partially → partially-met). */
const FULFILMENT_OF_STATUS: Record<NonNullable<Item['status']>, string> = {
  met: 'met', partially: 'partially-met', 'not-met': 'not-met', different: 'different',
};

/** The items' status a fulfilment value stands for (partially-met → partially). */
export function statusOfFulfilment(value: string): string | undefined {
  return Object.entries(FULFILMENT_OF_STATUS).find(([, fulfilment]) => fulfilment === value)?.[0];
}

/**
 * The responsible body as the facet counts it: the name before the departments printed in
 * parentheses ("MOI (CPD, P CR)" → "MOI"), so that one ministry is one value.
 */
export function responsibleBody(printed: string): string {
  return printed.replace(/\s*\([^)]*\)\s*$/, '').trim() || printed.trim();
}

/** The string values an item shows under a facet; absent commitment counts as "false". */
export function facetValues(item: Item, field: AnyFacetField): string[] {
  switch (field) {
    case 'theme': return item.themes;
    case 'year': return item.year === undefined ? [] : [String(item.year)];
    case 'commitment': return [String(item.commitment === true)];
    case 'fulfilment': return item.status ? [FULFILMENT_OF_STATUS[item.status]] : [];
    case 'responsible': return (item.responsible ?? []).map(responsibleBody);
    case 'recommendingState': return item.recommendingStates ?? [];
    default: {
      const value = item[field];
      return value === undefined ? [] : [value];
    }
  }
}

/** Whether the filters narrow a facet (the ref filter is no facet: its citations are not counted). */
export function isFiltered(filters: SearchFilters, field: AnyFacetField): boolean {
  if (field === 'commitment') return filters.commitment !== undefined;
  if (field === 'year') return filters.year !== undefined && (Boolean(filters.year.values?.length) || filters.year.from !== undefined || filters.year.to !== undefined);
  return (filters[field]?.length ?? 0) > 0;
}

export class FacetTable {
  private readonly columns: FacetColumnsView;
  private readonly counted: Partial<Record<AnyFacetField, FacetColumn>> = {};
  private yearOf?: Int32Array;
  /** "rec:iii-25" / "para:73" / "num:9.2" / "sym:…" → the items under it. */
  private readonly refIndex = new Map<string, number[]>();

  constructor(columns: FacetColumnsView, refs: RefIndex, private readonly itemCount: number) {
    for (const field of ALL_FACET_FIELDS) {
      if (!columns[field]) throw new Error(`the search snapshot has no facet column ${field}: rebuild the corpus with the indexer`);
      const { start } = columns[field];
      if (start.length !== itemCount + 1) throw new Error(`facet column ${field} has ${start.length - 1} items, not ${itemCount}`);
    }
    this.columns = columns;
    for (const [key, items] of refs) this.refIndex.set(key, items);
  }

  /** Each item's year, 0 for a document that gives none (never matched by a year filter); built on first use. */
  get years(): Int32Array {
    if (this.yearOf) return this.yearOf;
    const year = this.columns.year;
    const years = new Int32Array(this.itemCount);
    for (let i = 0; i < this.itemCount; i++) {
      if (year.start[i + 1] > year.start[i]) years[i] = Number(year.values[year.ids[year.start[i]]]);
    }
    return (this.yearOf = years);
  }

  /** The items under a ref key, only those of the given types when types are given. */
  citing(key: string, types?: readonly string[]): number[] {
    const items = this.refIndex.get(key) ?? [];
    if (!types) return items;
    const ofType = this.valueTest('type', types);
    return items.filter(ofType);
  }

  /** Predicate for the filters, or undefined when nothing is filtered. */
  compile(filters: SearchFilters | undefined): ((item: number) => boolean) | undefined {
    if (!filters) return undefined;
    const tests: ((item: number) => boolean)[] = [];
    for (const field of ['type', 'urgency', 'body', 'theme', 'document', 'addressee', 'fulfilment', 'responsible', 'recommendingState', 'position'] as const) {
      if (isFiltered(filters, field)) tests.push(this.valueTest(field, filters[field]!));
    }
    if (isFiltered(filters, 'commitment')) tests.push(this.valueTest('commitment', [String(filters.commitment)]));
    const year = filters.year;
    if (year && isFiltered(filters, 'year')) {
      const values = new Set(year.values ?? []);
      const from = year.from ?? -Infinity;
      const to = year.to ?? Infinity;
      const ranged = year.from !== undefined || year.to !== undefined;
      const years = this.years;
      // Values and a range together mean either: "2015 and 2020..2023".
      tests.push((i) => years[i] !== 0 && (values.has(years[i]) || (ranged && years[i] >= from && years[i] <= to)));
    }
    if (filters.ref && filters.ref.length > 0) {
      const citing = new Set(filters.ref.flatMap((ref) => this.refIndex.get(refKey(ref)) ?? []));
      tests.push((i) => citing.has(i));
    }
    if (tests.length === 0) return undefined;
    if (tests.length === 1) return tests[0];
    return (item) => {
      for (let t = 0; t < tests.length; t++) if (!tests[t](item)) return false;
      return true;
    };
  }

  /** Counts of every value of the given facets over the given items (the whole result, not a page). */
  count(items: ArrayLike<number>, fields: readonly AnyFacetField[] = FACET_FIELDS): Facets {
    const facets = {} as Record<AnyFacetField, Record<string, number>>;
    for (const field of fields) {
      const column = this.column(field);
      // Slot 0 counts items without a value (single) and is never reported.
      const counts = new Int32Array(column.values.length + 1);
      if (column.single) countSingle(column.single, items, counts);
      else countMany(column.start!, column.ids!, items, counts);
      facets[field] = countsInOrder(column, counts);
    }
    return facets as Facets;
  }

  private column(field: AnyFacetField): FacetColumn {
    const built = this.counted[field];
    if (built) return built;
    const { values, start, ids } = this.columns[field];
    let single = true;
    for (let i = 0; i < this.itemCount && single; i++) single = start[i + 1] - start[i] <= 1;
    const sorted = values.map((_, id) => id).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
    const byName = new Int32Array(values.length);
    sorted.forEach((id, place) => { byName[id] = place; });
    const column: FacetColumn = { values, byName };
    if (single) {
      const single = values.length < 0xff ? new Uint8Array(this.itemCount) : values.length < 0xffff ? new Uint16Array(this.itemCount) : new Int32Array(this.itemCount);
      for (let i = 0; i < this.itemCount; i++) if (start[i + 1] > start[i]) single[i] = ids[start[i]] + 1;
      column.single = single;
    } else {
      column.start = Int32Array.from(start);
      column.ids = Int32Array.from(ids);
    }
    return (this.counted[field] = column);
  }

  private valueTest(field: AnyFacetField, wanted: readonly string[]): (item: number) => boolean {
    const column = this.column(field);
    const wantedSet = new Set(wanted);
    // Slot 0 is "no value", never wanted.
    const allowed = new Uint8Array(column.values.length + 1);
    column.values.forEach((value, id) => { if (wantedSet.has(value)) allowed[id + 1] = 1; });
    const single = column.single;
    if (single) return (item) => allowed[single[item]] === 1;
    const start = column.start!;
    const ids = column.ids!;
    return (item) => {
      for (let v = start[item]; v < start[item + 1]; v++) if (allowed[ids[v] + 1]) return true;
      return false;
    };
  }
}

function countSingle(single: SingleColumn, items: ArrayLike<number>, counts: Int32Array): void {
  for (let k = 0; k < items.length; k++) counts[single[items[k]]]++;
}

function countMany(start: Int32Array, ids: Int32Array, items: ArrayLike<number>, counts: Int32Array): void {
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    for (let v = start[item], end = start[item + 1]; v < end; v++) counts[ids[v] + 1]++;
  }
}

/** Values with a count, most frequent first, ties in string order. */
function countsInOrder(column: FacetColumn, counts: Int32Array): Record<string, number> {
  const present: number[] = [];
  for (let id = 0; id < column.values.length; id++) if (counts[id + 1] > 0) present.push(id);
  const { byName, values } = column;
  present.sort((a, b) => counts[b + 1] - counts[a + 1] || byName[a] - byName[b]);
  const out: Record<string, number> = {};
  for (const id of present) out[values[id]] = counts[id + 1];
  return out;
}

/** Every facet column of the items (indexer side); values numbered in order of first use. */
export function facetColumns(items: readonly Item[]): FacetColumns {
  return Object.fromEntries(ALL_FACET_FIELDS.map((field) => [field, buildColumn(items, field)])) as FacetColumns;
}

function buildColumn(items: readonly Item[], field: AnyFacetField): FacetColumns[AnyFacetField] {
  const valueIds = new Map<string, number>();
  const values: string[] = [];
  const start: number[] = new Array<number>(items.length + 1);
  const ids: number[] = [];
  items.forEach((item, i) => {
    start[i] = ids.length;
    for (const value of new Set(facetValues(item, field))) {
      let id = valueIds.get(value);
      if (id === undefined) { id = values.length; valueIds.set(value, id); values.push(value); }
      ids.push(id);
    }
  });
  start[items.length] = ids.length;
  return { values, start, ids };
}
