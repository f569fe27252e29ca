// Node only: read the corpus files from a folder (the Worker gets them bundled instead).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type CorpusFiles, type ItemValidation, type LoadedCorpus } from './corpus.js';

export function readCorpusFiles(dir: string): CorpusFiles {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const statsPath = join(dir, 'stats.json');
  return {
    items: read('items.json'),
    documents: read('documents.json'),
    searchIndex: read('search-index.json'),
    ...(existsSync(statsPath) ? { stats: read('stats.json') } : {}),
  };
}

export const loadCorpusFromDir = (dir: string, validation?: ItemValidation): LoadedCorpus =>
  loadCorpus(readCorpusFiles(dir), { validation });
