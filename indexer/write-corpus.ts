// Write stage: the corpus folder, byte-identical for the same input (sorted keys where order
// is not meaningful, no timestamps), so a parser change shows up as a readable diff of items.
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

const json = (value: unknown) => JSON.stringify(value, null, 1) + '\n';

export async function writeCorpus(outDir: string, files: CorpusFiles): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all([
    writeFile(join(outDir, CORPUS_FILES.items), json(files.items)),
    writeFile(join(outDir, CORPUS_FILES.documents), json({ documents: files.documents })),
    writeFile(join(outDir, CORPUS_FILES.searchIndex), files.searchIndex),
    writeFile(join(outDir, CORPUS_FILES.lexicon), json(files.lexicon)),
    writeFile(join(outDir, CORPUS_FILES.stats), json(files.stats)),
    writeFile(join(outDir, CORPUS_FILES.report), json(files.report)),
  ]);
}
