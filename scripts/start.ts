// npm start: rebuild corpus/ when it is missing or stale (its report.json inputHash no longer
// matches seeds/ + the indexer and core code), then serve it with the Node entry.
// CORPUS_DIR points at a prepared corpus (e.g. a synthetic one): it is served as is and only
// built from the seeds when it has no items.json at all.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeInputHash } from '../indexer/input-hash.js';

const SEEDS_DIR = 'seeds';
/** The same folders the indexer CLI hashes into report.json. */
const CODE_DIRS = ['indexer', 'core'];

const corpusDir = process.env.CORPUS_DIR ?? 'corpus';

function recordedInputHash(dir: string): string | undefined {
  try {
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { inputHash?: unknown };
    return typeof report.inputHash === 'string' ? report.inputHash : undefined;
  } catch {
    return undefined;
  }
}

async function whyRebuild(): Promise<string | undefined> {
  if (!existsSync(join(corpusDir, 'items.json'))) return `${corpusDir}/ has no items.json`;
  if (process.env.CORPUS_DIR !== undefined) return undefined;
  const recorded = recordedInputHash(corpusDir);
  if (recorded === undefined) return `${corpusDir}/report.json is missing or has no inputHash`;
  const current = await computeInputHash(SEEDS_DIR, CODE_DIRS);
  return recorded === current ? undefined : `seeds or indexer code changed (${recorded} → ${current})`;
}

const reason = await whyRebuild();
if (reason !== undefined) {
  console.log(`Building ${corpusDir}/ from ${SEEDS_DIR}/: ${reason}`);
  // Imported only when needed: the indexer pulls in pdf-parse and natural, slow to load.
  const { runIndexer } = await import('../indexer/pipeline.js');
  const { formatSummary } = await import('../indexer/summary.js');
  const run = await runIndexer({ seedsDir: SEEDS_DIR, outDir: corpusDir, codeDirs: CODE_DIRS });
  process.stdout.write(formatSummary(run, corpusDir));
} else {
  console.log(`${corpusDir}/ is up to date`);
}
const { startNodeServer } = await import('../server/node.js');
startNodeServer(corpusDir);
