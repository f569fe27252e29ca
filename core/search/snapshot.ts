// The serialized index: what the indexer writes to corpus/search-index.json and the
// server parses once per isolate. It holds terms and postings only, never item text
// (items ship separately), and it is deterministic for the same items in the same order.
import { itemFingerprint } from '../fingerprint.js';
import type { Item } from '../schema.js';
import { tokenize } from '../text/tokenize.js';
import { facetColumns, refIndex, type FacetColumns, type RefIndex } from './facets.js';
import { deadlineKey } from './order.js';
import { expansionGroups, type Form } from './expansions.js';
import type { ItemSource, Lexicon } from './types.js';

export const SNAPSHOT_VERSION = 5;

/** Indexed fields, in the order their postings are numbered in the snapshot. */
export const FIELDS = ['title', 'text', 'section', 'details', 'labels'] as const;
export type FieldName = (typeof FIELDS)[number];

// Title matches say most about what an item is; section headings and task details
// (responsible ministry, indicators) are context shared by many items, so they weigh less.
// Labels (the item's own number, the recommendations it cites) let "III-25" typed in the
// search box find the items citing it, below items whose text quotes it.
// Section headings are shared by every item under them: weighed lightly, so a heading's words
// do not lift a whole chapter above the one item that says them itself (measured on the
// relevance suite: section 0.4 → 0.2 took recall@10 from 0.975 to 0.985).
export const FIELD_WEIGHTS: Record<FieldName, number> = { title: 3, text: 1, section: 0.2, details: 0.6, labels: 0.5 };

export interface Snapshot {
  v: number;
  /** Item count and the ids in order, to refuse a snapshot paired with other items. */
  n: number;
  ids: string[];
  /** Per item, a hash of its JSON (itemFingerprint): a server refuses items edited after indexing. */
  fingerprints: number[];
  fields: readonly FieldName[];
  /** Per field, per item: number of indexed (non-stop) tokens. */
  lengths: number[][];
  /** Sorted vocabulary of stemmed terms. */
  terms: string[];
  /** Most frequent folded surface word per term, "" when it equals the term. */
  surfaces: string[];
  /** Number of items containing the term in any field. */
  df: number[];
  /**
   * Per term, flat: for each field that has it, [field, postingCount, then per posting
   * itemDelta, tf, firstPosition, positionDeltas…]. Deltas keep the numbers short in JSON.
   */
  postings: number[][];
  /** Groups of equivalent forms for query expansion, tokenized (abbreviations, synonyms). */
  expansions: Form[][];
  /** Each item's facet values (type, urgency, body, year, theme, …) as value ids. */
  facets: FacetColumns;
  /** Cited recommendations and paragraphs → citing items. */
  refs: RefIndex;
  /** [item, sort key] for the items with a deadline (see order.ts). */
  deadlines: [item: number, key: number][];
}

/**
 * Everything the engine needs about every item, taken from the items once at index time: a
 * loaded engine then reads an item only when it is a hit, and a server can keep the items
 * unparsed until then.
 */
export function itemColumns(items: readonly Item[]): Pick<Snapshot, 'n' | 'ids' | 'fingerprints' | 'facets' | 'refs' | 'deadlines'> {
  return {
    n: items.length,
    ids: items.map((item) => item.id),
    fingerprints: items.map(itemFingerprint),
    facets: facetColumns(items),
    refs: refIndex(items),
    deadlines: items.flatMap((item, i): [number, number][] => (item.deadline || item.due ? [[i, deadlineKey(item.deadline, item.due)]] : [])),
  };
}

/** Text of one indexed field of an item ("" when absent). */
export function fieldText(item: Item, field: FieldName): string {
  switch (field) {
    case 'title': return item.title ?? '';
    case 'text': return item.text;
    case 'section': return (item.section ?? []).join(' \n ');
    case 'details':
      return [item.goal, item.description, item.targetGroup, item.indicators, item.explanation,
        ...(item.responsible ?? []), ...(item.cooperating ?? []), ...(item.recommendingStates ?? [])].filter(Boolean).join(' \n ');
    case 'labels': return [item.number, item.symbol, ...(item.refs?.recommendations ?? [])].filter(Boolean).join(' \n ');
  }
}

/**
 * What is wrong with pairing a snapshot with these items, or undefined: the count, and every id
 * when the items are an array. Items parsed on demand are not read here; the engine checks each
 * one's id when it first reads it.
 */
export function itemsMismatch(snapshot: Pick<Snapshot, 'n' | 'ids'>, items: ItemSource): string | undefined {
  if (snapshot.n !== items.length || snapshot.ids?.length !== items.length) {
    return `was built for ${snapshot.n} items, not the ${items.length} given`;
  }
  if (!Array.isArray(items)) return undefined;
  const differs = (items as readonly Item[]).findIndex((item, i) => item.id !== snapshot.ids[i]);
  return differs < 0 ? undefined : `has item ${differs} as ${JSON.stringify(snapshot.ids[differs])}, not ${JSON.stringify(items[differs].id)}`;
}

/**
 * What differs between an item and the one the snapshot indexed at `index`, or undefined: its
 * id, or its content (an item edited after indexing, which the index no longer describes).
 * Not part of loading: it costs a JSON.stringify per item, which a server pays once per item
 * (at load, or when it parses an item on demand).
 */
export function indexedItemMismatch(snapshot: Pick<Snapshot, 'ids' | 'fingerprints'>, index: number, item: Item): string | undefined {
  const id = snapshot.ids[index];
  if (item.id !== id) return `is ${JSON.stringify(item.id)} where the search snapshot has ${JSON.stringify(id)}`;
  if (snapshot.fingerprints?.[index] !== itemFingerprint(item)) return 'differs from the item the search snapshot was built from (edited after indexing)';
  return undefined;
}

interface TermBuild { fields: Map<number, { item: number; positions: number[] }[]>; items: Set<number>; surfaces: Map<string, number> }

export function buildSnapshot(items: readonly Item[], lexicon: Lexicon): Snapshot {
  const byTerm = new Map<string, TermBuild>();
  const lengths = FIELDS.map(() => new Array<number>(items.length).fill(0));
  items.forEach((item, itemIndex) => {
    FIELDS.forEach((field, fieldIndex) => {
      const tokens = tokenize(fieldText(item, field));
      lengths[fieldIndex][itemIndex] = tokens.length;
      for (const token of tokens) {
        let entry = byTerm.get(token.term);
        if (!entry) byTerm.set(token.term, (entry = { fields: new Map(), items: new Set(), surfaces: new Map() }));
        entry.items.add(itemIndex);
        entry.surfaces.set(token.surface, (entry.surfaces.get(token.surface) ?? 0) + 1);
        let list = entry.fields.get(fieldIndex);
        if (!list) entry.fields.set(fieldIndex, (list = []));
        const last = list[list.length - 1];
        if (last && last.item === itemIndex) last.positions.push(token.position);
        else list.push({ item: itemIndex, positions: [token.position] });
      }
    });
  });
  const terms = [...byTerm.keys()].sort();
  const snapshot: Snapshot = {
    v: SNAPSHOT_VERSION, ...itemColumns(items), fields: FIELDS, lengths,
    terms, surfaces: [], df: [], postings: [], expansions: expansionGroups(lexicon.abbreviations),
  };
  for (const term of terms) {
    const entry = byTerm.get(term)!;
    snapshot.surfaces.push(commonestSurface(entry.surfaces, term));
    snapshot.df.push(entry.items.size);
    snapshot.postings.push(encodePostings(entry.fields));
  }
  return snapshot;
}

function commonestSurface(surfaces: Map<string, number>, term: string): string {
  let best = term;
  let bestCount = -1;
  for (const [surface, count] of [...surfaces].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count > bestCount) { best = surface; bestCount = count; }
  }
  return best === term ? '' : best;
}

function encodePostings(fields: TermBuild['fields']): number[] {
  const flat: number[] = [];
  for (const fieldIndex of [...fields.keys()].sort((a, b) => a - b)) {
    const list = fields.get(fieldIndex)!;
    flat.push(fieldIndex, list.length);
    let previousItem = 0;
    for (const { item, positions } of list) {
      flat.push(item - previousItem, positions.length);
      previousItem = item;
      let previousPosition = 0;
      for (const position of positions) { flat.push(position - previousPosition); previousPosition = position; }
    }
  }
  return flat;
}

/** Parse and check a serialized snapshot against the items it will serve (itemsMismatch). */
export function parseSnapshot(serialized: string, items: ItemSource): Snapshot {
  const snapshot = JSON.parse(serialized) as Snapshot;
  if (snapshot?.v !== SNAPSHOT_VERSION) {
    throw new Error(`search snapshot version ${String(snapshot?.v)} is not ${SNAPSHOT_VERSION}: rebuild the corpus with the indexer`);
  }
  if (snapshot.fields?.join() !== FIELDS.join()) {
    throw new Error(`search snapshot indexes fields ${String(snapshot.fields)}, this code expects ${FIELDS.join()}: rebuild the corpus with the indexer`);
  }
  const mismatch = itemsMismatch(snapshot, items);
  if (mismatch) throw new Error(`search snapshot ${mismatch}: rebuild the corpus with the indexer`);
  return snapshot;
}
