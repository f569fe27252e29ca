// npm run index [-- --seeds DIR --out DIR]: build corpus/ from the seeds and print a
// per-document summary. Exits non-zero only when nothing usable was produced.
import { parseArgs } from 'node:util';
import { runIndexer, NothingIndexedError } from './pipeline.js';
import { formatSummary } from './summary.js';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'corpus' } },
  strict: true,
});

try {
  const run = await runIndexer({ seedsDir: values.seeds!, outDir: values.out!, codeDirs: ['indexer', 'core'] });
  process.stdout.write(formatSummary(run, values.out!));
} catch (e) {
  if (e instanceof NothingIndexedError) {
    process.stderr.write(`indexer: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
