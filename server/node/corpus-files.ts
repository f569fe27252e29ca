// Node only: read the corpus files from a folder (the Worker gets them bundled as text).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusChecks } from '../corpus-checks.js';
import { loadCorpus, type CorpusFiles, type LoadedCorpus } from '../corpus.js';

export function readCorpusFiles(dir: string): CorpusFiles {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    items: read('items.json'),
    documents: read('documents.json'),
    searchIndex: read('search-index.json'),
    ...(existsSync(join(dir, 'stats.json')) ? { stats: read('stats.json') } : {}),
  };
}

export const loadCorpusFromDir = (dir: string, checks?: CorpusChecks): LoadedCorpus =>
  loadCorpus(readCorpusFiles(dir), { checks });
