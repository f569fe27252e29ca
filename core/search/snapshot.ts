// The serialized index: what the indexer writes to corpus/search-index.json and the
// server parses once per isolate. It holds terms and postings only, never item text
// (items ship separately), and it is deterministic for the same items in the same order.
import { itemFingerprint } from '../fingerprint.js';
import type { Item } from '../schema.js';
import { tokenize } from '../text/tokenize.js';
import { contextText } from './context.js';
import { englishNearVocabulary } from './english-words.js';
import { facetColumns, type FacetColumns, type FacetColumnsView } from './facets.js';
import { deadlineKey } from './order.js';
import { expansionGroups, type Form } from './expansions.js';
import { decodeNumbers, encodeNumbers } from './number-text.js';
import { refIndex, type RefIndex } from './refs.js';
import type { ItemSource, Lexicon } from './types.js';

export const SNAPSHOT_VERSION = 7;

/** Indexed fields, in the order their postings are numbered in the snapshot. */
export const FIELDS = ['title', 'text', 'section', 'details', 'labels', 'context'] as const;
export type FieldName = (typeof FIELDS)[number];

// BM25F: a term's occurrences in all fields add up, each weighted and normalised by its own
// field's length, before one saturation (so a word in the title and the text is not counted
// twice as two separate matches). Title matches say most about what an item is; section
// headings are shared by every item under them and weigh little, so a heading's words do not
// lift a whole chapter above the one item that says them itself; task details (responsible
// ministry, indicators) are context; labels (the item's own number, the recommendations it
// cites) let "III-25" find the items; context is the question an answer answers (or the
// lead-in of a list item), so that a query phrased like the question finds the answer too.
export const FIELD_WEIGHTS: Record<FieldName, number> = { title: 3, text: 1, section: 0.2, details: 0.6, labels: 0.5, context: 0.4 };

// Length normalisation per field (BM25's b): full for the text, where a long answer must not
// win by saying more words; none for labels and weak for headings and context, whose length
// says nothing about how much the item is about a word.
export const FIELD_B: Record<FieldName, number> = { title: 0.5, text: 0.75, section: 0.3, details: 0.5, labels: 0, context: 0.5 };

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
   * itemDelta, tf, firstPosition, positionDeltas…], written as text (number-text.ts), every
   * term's one after another: one string to parse at start-up, decoded per term on first use.
   */
  postings: string;
  /** How many characters of `postings` each term takes, in vocabulary order, written as text. */
  postingLengths: string;
  /** Groups of equivalent forms for query expansion, tokenized (abbreviations, synonyms). */
  expansions: Form[][];
  /** Each item's facet values (type, urgency, body, year, theme, …) as value ids. */
  facets: FacetColumns;
  /** Cited recommendations, paragraphs and document symbols, and item numbers → items (refs.ts). */
  refs: RefIndex;
  /** [item, sort key] for the items with a deadline (see order.ts). */
  deadlines: [item: number, key: number][];
  /** [answer, question]: answers and replies with the question (recommendation, goal) they answer. */
  answers: [answer: number, question: number][];
  /**
   * Ordinary English words (folded) that no item contains but that the typo corrector could
   * rewrite to an indexed word, space-separated (one string parses faster than an array).
   */
  english: string;
  /**
   * Only in one shard's snapshot (core/shard): the whole corpus' statistics, so that BM25 (idf
   * from the item count, the average length of each field over the items that have it) scores
   * the shard's items exactly as the unsharded engine does.
   */
  corpus?: CorpusStatistics;
}

/** Whole numbers ≥ 0: an array in a JSON snapshot, a typed view in a packed one (packed-snapshot.ts). */
export type WholeNumbers = readonly number[] | Uint32Array;

/** Strings in code-unit order, as `<` compares them: negative, 0 or positive. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Strings by position: an array in a JSON snapshot, a view of UTF-8 bytes in a packed one. */
export interface StringList {
  readonly length: number;
  at(index: number): string | undefined;
  /** Every string at once, where that is cheaper than one at a time. */
  all?(): readonly string[];
  /** The string at `index` against `text` (negative, 0, positive, as `<` orders them), where that is cheaper than reading it. */
  compare?(index: number, text: string): number;
}

/**
 * What the engine reads: a parsed JSON snapshot, or the typed views of a packed one, whose
 * large lists are read in place instead of parsed (a shard's start-up at series scale).
 */
export interface SnapshotView extends Omit<Snapshot, 'ids' | 'fingerprints' | 'lengths' | 'terms' | 'surfaces' | 'df' | 'postings' | 'postingLengths' | 'facets'> {
  ids: StringList;
  fingerprints: WholeNumbers;
  lengths: readonly WholeNumbers[];
  terms: StringList;
  surfaces: StringList;
  df: WholeNumbers;
  /** The postings text, or its ASCII bytes. */
  postings: string | Uint8Array;
  /** Where each term's postings start in `postings` (terms + 1 offsets); or the lengths they are summed from. */
  postingStarts?: WholeNumbers;
  postingLengths?: string;
  facets: FacetColumnsView;
}

export interface CorpusStatistics {
  /** Items in the whole corpus. */
  n: number;
  /** Per field: the summed token count over the whole corpus. */
  lengthSums: number[];
  /** Per field: how many items of the whole corpus have it. */
  lengthCounts: number[];
}

/**
 * Everything the engine needs about every item, taken from the items once at index time: a
 * loaded engine then reads an item only when it is a hit, and a server can keep the items
 * unparsed until then.
 */
export function itemColumns(items: readonly Item[], documentSymbols?: Record<string, string[]>): Pick<Snapshot, 'n' | 'ids' | 'fingerprints' | 'facets' | 'refs' | 'deadlines' | 'answers'> {
  const indexOf = new Map(items.map((item, i) => [item.id, i]));
  return {
    n: items.length,
    ids: items.map((item) => item.id),
    fingerprints: items.map(itemFingerprint),
    facets: facetColumns(items),
    refs: refIndex(items, documentSymbols),
    deadlines: items.flatMap((item, i): [number, number][] => (item.deadline || item.due ? [[i, deadlineKey(item.deadline, item.due)]] : [])),
    answers: items.flatMap((item, i): [number, number][] => {
      const question = item.respondsTo === undefined ? undefined : indexOf.get(item.respondsTo);
      return question !== undefined && (item.type === 'answer' || item.type === 'response') ? [[i, question]] : [];
    }),
  };
}

/** Text of one indexed field of an item ("" when absent); `context` comes from other items (context.ts). */
export function fieldText(item: Item, field: FieldName, context = ''): string {
  switch (field) {
    case 'title': return item.title ?? '';
    case 'text': return item.text;
    case 'section': return (item.section ?? []).join(' \n ');
    case 'details':
      return [item.goal, item.description, item.targetGroup, item.indicators, item.explanation,
        ...(item.responsible ?? []), ...(item.cooperating ?? []), ...(item.recommendingStates ?? [])].filter(Boolean).join(' \n ');
    case 'labels': return [item.number, item.symbol, ...(item.refs?.recommendations ?? [])].filter(Boolean).join(' \n ');
    case 'context': return context;
  }
}

/**
 * What is wrong with pairing a snapshot with these items, or undefined: the count, and every id
 * when the items are an array. Items parsed on demand are not read here; the engine checks each
 * one's id when it first reads it.
 */
export function itemsMismatch(snapshot: Pick<SnapshotView, 'n' | 'ids'>, items: ItemSource): string | undefined {
  if (snapshot.n !== items.length || snapshot.ids?.length !== items.length) {
    return `was built for ${snapshot.n} items, not the ${items.length} given`;
  }
  if (!Array.isArray(items)) return undefined;
  const differs = (items as readonly Item[]).findIndex((item, i) => item.id !== snapshot.ids.at(i));
  return differs < 0 ? undefined : `has item ${differs} as ${JSON.stringify(snapshot.ids.at(differs))}, not ${JSON.stringify(items[differs].id)}`;
}

/**
 * Each id's position, checked for repeats (packSnapshot refuses them too). Built on the first
 * lookup by id, not when an isolate starts: a ranking never needs it, but the first page that
 * shows an answer does (its question and the question's lead-in are looked up by id), so on a
 * shard of 90,000 items that first page pays tens of milliseconds for it.
 */
export function idPositions(ids: StringList): Map<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) positions.set(ids.at(i)!, i);
  if (positions.size !== ids.length) throw new Error(`the snapshot holds ${ids.length - positions.size} repeated item ids: rebuild the corpus with the indexer`);
  return positions;
}

/**
 * What differs between an item and the one the snapshot indexed at `index`, or undefined: its
 * id, or its content (an item edited after indexing, which the index no longer describes).
 * Not part of loading: it costs a JSON.stringify per item, which a server pays once per item
 * (at load, or when it parses an item on demand).
 */
export function indexedItemMismatch(snapshot: Pick<SnapshotView, 'ids' | 'fingerprints'>, index: number, item: Item): string | undefined {
  const id = snapshot.ids.at(index);
  if (item.id !== id) return `is ${JSON.stringify(item.id)} where the search snapshot has ${JSON.stringify(id)}`;
  if (snapshot.fingerprints?.[index] !== itemFingerprint(item)) return 'differs from the item the search snapshot was built from (edited after indexing)';
  return undefined;
}

interface TermBuild { fields: Map<number, { item: number; positions: number[] }[]>; items: Set<number>; surfaces: Map<string, number> }

export function buildSnapshot(items: readonly Item[], lexicon: Lexicon): Snapshot {
  const byTerm = new Map<string, TermBuild>();
  const lengths = FIELDS.map(() => new Array<number>(items.length).fill(0));
  const byId = new Map(items.map((item) => [item.id, item]));
  items.forEach((item, itemIndex) => {
    const context = contextText(item, byId);
    FIELDS.forEach((field, fieldIndex) => {
      const tokens = tokenize(fieldText(item, field, context));
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
    v: SNAPSHOT_VERSION, ...itemColumns(items, lexicon.documentSymbols), fields: FIELDS, lengths,
    terms, surfaces: [], df: [], postings: '', postingLengths: '', expansions: expansionGroups(lexicon.abbreviations), english: '',
  };
  const lists: number[][] = [];
  for (const term of terms) {
    const entry = byTerm.get(term)!;
    snapshot.surfaces.push(commonestSurface(entry.surfaces, term));
    snapshot.df.push(entry.items.size);
    lists.push(encodePostings(entry.fields));
  }
  Object.assign(snapshot, postingsAsText(lists));
  if (lexicon.english) {
    const printed = snapshot.surfaces.map((surface, id) => surface || terms[id]);
    snapshot.english = englishNearVocabulary(lexicon.english, terms, printed).join(' ');
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

/** Every term's flat postings list as snapshot text. */
export function postingsAsText(lists: readonly number[][]): Pick<Snapshot, 'postings' | 'postingLengths'> {
  const texts = lists.map(encodeNumbers);
  return { postings: texts.join(''), postingLengths: encodeNumbers(texts.map((text) => text.length)) };
}

/**
 * Where each term's postings start in the snapshot's text (one more entry: the end): read in
 * place from a packed snapshot, summed from the lengths of a JSON one.
 */
export function postingStarts(snapshot: Pick<SnapshotView, 'postingStarts' | 'postingLengths'>): WholeNumbers {
  if (snapshot.postingStarts) return snapshot.postingStarts;
  if (snapshot.postingLengths === undefined) throw new Error('the search snapshot has neither postingStarts nor postingLengths: rebuild the corpus with the indexer');
  const lengths = decodeNumbers(snapshot.postingLengths);
  const starts = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) starts[i + 1] = starts[i] + lengths[i];
  return starts;
}

/** Every term's flat postings list (for splitting a snapshot into shards). */
export function postingLists(snapshot: Pick<SnapshotView, 'postings' | 'postingStarts' | 'postingLengths'>): number[][] {
  const starts = postingStarts(snapshot);
  return Array.from({ length: starts.length - 1 }, (_, id) => decodeNumbers(snapshot.postings, starts[id], starts[id + 1]));
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
