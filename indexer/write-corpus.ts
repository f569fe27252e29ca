// Write stage: the corpus folder, byte-identical for the same input (sorted keys where order
// is not meaningful, no timestamps), so a parser change shows up as a readable diff of items.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentSummary, Item } from '../core/schema.js';

export interface CorpusFiles {
  items: Item[];
  documents: DocumentSummary[];
  searchIndex: string;
  lexicon: Record<string, string[]>;
  stats: unknown;
  report: unknown;
}

export const CORPUS_FILES = {
  items: 'items.json',
  documents: 'documents.json',
  searchIndex: 'search-index.json',
  lexicon: 'lexicon.json',
  stats: 'stats.json',
  report: 'report.json',
} as const;

/** The layout of every corpus file; server/item-store.ts reads items.json by it (one-space indent). */
export const corpusJson = (value: unknown) => JSON.stringify(value, null, 1) + '\n';
const json = corpusJson;

/**
 * The corpus version the server puts in its ETags, computed here once rather than hashed
 * again at every Worker start: a digest of everything an API answer is made from.
 */
function corpusVersion(parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export async function writeCorpus(outDir: string, files: CorpusFiles): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const itemsText = json(files.items);
  const statsText = json(files.stats);
  const version = corpusVersion([itemsText, files.searchIndex, statsText, JSON.stringify(files.documents)]);
  await Promise.all([
    writeFile(join(outDir, CORPUS_FILES.items), itemsText),
    writeFile(join(outDir, CORPUS_FILES.documents), json({ version, documents: files.documents })),
    writeFile(join(outDir, CORPUS_FILES.searchIndex), files.searchIndex),
    writeFile(join(outDir, CORPUS_FILES.lexicon), json(files.lexicon)),
    writeFile(join(outDir, CORPUS_FILES.stats), statsText),
    writeFile(join(outDir, CORPUS_FILES.report), json(files.report)),
  ]);
}
