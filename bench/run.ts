// npm run bench: every measurement of BENCHMARKS.md in one run, so medians and ratios come
// from the same machine state. Sections: seeds indexer time → engines at 1×/10×/100× →
// sharded layout at the largest scale → Worker (bundle, start-up, cold starts, steady) →
// HTTP load (autocannon) on wrangler dev, the compiled Node entry and workerd, each next to a
// plain Hono app → the search page in Chromium. Bounded to stay around 10 minutes on 2 cores.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Item } from '../core/schema.js';
import { PROJECT_ROOT } from '../test/worker/wrangler-process.js';
import { loadBaseCorpus } from './base-corpus.js';
import { benchEngines, type ScaleSettings } from './engine-bench.js';
import { flexSearchEngine } from './engines/flexsearch-engine.js';
import { miniSearchEngine } from './engines/minisearch-engine.js';
import { naiveScanEngine } from './engines/naive-scan.js';
import { oramaDefaultEngine, oramaTolerantEngine } from './engines/orama-engine.js';
import { projectEngine } from './engines/project-engine.js';
import type { BenchEngine } from './engines/types.js';
import { benchHttp } from './http-bench.js';
import { describeMachine } from './machine.js';
import { measureRetained } from './measure.js';
import { renderReport } from './report.js';
import type { BenchResults, ScaleRun } from './results.js';
import { benchShards } from './shard-bench.js';
import { replicateCorpus } from './synthetic-corpus.js';
import { measureRelevance } from './relevance/report.js';
import { loadSearchEngine } from '../core/search/index.js';
import { measureShardedWorker } from './sharded-worker-bench.js';
import { measureShardedScale } from './sharded-scale-bench.js';
import { measurePage, medianOf } from './page-bench.js';
import { measureWorker } from './worker-bench.js';

const HELP = `npm run bench [-- options]
  --scales 1,10,100   corpus scales (default 1,10,100)
  --shards 4          shards for the sharded layout at the largest scale (0: skip)
  --skip-worker       no wrangler (bundle, start-up, cold start, steady, its load test)
  --skip-load         no autocannon load tests
  --skip-page         no browser (the search page in Chromium)
  --page-only         only the search page in Chromium (no indexer, engines, Worker or load)
  --sharded-scales 1,10,100,200
                      also the sharded deployment under wrangler dev at these scales
                      (bench/sharded-scale-bench.ts; ~20 minutes for 1,10,100,200, of which the
                      local KV upload of the items ~10; off by default)
  --max-items 60000   items per shard for --sharded-scales
  --out FILE          where to write the report (default BENCHMARKS.md for a full run;
                      partial runs print it unless --out is given)`;

const { values } = parseArgs({
  options: {
    scales: { type: 'string' }, shards: { type: 'string', default: '4' }, 'skip-worker': { type: 'boolean', default: false },
    'skip-load': { type: 'boolean', default: false }, 'skip-page': { type: 'boolean', default: false },
    'page-only': { type: 'boolean', default: false }, out: { type: 'string' }, help: { type: 'boolean', default: false },
    'sharded-scales': { type: 'string' }, 'max-items': { type: 'string', default: '60000' },
  },
  strict: true,
});
if (values.help) { console.log(HELP); process.exit(0); }

const pageOnly = values['page-only'];
// The sharded deployment by scale only adds a section: a run with it is still a full run.
const partial = values.scales !== undefined || values['skip-worker'] || values['skip-load'] || values['skip-page'] || pageOnly || values.shards !== '4';
const scales = pageOnly ? [] : (values.scales ?? '1,10,100').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1);
const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);

/**
 * Orama and FlexSearch run at 1× and 10×, where the engine decision is made; at 100× building,
 * saving and loading Orama's index alone would take minutes of the bounded run.
 */
const PEERS_UP_TO_SCALE = 10;
const enginesAt = (factor: number): BenchEngine[] => [
  projectEngine, miniSearchEngine, naiveScanEngine,
  ...(factor <= PEERS_UP_TO_SCALE ? [oramaDefaultEngine, oramaTolerantEngine, flexSearchEngine] : []),
];

function settingsFor(factor: number): ScaleSettings {
  if (factor <= 1) return { buildRuns: 3, loadRuns: 5, rounds: 30 };
  if (factor <= 10) return { buildRuns: 2, loadRuns: 3, rounds: 20 };
  return { buildRuns: 1, loadRuns: 1, rounds: 4 };
}

async function timeIndexer(): Promise<{ ms?: number; error?: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-index-'));
  try {
    const { runIndexer } = await import('../indexer/pipeline.js');
    const t = performance.now();
    await runIndexer({ seedsDir: join(PROJECT_ROOT, 'seeds'), outDir });
    return { ms: performance.now() - t };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0] };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const started = performance.now();
const machine = describeMachine();
const base = await loadBaseCorpus(PROJECT_ROOT);
log(`base corpus: ${base.items.length} items from ${base.source}`);
const indexer = pageOnly ? { error: 'skipped (--page-only)' } : await timeIndexer();
log(`indexer on seeds: ${indexer.ms?.toFixed(0) ?? indexer.error} ms`);

const results: BenchResults = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  machine, baseSource: base.source, baseItems: base.items.length,
  ...(indexer.ms !== undefined ? { indexerMs: indexer.ms } : { indexerError: indexer.error }),
  scales: [], load: [], loadErrors: [], sideBySide: [], durationSeconds: 0,
};

if (base.dir && existsSync(join(base.dir, 'search-index.json'))) {
  const engine = loadSearchEngine(readFileSync(join(base.dir, 'search-index.json'), 'utf8'), base.items);
  results.relevance = measureRelevance(engine, base.items);
  const test = results.relevance.splits[1].summary;
  log(`relevance (held-out test): recall@10 ${test.recall.toFixed(3)}, MRR ${test.mrr.toFixed(3)}`);
}

const shardCount = Number(values.shards);
const largest = Math.max(...scales);
for (const factor of scales) {
  const itemsJson = JSON.stringify(replicateCorpus(base.items, factor));
  // The engines get items parsed from JSON, as a server holds them, and we learn what they cost.
  const parsed = measureRetained(() => JSON.parse(itemsJson) as Item[]);
  const items = parsed.value;
  const settings = settingsFor(factor);
  const scale: ScaleRun = {
    factor, items: items.length, vocabulary: 0, itemsJsonBytes: Buffer.byteLength(itemsJson),
    itemsJsonGzipBytes: gzipSync(itemsJson, { level: 9 }).length, itemsBytes: parsed.bytes, rounds: settings.rounds, engines: [],
  };
  const runs = benchEngines(enginesAt(factor), items, base.lexicon, settings, projectEngine);
  const snapshot = runs[0].snapshot;
  delete runs[0].snapshot;
  scale.vocabulary = snapshot ? (JSON.parse(snapshot) as { terms: string[] }).terms.length : 0;
  scale.engines = runs;
  for (const run of runs) log(`${factor}× ${run.engine}: build ${run.buildMs.toFixed(0)} ms, plain p50 ${run.latency.plain.p50.toFixed(3)} ms`);
  results.scales.push(scale);
  if (factor === largest && factor > 1 && shardCount > 0 && snapshot) {
    results.shards = await benchShards(items, base.lexicon, snapshot, shardCount, settings.rounds);
    log(`${factor}× in ${results.shards.shards} shards: coordinator p50 ${results.shards.coordinator.p50.toFixed(3)} ms`);
  }
}

const projectCorpus = join(PROJECT_ROOT, 'corpus');
let devWorker: Awaited<ReturnType<typeof measureWorker>>['worker'] | undefined;
try {
  if (!values['skip-worker'] && !pageOnly) {
    if (!existsSync(join(projectCorpus, 'items.json'))) {
      results.workerError = 'corpus/items.json does not exist (the Worker bundles corpus/); run npm run index';
    } else {
      try {
        const measured = await measureWorker(projectCorpus, { launches: 3, steadyRequests: 300, startupProfiles: 7 });
        results.worker = measured.run;
        devWorker = measured.worker;
        log(`worker: bundle ${(measured.run.bundle.gzip / 1024).toFixed(0)} KB gzip, steady p50 ${measured.run.steady.latency.p50.toFixed(2)} ms`);
      } catch (err) {
        results.workerError = (err as Error).message.split('\n')[0];
      }
    }
  }
  if (results.worker && shardCount > 0) {
    try {
      results.shardedWorker = await measureShardedWorker(projectCorpus, base.items, shardCount, 300);
      log(`sharded worker (${results.shardedWorker.shards} shards): steady p50 ${results.shardedWorker.steady.latency.p50.toFixed(2)} ms`);
    } catch (err) {
      results.shardedWorkerError = (err as Error).message.split('\n')[0];
    }
  }
  if (!values['skip-load'] && !pageOnly && base.dir) {
    const http = await benchHttp({ corpusDir: base.dir, devWorker, withWorker: !values['skip-worker'], log });
    devWorker = undefined;
    results.load = http.load;
    results.loadErrors = http.errors;
    results.sideBySide = http.sideBySide;
    results.staticBodyBytes = http.bodyBytes;
  }
} finally {
  await devWorker?.stop();
}

if (values['sharded-scales'] !== undefined && !pageOnly) {
  const factors = values['sharded-scales'].split(',').map(Number);
  const maxItems = Number(values['max-items']);
  if (factors.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(maxItems) || maxItems < 1) {
    throw new Error(`--sharded-scales takes positive integers (${values['sharded-scales']}) and --max-items a positive integer (${values['max-items']})`);
  }
  try {
    const runs = [];
    for (const factor of factors) runs.push(await measureShardedScale(projectCorpus, factor, maxItems, 100, log));
    results.shardedScales = { runs, maxItems, requests: 100 };
  } catch (err) {
    results.shardedScalesError = (err as Error).message.split('\n')[0];
  }
}

if (!values['skip-page']) {
  if (!existsSync(join(projectCorpus, 'items.json'))) {
    results.pageError = 'corpus/items.json does not exist (the page is served from corpus/); run npm run index';
  } else {
    try {
      results.page = await measurePage(projectCorpus, 5);
      log(`page: first result ${medianOf(results.page, 'firstResultMs').toFixed(0)} ms, filter click ${medianOf(results.page, 'filterClickMs').toFixed(0)} ms (medians of 5)`);
    } catch (err) {
      results.pageError = (err as Error).message.split('\n')[0];
    }
  }
}

results.durationSeconds = (performance.now() - started) / 1000;
const report = renderReport(results);
const out = values.out ?? (partial ? undefined : join(PROJECT_ROOT, 'BENCHMARKS.md'));
if (out) {
  writeFileSync(out, report);
  log(`wrote ${out}`);
} else {
  process.stdout.write(report);
}
