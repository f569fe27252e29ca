// What the pages and the MCP tools read of the corpus, asynchronously, so that the same
// pages and tools run over a corpus loaded in the isolate (localReader) and over a sharded
// deployment, where every answer comes from the shards (shard/coordinator-reader.ts).
import type { DocumentSummary, Item } from '../core/schema.js';
import type { SearchFilters, SearchParams, SearchResult } from '../core/search/types.js';
import type { LoadedCorpus } from './corpus.js';
import { unknownFilterValue } from './corpus-values.js';
import type { StatsResponse } from './docs/response-schemas.js';
import type { ErrorBody } from './errors.js';
import { statsAnswer } from './routes/stats.handlers.js';
import type { StatsQuerySchema } from './routes/stats.request.js';
import type { Validated } from './types.js';

export type CitedTarget = { kind: 'paragraph'; n: number } | { kind: 'recommendation'; id: string };

/** An item with the items it links to, as its page and the item tool show it. */
export interface ItemWithLinks {
  item: Item;
  parent?: Item;
  children: Item[];
  respondsTo?: Item;
  replies: Item[];
  related: { item: Item; score: number; terms: string[] }[];
  /** The items its footnotes cite (note.targets), those the corpus holds. */
  cited: ReadonlyMap<string, Item>;
}

export type TypeCounts = Record<string, number>;

export interface CorpusReader {
  readonly documents: readonly DocumentSummary[];
  search(params: SearchParams): Promise<SearchResult>;
  /** The first corpus-valued filter value no item holds, as the API's 400 body. */
  refusedFilter(filters: SearchFilters | undefined): Promise<ErrorBody | undefined>;
  itemWithLinks(id: string): Promise<ItemWithLinks | undefined>;
  /** Items citing a paragraph or a recommendation, in corpus order. */
  citing(target: CitedTarget): Promise<Item[]>;
  /** A document's items in corpus order. */
  documentItems(documentId: string): Promise<Item[]>;
  /** Items by type, per document id. */
  typeCountsByDocument(): Promise<ReadonlyMap<string, TypeCounts>>;
  stats(query: Validated<typeof StatsQuerySchema>): Promise<StatsResponse>;
}

/** The ids an item's footnotes cite. */
export const citedIds = (item: Item): string[] => (item.footnotes ?? []).flatMap((note) => note.targets ?? []);

/** Links, resolved in any order, as ItemWithLinks lists them. */
export function withLinks(item: Item, byId: (id: string) => Item | undefined, children: Item[], replies: Item[]): ItemWithLinks {
  const cited = new Map<string, Item>();
  for (const id of citedIds(item)) {
    const found = byId(id);
    if (found) cited.set(id, found);
  }
  return {
    item,
    parent: item.parentId === undefined ? undefined : byId(item.parentId),
    children,
    respondsTo: item.respondsTo === undefined ? undefined : byId(item.respondsTo),
    replies,
    related: (item.related ?? []).flatMap(({ id, score, terms }) => {
      const found = byId(id);
      return found ? [{ item: found, score, terms }] : [];
    }),
    cited,
  };
}

/** Items by type, per document. */
export function countTypesByDocument(items: Iterable<Item>): Map<string, TypeCounts> {
  const counts = new Map<string, TypeCounts>();
  for (const item of items) {
    const forDocument = counts.get(item.document) ?? {};
    forDocument[item.type] = (forDocument[item.type] ?? 0) + 1;
    counts.set(item.document, forDocument);
  }
  return counts;
}

const readers = new WeakMap<LoadedCorpus, CorpusReader>();

/** The reader over a corpus loaded in this isolate; one per corpus, so what it counts is counted once. */
export function localReader(corpus: LoadedCorpus): CorpusReader {
  let reader = readers.get(corpus);
  if (reader) return reader;
  // corpus.links is built on first use (it parses every item): read it per call, never here.
  let typeCounts: Map<string, TypeCounts> | undefined;
  reader = {
    documents: corpus.documents,
    search: async (params) => corpus.engine.search(params),
    refusedFilter: async (filters) => unknownFilterValue(corpus, filters),
    itemWithLinks: async (id) => {
      const { links } = corpus;
      const item = links.byId(id);
      return item && withLinks(item, (other) => links.byId(other), links.children(id), links.replies(id));
    },
    citing: async (target) => (target.kind === 'paragraph' ? corpus.links.citingParagraph(target.n) : corpus.links.citingRecommendation(target.id)),
    documentItems: async (documentId) => corpus.items.filter((item) => item.document === documentId),
    typeCountsByDocument: async () => (typeCounts ??= countTypesByDocument(corpus.items)),
    stats: async (query) => statsAnswer(corpus, query),
  };
  readers.set(corpus, reader);
  return reader;
}
