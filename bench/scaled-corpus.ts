// An N× corpus/ folder the servers and the shard writer load as they load the indexer's: the
// base items and documents replicated (synthetic-corpus.ts) and a search snapshot built over
// them. stats.json and lexicon.json are the base corpus' (the indexer's analysis is not
// replicated: /api/stats serves it as is, and the counts beside it are computed from items).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from '../core/schema.js';
import { buildSearchEngine, serializeSearchEngine, type Lexicon } from '../core/search/index.js';
import { replicateCorpus, replicateDocuments } from './synthetic-corpus.js';

export function writeScaledCorpus(baseDir: string, factor: number, outDir: string): { items: Item[] } {
  mkdirSync(outDir, { recursive: true });
  const read = (name: string) => readFileSync(join(baseDir, name), 'utf8');
  const items = replicateCorpus(JSON.parse(read('items.json')) as Item[], factor);
  const documentsFile = JSON.parse(read('documents.json')) as { documents: { id: string }[] };
  const lexicon: Lexicon = { abbreviations: JSON.parse(read('lexicon.json')) as Lexicon['abbreviations'] };
  writeFileSync(join(outDir, 'items.json'), JSON.stringify(items));
  writeFileSync(join(outDir, 'documents.json'), JSON.stringify({ ...documentsFile, documents: replicateDocuments(documentsFile.documents, factor) }));
  writeFileSync(join(outDir, 'search-index.json'), serializeSearchEngine(buildSearchEngine(items, lexicon)));
  for (const name of ['stats.json', 'lexicon.json']) copyFileSync(join(baseDir, name), join(outDir, name));
  return { items };
}
