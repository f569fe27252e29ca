// The shipped seeds indexed together with UN review documents and a further GRETA reply, as a
// user adding them to the seeds folder would: the corpus for search across bodies (engine,
// API, exports and page tests). The committed corpus holds no UN document.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Item } from '../../core/schema.js';
import { runIndexer, type IndexerRun } from '../../indexer/pipeline.js';
import type { LoadedCorpus } from '../../server/corpus.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';

export const CROSS_BODY_FILES = [
  'indexer/segment/un-upr-report/fixtures/upr-wg-report-examplia-2018.txt',
  'indexer/segment/un-upr-report/fixtures/upr-wg-report-ruritania-2016.txt',
  'indexer/segment/un-positions/fixtures/upr-addendum-examplia-2018.txt',
  'indexer/segment/un-observations/fixtures/crc-concluding-observations-examplia-2018.txt',
  'test/fixtures/search/greta-reply-helpline-2024.txt',
];

export interface CrossBodyCorpus {
  /** The corpus folder the indexer wrote (loadCorpusFromDir reads it). */
  outDir: string;
  run: IndexerRun;
  items: Item[];
}

/** Indexes the seeds and CROSS_BODY_FILES into a fresh folder (some seconds: give the hook a minute). */
export async function buildCrossBodyCorpus(): Promise<CrossBodyCorpus> {
  const seeds = mkdtempSync(join(tmpdir(), 'cross-body-'));
  for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(seeds, f));
  for (const f of CROSS_BODY_FILES) copyFileSync(f, join(seeds, basename(f)));
  const outDir = mkdtempSync(join(tmpdir(), 'cross-body-corpus-'));
  const run = await runIndexer({ seedsDir: seeds, outDir });
  const items = JSON.parse(readFileSync(join(outDir, 'items.json'), 'utf8')) as Item[];
  return { outDir, run, items };
}

/** The corpus as the server loads it; fails when the indexer could not read a file. */
export async function loadCrossBodyCorpus(): Promise<LoadedCorpus> {
  const { outDir, run } = await buildCrossBodyCorpus();
  if (run.failures.length > 0) throw new Error(`indexing failed: ${JSON.stringify(run.failures)}`);
  return loadCorpusFromDir(outDir);
}
