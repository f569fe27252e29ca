// npm run index [-- --seeds DIR --out DIR --max-loss PERCENT --allow-loss]: build corpus/ from
// the seeds and print a per-document summary. Exits non-zero when nothing usable was produced,
// when the manifest cannot be read, or when a document lost more than --max-loss percent of its
// text (1 by default; with --allow-loss the loss is still printed, and the exit is 0).
import { parseArgs } from 'node:util';
import { runIndexer, NothingIndexedError } from './pipeline.js';
import { ManifestError } from './sources/manifest.js';
import { formatSummary, lossOverLimit } from './summary.js';

/** A document may lose at most this share of its text before the build is refused. */
const DEFAULT_MAX_LOSS_PERCENT = '1';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'corpus' },
    'max-loss': { type: 'string', default: DEFAULT_MAX_LOSS_PERCENT },
    'allow-loss': { type: 'boolean', default: false },
  },
  strict: true,
});

const maxLossPercent = Number(values['max-loss']);
if (!/^\d+(?:\.\d+)?$/.test(values['max-loss']!) || maxLossPercent > 100) {
  process.stderr.write(`indexer: --max-loss must be a percentage from 0 to 100, not "${values['max-loss']}"\n`);
  process.exit(2);
}
const MAX_LOST_SHARE = maxLossPercent / 100;

try {
  const run = await runIndexer({ seedsDir: values.seeds!, outDir: values.out!, codeDirs: ['indexer', 'core'] });
  process.stdout.write(formatSummary(run, values.out!));
  const over = lossOverLimit(run, MAX_LOST_SHARE);
  if (over.length > 0) {
    const list = over.map((r) => `${r.document} (${(r.loss.lostShare * 100).toFixed(2)}%)`).join(', ');
    if (values['allow-loss']) process.stderr.write(`indexer: lost more than ${MAX_LOST_SHARE * 100}% of the text of ${list}; allowed by --allow-loss\n`);
    else {
      process.stderr.write(`indexer: lost more than ${MAX_LOST_SHARE * 100}% of the text of ${list}; see the lost lines above, or pass --allow-loss\n`);
      process.exit(1);
    }
  }
} catch (e) {
  if (e instanceof NothingIndexedError || e instanceof ManifestError) {
    process.stderr.write(`indexer: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
