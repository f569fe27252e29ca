// Index a set of fixture files as a new user would: copied into a folder of their own with no
// manifest, so that kinds are detected and metadata is read from the title blocks, through
// the whole pipeline (cross-document links included).
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DocumentSummary } from '../../core/schema.js';
import { runIndexer, type IndexerRun } from '../../indexer/pipeline.js';
import { checkGold } from './un-gold-check.js';
import type { GoldDocument } from './un-gold.js';

export interface FixtureRun extends IndexerRun {
  documents: DocumentSummary[];
  outDir: string;
  /** The differences between a gold table and what the run made of its document. */
  check(gold: GoldDocument): string[];
  /** The document's share of lost text. */
  lostShare(gold: GoldDocument): number;
}

export async function indexFixtures(files: readonly string[]): Promise<FixtureRun> {
  const seedsDir = mkdtempSync(join(tmpdir(), 'un-fixtures-'));
  const outDir = mkdtempSync(join(tmpdir(), 'un-corpus-'));
  for (const file of files) copyFileSync(file, join(seedsDir, basename(file)));
  const run = await runIndexer({ seedsDir, outDir });
  const documents = (JSON.parse(readFileSync(join(outDir, 'documents.json'), 'utf8')) as { documents: DocumentSummary[] }).documents;
  const reportOf = (gold: GoldDocument) => run.reports.find((r) => r.file === basename(gold.file));
  return {
    ...run,
    documents,
    outDir,
    check: (gold) => {
      const report = reportOf(gold);
      return checkGold(gold, documents.find((d) => d.id === report?.document), report, run.items);
    },
    lostShare: (gold) => reportOf(gold)?.loss.lostShare ?? 1,
  };
}
