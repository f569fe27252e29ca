// Node only: the corpus files read from a folder (the Worker gets them bundled as text). Every
// error names the file by its real path, since CORPUS_DIR may point anywhere.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusError, type CorpusChecks } from '../server/corpus-checks.js';
import { loadCorpus, type CorpusFiles, type LoadedCorpus } from '../server/corpus.js';
import { StartupError } from './startup-error.js';

/** The files `npm run index` writes that the server reads; all of them are required. */
export const CORPUS_FILE_NAMES = {
  items: 'items.json',
  documents: 'documents.json',
  searchIndex: 'search-index.json',
  stats: 'stats.json',
} as const satisfies Record<keyof CorpusFiles, string>;

const REBUILD = (dir: string) => `build it with npm run index${dir === 'corpus' ? '' : ` -- --out ${dir}`}`;

function isFolder(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

export function readCorpusFiles(dir: string): CorpusFiles {
  const folder = resolve(dir);
  const kind = isFolder(folder);
  if (kind === undefined) throw new StartupError(`${folder}: no such corpus folder; ${REBUILD(dir)}, or point CORPUS_DIR at a built one`);
  if (!kind) throw new StartupError(`${folder}: is a file, not a corpus folder; point CORPUS_DIR at the folder npm run index wrote`);
  const read = (name: string): string => {
    const path = join(folder, name);
    try {
      return readFileSync(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new StartupError(`${path}: missing from the corpus folder; ${REBUILD(dir)}`);
      throw new StartupError(`${path}: cannot be read (${code ?? (err as Error).message})`);
    }
  };
  return {
    items: read(CORPUS_FILE_NAMES.items),
    documents: read(CORPUS_FILE_NAMES.documents),
    searchIndex: read(CORPUS_FILE_NAMES.searchIndex),
    stats: read(CORPUS_FILE_NAMES.stats),
  };
}

/** Reads, checks and loads a corpus folder; a file the server cannot serve stops it with a StartupError naming its path. */
export function loadCorpusFromDir(dir: string, checks?: CorpusChecks): LoadedCorpus {
  const files = readCorpusFiles(dir);
  try {
    return loadCorpus(files, { checks });
  } catch (err) {
    if (err instanceof CorpusError) throw new StartupError(`${join(resolve(dir), err.file)}: ${err.problem}`);
    throw err;
  }
}
