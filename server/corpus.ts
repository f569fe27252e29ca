// Loads the indexer's corpus/ files (given as text, so Worker and Node share this code) once
// per isolate: parse, check, load the search engine snapshot; link indexes on first use.
import type { DocumentSummary, Item } from '../core/schema.js';
import { loadSearchEngine, type ItemSource, type SearchEngine } from '../core/search/index.js';
import { CorpusError, itemLabel, SHAPE_CHECKS, type CorpusChecks } from './corpus-checks.js';
import { buildCorpusLinks, type CorpusLinks } from './corpus-links.js';
import { corpusVersion } from './corpus-version.js';
import { ItemStore } from './item-store.js';

export { CorpusError };

export interface CorpusFiles {
  /** corpus/items.json: an array of items. */
  items: string;
  /** corpus/documents.json: `{ documents: DocumentSummary[] }`. */
  documents: string;
  /** corpus/search-index.json: the search engine snapshot. */
  searchIndex: string;
  /** corpus/stats.json: the indexer's analysis (a JSON object); a corpus without it is incomplete. */
  stats: string;
}

export interface LoadedCorpus {
  /** Every item (parsed on first use when items are parsed on demand). */
  readonly items: readonly Item[];
  readonly documents: readonly DocumentSummary[];
  readonly engine: SearchEngine;
  readonly links: CorpusLinks;
  readonly stats: unknown;
  /**
   * Hash of the corpus files as served (items, documents, search snapshot, stats): the ETag of
   * every API answer derives from it. Computed from the text, never taken from a field a file
   * declares, so a file edited by hand changes it.
   */
  readonly version: string;
}

export interface LoadOptions {
  /** Defaults to the shape check: what the server relies on, cheap enough for a cold isolate. */
  checks?: CorpusChecks;
  /**
   * `at-load` parses and checks every item before the first answer, so a broken item stops
   * the start (Node server, tests). `on-demand` parses an item, and checks it, when an answer
   * first needs it (the Worker: see item-store.ts); items.json in another layout than the
   * indexer's is then parsed at load after all.
   */
  itemParsing?: 'at-load' | 'on-demand';
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CorpusError(file, `not valid JSON (${(err as Error).message})`);
  }
}

function checkItems(raw: unknown, checks: CorpusChecks): Item[] {
  if (!Array.isArray(raw)) throw new CorpusError('items.json', 'is not an array of items');
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    const problem = checks.item(value);
    if (problem) throw new CorpusError('items.json', `${itemLabel(index, value)} ${problem}`);
    const { id } = value as Item;
    if (seen.has(id)) throw new CorpusError('items.json', `item ${index} repeats the id ${JSON.stringify(id)}`);
    seen.add(id);
  });
  return raw as Item[];
}

interface DocumentsFile { version?: string; documents: DocumentSummary[] }

function checkDocuments(raw: unknown, checks: CorpusChecks): DocumentsFile {
  const problem = checks.documentsFile(raw);
  if (problem) throw new CorpusError('documents.json', problem);
  return raw as DocumentsFile;
}

function checkStats(text: string | undefined): unknown {
  if (text === undefined) throw new CorpusError('stats.json', 'is missing: rebuild the corpus with npm run index');
  const stats = parseJson('stats.json', text);
  if (typeof stats !== 'object' || stats === null || Array.isArray(stats)) throw new CorpusError('stats.json', 'is not a JSON object');
  return stats;
}

const STALE_INDEX = 'search-index.json no longer describes it: rebuild the corpus with npm run index';

export function loadCorpus(files: CorpusFiles, options: LoadOptions = {}): LoadedCorpus {
  const checks = options.checks ?? SHAPE_CHECKS;
  let engine: SearchEngine;
  // Items parsed on demand are checked against the index when first parsed; the others below.
  const store = options.itemParsing === 'on-demand'
    ? ItemStore.over(files.items, checks.item, (index, item) => {
      const differs = engine.indexedItemMismatch(index, item);
      return differs && `${differs}; ${STALE_INDEX}`;
    })
    : undefined;
  const items: ItemSource = store ?? checkItems(parseJson('items.json', files.items), checks);
  const documentsFile = checkDocuments(parseJson('documents.json', files.documents), checks);
  const stats = checkStats(files.stats);
  try {
    engine = loadSearchEngine(files.searchIndex, items);
  } catch (err) {
    throw new CorpusError('search-index.json', `cannot be loaded (${(err as Error).message})`);
  }
  if (!store) {
    (items as Item[]).forEach((item, index) => {
      const differs = engine.indexedItemMismatch(index, item);
      if (differs) throw new CorpusError('items.json', `${itemLabel(index, item)} ${differs}; ${STALE_INDEX}`);
    });
  }
  let all: readonly Item[] | undefined;
  let links: CorpusLinks | undefined;
  let version: string | undefined;
  const corpus: LoadedCorpus = {
    get items() {
      return (all ??= store ? store.all() : (items as Item[]));
    },
    documents: documentsFile.documents,
    engine,
    // Built on first use: only item and refs pages need it, and start-up time is scarce.
    get links() {
      return (links ??= buildCorpusLinks(corpus.items));
    },
    stats,
    // Hashing ~1 MB of text takes a few ms: the Worker (items on demand) does it on its first
    // API answer rather than at start-up; Node, which parses everything at load anyway, now.
    get version() {
      return (version ??= corpusVersion([files.items, files.documents, files.searchIndex, files.stats]));
    },
  };
  if (!store) void corpus.version;
  return corpus;
}
