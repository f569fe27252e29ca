// Loads the indexer's corpus/ files (given as text, so Worker and Node share this code) once
// per isolate: parse, check, index the links, load the search engine snapshot.
import { z } from 'zod';
import { DocumentSummary, ITEM_TYPES, Item } from '../core/schema.js';
import { loadSearchEngine, type SearchEngine } from '../core/search/index.js';
import { buildCorpusLinks, type CorpusLinks } from './corpus-links.js';
import { corpusVersion } from './corpus-version.js';

export interface CorpusFiles {
  /** corpus/items.json: an array of items. */
  items: string;
  /** corpus/documents.json: `{ documents: DocumentSummary[] }`. */
  documents: string;
  /** corpus/search-index.json: the search engine snapshot. */
  searchIndex: string;
  /** corpus/stats.json: free-form analysis written by the indexer. */
  stats?: string;
}

export interface LoadedCorpus {
  readonly items: readonly Item[];
  readonly documents: readonly DocumentSummary[];
  readonly engine: SearchEngine;
  readonly links: CorpusLinks;
  readonly stats: unknown;
  /** Hash of the corpus files: the ETag of every API answer derives from it. */
  readonly version: string;
}

/**
 * `schema` runs the full zod item schema (tests, indexer); `shape` checks only what the
 * server relies on, because the indexer already validated its output and the Worker's
 * cold start budget is 50 ms.
 */
export type ItemValidation = 'schema' | 'shape';

export class CorpusError extends Error {
  constructor(file: string, problem: string) {
    super(`corpus/${file}: ${problem}`);
    this.name = 'CorpusError';
  }
}

/** `version` is the indexer's digest of the corpus; older corpora without it are hashed here. */
const DocumentsFile = z.object({ version: z.string().optional(), documents: z.array(DocumentSummary) });
const itemTypes: ReadonlySet<string> = new Set(ITEM_TYPES);

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CorpusError(file, `not valid JSON (${(err as Error).message})`);
  }
}

function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const item = value as Record<string, unknown>;
  for (const key of ['id', 'document', 'text', 'body'] as const) {
    if (typeof item[key] !== 'string') return `has no string "${key}"`;
  }
  if (!itemTypes.has(item.type as string)) return `has an unknown type ${JSON.stringify(item.type)}`;
  if (!Number.isInteger(item.year)) return 'has no integer "year"';
  if (!Array.isArray(item.themes)) return 'has no "themes" array';
  return undefined;
}

function checkItems(raw: unknown, validation: ItemValidation): Item[] {
  if (!Array.isArray(raw)) throw new CorpusError('items.json', 'is not an array of items');
  const items: Item[] = [];
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    let item: Item;
    if (validation === 'schema') {
      const parsed = Item.safeParse(value);
      if (!parsed.success) throw new CorpusError('items.json', `item ${index}: ${z.prettifyError(parsed.error)}`);
      item = parsed.data;
    } else {
      const problem = shapeProblem(value);
      if (problem) throw new CorpusError('items.json', `item ${index} ${problem}`);
      item = value as Item;
    }
    if (seen.has(item.id)) throw new CorpusError('items.json', `item ${index} repeats the id ${JSON.stringify(item.id)}`);
    seen.add(item.id);
    items.push(item);
  });
  return items;
}

export function loadCorpus(files: CorpusFiles, options: { validation?: ItemValidation } = {}): LoadedCorpus {
  const items = checkItems(parseJson('items.json', files.items), options.validation ?? 'shape');
  const documentsParsed = DocumentsFile.safeParse(parseJson('documents.json', files.documents));
  if (!documentsParsed.success) throw new CorpusError('documents.json', z.prettifyError(documentsParsed.error));
  let engine: SearchEngine;
  try {
    engine = loadSearchEngine(files.searchIndex, items);
  } catch (err) {
    throw new CorpusError('search-index.json', `cannot be loaded (${(err as Error).message})`);
  }
  let links: CorpusLinks | undefined;
  return {
    items,
    documents: documentsParsed.data.documents,
    engine,
    // Built on first use: only item and refs pages need it, and start-up time is scarce.
    get links() {
      return (links ??= buildCorpusLinks(items));
    },
    stats: files.stats === undefined ? null : parseJson('stats.json', files.stats),
    version: documentsParsed.data.version ?? corpusVersion([files.items, files.documents, files.searchIndex, files.stats ?? '']),
  };
}
