// The "Sharded deployment by scale" section of a bench report (npm run bench:shards, or
// npm run bench -- --sharded-scales …).
import { ALL_SEARCH_PATHS, REQUEST_TIMEOUT_MS } from './http-requests.js';
import type { Machine } from './machine.js';
import type { ShardedScaleRun } from './sharded-scale-bench.js';

export interface ShardedScaleSettings { command: string; maxItems: number; requests: number; machine: Machine; when: string }

export function renderShardedScales(runs: readonly ShardedScaleRun[], { command, maxItems, requests, machine, when }: ShardedScaleSettings): string {
  const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  const p = (run: ShardedScaleRun['search']) => `${ms(run.latency.p50)} / ${ms(run.latency.p99)}${run.failures ? ` (${run.failures} failed)` : ''}`;
  const requestRuns = (r: ShardedScaleRun) => ({
    'search, cold': r.searchCold, search: r.search, item: r.item, refs: r.refs, stats: r.stats,
    'workerd alone: search, cold': r.direct.searchCold, 'workerd alone: search': r.direct.search, 'workerd alone: item': r.direct.item, 'workerd alone: refs': r.direct.refs, 'workerd alone: stats': r.direct.stats,
  });
  const errors = runs.flatMap((r) => Object.entries(requestRuns(r)).flatMap(([name, run]) => run.errors.map((e) => `- ${r.factor}×, ${name}: ${e}`)));
  const failed = runs.flatMap((r) => Object.entries(requestRuns(r)).filter(([, run]) => run.failures > 0).map(([name, run]) => `${r.factor}× ${name}: ${run.failures}`));
  const workerd = (w: ShardedScaleRun['shardWorkerd']) => `${ms(w.startupMs)} ms (${w.bundleMs.toFixed(0)} − ${w.controlMs.toFixed(0)})`;
  const table = (header: string[], rows: string[][]) => [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return `## Sharded deployment by scale (wrangler dev, coordinator + shard Workers)

${when}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load ${machine.load}; at most ${maxItems} items per shard;
\`${command}\`. Latencies end to end
through the coordinator (ms, p50 / p99, ${requests} sequential requests each; stats ${Math.ceil(requests / 2)}). The shards bundle
their search snapshot only: every item is read from Workers KV (wrangler dev's local KV, put there by
\`wrangler kv bulk put --local\`) through the Cache API, then held by the isolate. "search, cold" asks
each search path once (${ALL_SEARCH_PATHS.length} of them), first thing after launch: every item of its page comes from KV.
"search" then repeats the same paths: their items are held by the shards, as a popular query's are.

${table(['scale', 'items', 'shards', 'search, cold', 'search', 'item', 'refs', 'stats + documents', 'launch → ready', 'first answer'],
    runs.map((r) => [`${r.factor}×`, String(r.items), String(r.shards), p(r.searchCold), p(r.search), p(r.item), p(r.refs), p(r.stats), `${(r.toReadyMs / 1000).toFixed(1)} s`, `${ms(r.firstAnswerMs)} ms`]))}

The same Workers served by workerd alone, without wrangler dev's proxy in front (bench/workerd-sharded.ts):
every Worker the bundle \`wrangler deploy --dry-run\` writes, in one workerd process, joined by service
bindings; the shards' KV binding is workerd's own, answered by a loopback server holding the same items;
the Cache API always misses. The same requests, in the same order:

${table(['scale', 'shards', 'search, cold', 'search', 'item', 'refs', 'stats + documents'],
    runs.map((r) => [`${r.factor}×`, String(r.shards), p(r.direct.searchCold), p(r.direct.search), p(r.direct.item), p(r.direct.refs), p(r.direct.stats)]))}

${failed.length === 0 ? 'Every request was answered 200.' : `Requests that failed (not 200, or no answer): ${failed.join('; ')}.`}
${errors.length === 0 ? '' : `A request that got no answer ended its pass (within ${REQUEST_TIMEOUT_MS / 1000} s; wrangler dev's last output lines are in the bench's log):\n\n${errors.join('\n')}\n`}
Per isolate (the largest shard, and the coordinator), against the limits (README, "Beyond one Worker: shards").
Start-up CPU: median of 3 \`wrangler check startup\` profiles (bench/startup-profile.ts); a long native call
(such as a JSON.parse) yields no sample and is under-counted, so DevTools' sum of the same profiles, which
also counts the wait for the profiler's stop, is given as an upper bound. Start-up in workerd counts
everything: workerd spawned until the bundle answered its first request (the shard, without its KV
binding, a 500; the coordinator a 404 page), less the same for a control Worker importing the same data
and text modules and doing nothing with them (bench/workerd-startup.ts; medians of ${runs[0]?.shardWorkerd.runs ?? 0} alternating runs, polled
every 10 ms; bundle − control).

${table(['scale', 'shard upload raw / gzip (MiB)', 'coordinator upload raw / gzip (MiB)', 'shard start-up CPU (DevTools sum)', 'shard start-up in workerd', 'coordinator start-up CPU', 'coordinator start-up in workerd', 'shard heap, warm (MiB of 128)', 'items in KV (MiB), local upload'],
    runs.map((r) => [`${r.factor}×`, `${mib(r.shardUpload.raw)} / ${mib(r.shardUpload.gzip)}`, `${mib(r.coordinatorUpload.raw)} / ${mib(r.coordinatorUpload.gzip)}`,
      `${ms(r.shardStartupMs)} ms (${ms(r.shardStartupUpperMs)} ms)`, workerd(r.shardWorkerd), `${ms(r.coordinatorStartupMs)} ms`, workerd(r.coordinatorWorkerd), mib(r.shardHeapBytes),
      `${mib(r.kvItemBytes)}, ${(r.kvUploadMs / 1000).toFixed(1)} s`]))}
`;
}
