// The 1× corpus every scale is made from: the indexer's corpus/ when it exists; else a
// fresh indexer run into a temporary folder; else, while per-document parsers are still
// missing, the seed texts cut into paragraphs (so the bench runs at any stage of the project).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Item } from '../core/schema.js';
import type { Lexicon } from '../core/search/index.js';

export interface BaseCorpus {
  items: Item[];
  lexicon: Lexicon;
  /** Where it came from, for the report. */
  source: string;
  /** A corpus/ folder the servers can load (undefined for the paragraph fallback). */
  dir?: string;
}

function readCorpusDir(dir: string, source: string): BaseCorpus {
  const items = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')) as Item[];
  const lexiconPath = join(dir, 'lexicon.json');
  // lexicon.json holds the abbreviation table itself.
  const abbreviations = existsSync(lexiconPath) ? JSON.parse(readFileSync(lexiconPath, 'utf8')) as Lexicon['abbreviations'] : {};
  return { items, lexicon: { abbreviations }, source, dir };
}

interface SeedManifest { documents: { id: string; file: string; body: string; year: number }[] }

function seedParagraphs(seedsDir: string): BaseCorpus {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as SeedManifest;
  const items: Item[] = [];
  for (const doc of manifest.documents.filter((d) => d.file.endsWith('.txt') && existsSync(join(seedsDir, d.file)))) {
    const text = readFileSync(join(seedsDir, doc.file), 'utf8');
    let offset = 0;
    text.split(/\n\s*\n/).forEach((paragraph, k) => {
      const start = text.indexOf(paragraph, offset);
      offset = start + paragraph.length;
      const clean = paragraph.replace(/\s+/g, ' ').trim();
      if (clean.length < 40) return;
      items.push({
        id: `${doc.id}/p/${k}`, document: doc.id, type: 'paragraph', text: clean, body: doc.body, year: doc.year,
        themes: [], span: { start, end: offset },
      });
    });
  }
  return { items, lexicon: { abbreviations: {} }, source: `${seedsDir}/*.txt cut into paragraphs (indexer unavailable)` };
}

export async function loadBaseCorpus(projectRoot: string): Promise<BaseCorpus> {
  const corpusDir = process.env.BENCH_CORPUS_DIR ?? join(projectRoot, 'corpus');
  if (existsSync(join(corpusDir, 'items.json'))) return readCorpusDir(corpusDir, corpusDir);
  const outDir = join(tmpdir(), 'bench-dev-corpus');
  try {
    const { runIndexer } = await import('../indexer/pipeline.js');
    await runIndexer({ seedsDir: join(projectRoot, 'seeds'), outDir });
    return readCorpusDir(outDir, `${outDir} (indexer run on seeds/)`);
  } catch (err) {
    console.warn(`bench: indexer failed (${(err as Error).message}); using seed paragraphs`);
    return seedParagraphs(join(projectRoot, 'seeds'));
  }
}
