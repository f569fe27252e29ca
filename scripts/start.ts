// npm start, first half: prepares what the server needs and exits; package.json then runs the
// compiled server with plain node (dist/node/server.js).
// - corpus/ is rebuilt from seeds/ when it is missing or stale: its report.json inputHash no
//   longer matches the seeds and the indexer's code (indexer/input-hash.ts). The committed
//   corpus is current (a test checks it), so a fresh clone serves it as is.
// - CORPUS_DIR names a prepared corpus (a synthetic one, another build): it is served exactly
//   as it is, never built or written; the server stops, naming it, when it is missing or
//   incomplete.
// - The Node entry is compiled (scripts/build-node.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeInputHash } from '../indexer/input-hash.js';
import { buildNodeEntry } from './build-node.js';

const SEEDS_DIR = 'seeds';
const CORPUS_DIR = 'corpus';
/** The same folders the indexer CLI hashes into report.json. */
const CODE_DIRS = ['indexer', 'core'];

function recordedInputHash(dir: string): string | undefined {
  try {
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { inputHash?: unknown };
    return typeof report.inputHash === 'string' ? report.inputHash : undefined;
  } catch {
    return undefined;
  }
}

async function whyRebuild(): Promise<string | undefined> {
  if (!existsSync(join(CORPUS_DIR, 'items.json'))) return `${CORPUS_DIR}/ has no items.json`;
  const recorded = recordedInputHash(CORPUS_DIR);
  if (recorded === undefined) return `${CORPUS_DIR}/report.json is missing or has no inputHash`;
  const current = await computeInputHash(SEEDS_DIR, CODE_DIRS);
  return recorded === current ? undefined : `seeds or indexer code changed (${recorded} → ${current})`;
}

if (process.env.CORPUS_DIR !== undefined) {
  console.log(`CORPUS_DIR=${process.env.CORPUS_DIR}: serving that corpus as it is (never rebuilt)`);
} else {
  const reason = await whyRebuild();
  if (reason !== undefined) {
    console.log(`Building ${CORPUS_DIR}/ from ${SEEDS_DIR}/: ${reason}`);
    // Imported only when needed: the indexer pulls in pdf-parse and natural, slow to load.
    const { runIndexer } = await import('../indexer/pipeline.js');
    const { formatSummary } = await import('../indexer/summary.js');
    const run = await runIndexer({ seedsDir: SEEDS_DIR, outDir: CORPUS_DIR, codeDirs: CODE_DIRS });
    process.stdout.write(formatSummary(run, CORPUS_DIR));
  } else {
    console.log(`${CORPUS_DIR}/ is up to date`);
  }
}
await buildNodeEntry();
