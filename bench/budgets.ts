// The budgets of DESIGN.md / issue 8, judged from this run's figures only.
import { medianOf, PAGE_QUERY } from './page-bench.js';
import type { BenchResults } from './results.js';
import { mb, ms } from './format.js';

export interface BudgetCheck { budget: string; measured: string; met: boolean | undefined; how: string }

const PROJECT = 'this project';
/** The peers of DESIGN.md's budget; the report compares every engine, the budget these two. */
const BUDGET_PEERS = ['MiniSearch 7', 'naive scan'];

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const worker = results.worker;
  const activeStartups = worker?.startupProfiles.map((p) => p.activeMs).sort((a, b) => a - b);
  const startup = activeStartups?.[activeStartups.length >> 1];
  const startupHow = 'median start-up CPU time of `wrangler check startup` profiles (workerd running the bundle\'s startup phase, profiler on; '
    + 'the profiler harness\'s own request and the time after the last sample not counted: bench/startup-profile.ts)';
  checks.push({
    budget: 'Worker cold start ≤ 50 ms',
    measured: startup === undefined ? 'not measured' : `${ms(startup)} ms (module scope in Node: ${ms(worker!.moduleScopeInNode.medianMs)} ms)`,
    met: startup === undefined ? undefined : startup <= 50,
    how: startupHow,
  });
  checks.push({
    budget: 'single Worker at 1×: cold start ≤ 25 ms',
    measured: startup === undefined ? 'not measured' : `${ms(startup)} ms`,
    met: startup === undefined ? undefined : startup <= 25,
    how: startupHow,
  });
  const oneX = results.scales.find((s) => s.factor === 1)?.engines.find((e) => e.engine === PROJECT);
  const worstP50 = oneX ? Math.max(...Object.values(oneX.latency).map((l) => l.p50)) : undefined;
  checks.push({
    budget: 'search ≤ 0.5 ms compute (p50)',
    measured: worstP50 === undefined ? 'not measured' : `${ms(worstP50)} ms (slowest of the three sets' p50 at 1×)`,
    met: worstP50 === undefined ? undefined : worstP50 <= 0.5,
    how: 'engine.search in Node, top 10 with facets and highlights',
  });
  const direct = worker?.direct?.steady.latency.p50;
  const throughDev = worker ? ` (through wrangler dev's proxy: ${ms(worker.steady.latency.p50)} ms)` : '';
  checks.push({
    budget: 'search ≤ 3 ms end to end (p50, loopback)',
    measured: direct === undefined ? `not measured${worker?.directError ? ` (${worker.directError})` : ''}${throughDev}` : `${ms(direct)} ms${throughDev}`,
    met: direct === undefined ? undefined : direct <= 3,
    how: `sequential GET /api/search, every bench query, ${worker?.steadyRequests ?? 0} requests, to workerd serving the deploy bundle on loopback (wrangler dev adds its own proxy Worker in front)`,
  });
  checks.push({
    budget: 'Worker bundle ≤ 0.5 MB gzip',
    measured: worker ? `${mb(worker.bundle.gzip)} gzip (${mb(worker.bundle.raw)} raw)` : 'not measured',
    met: worker ? worker.bundle.gzip <= 512 * 1024 : undefined,
    how: '`wrangler deploy --dry-run --outdir`, every file gzip -9',
  });
  checks.push({
    budget: 'index build for the seeds ≤ 5 s',
    measured: results.indexerMs === undefined ? `not measured${results.indexerError ? ` (${results.indexerError})` : ''}` : `${ms(results.indexerMs)} ms`,
    met: results.indexerMs === undefined ? undefined : results.indexerMs <= 5000,
    how: 'runIndexer on seeds/ into a temporary folder (read, extract, segment, index, write)',
  });
  const page = results.page;
  const notMeasured = `not measured${results.pageError ? ` (${results.pageError})` : ''}`;
  checks.push({
    budget: `page: first result visible ≤ 300 ms after navigation to ${PAGE_QUERY}`,
    measured: page ? `${ms(medianOf(page, 'firstResultMs'))} ms (median of ${page.visits.length}; a bare document's first paint in a fresh context: ${ms(medianOf(page, 'floorPaintMs'))} ms)` : notMeasured,
    met: page ? medianOf(page, 'firstResultMs') <= 300 : undefined,
    how: 'Chromium, fresh browser context each time, Node server on loopback; Element Timing render time of the first hit\'s title after navigation start',
  });
  checks.push({
    budget: 'page: filter click → updated results ≤ 100 ms',
    measured: page ? `${ms(medianOf(page, 'filterClickMs'))} ms (median of ${page.visits.length})` : notMeasured,
    met: page ? medianOf(page, 'filterClickMs') <= 100 : undefined,
    how: 'same contexts, 1 s after the page loaded: the first type filter clicked; from the click event to the frame after the script drew the filtered results',
  });
  const tenX = results.scales.find((s) => s.factor === 10);
  if (tenX) {
    const ours = tenX.engines.find((e) => e.engine === PROJECT)!;
    const peers = tenX.engines.filter((e) => BUDGET_PEERS.includes(e.engine));
    const losses = peers.flatMap((peer) => Object.entries(ours.latency).flatMap(([set, l]) => {
      const other = peer.latency[set as keyof typeof ours.latency];
      return [l.p50 < other.p50 ? [] : [`${set} p50 vs ${peer.engine}`], l.p99 < other.p99 ? [] : [`${set} p99 vs ${peer.engine}`]].flat();
    }));
    checks.push({
      budget: '10×: faster than MiniSearch and the naive scan, p50 and p99, every set',
      measured: losses.length === 0 ? 'faster on all 12 comparisons' : `slower or equal on: ${losses.join(', ')}`,
      met: losses.length === 0,
      how: 'same process, same queries, same run',
    });
  }
  return checks;
}
