// npm run bench:shards [-- --scales 1,10,100,200 --max-items 10000 --requests 200 --out FILE]:
// the sharded deployment under wrangler dev at each scale (sharded-scale-bench.ts), one row per
// scale, next to the Cloudflare limits that decide the number of shards (README, "Beyond one Worker: shards").
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../test/worker/wrangler-process.js';
import { describeMachine } from './machine.js';
import { measureShardedScale, type ShardedScaleRun } from './sharded-scale-bench.js';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100,200' }, 'max-items': { type: 'string', default: '10000' },
    requests: { type: 'string', default: '200' }, out: { type: 'string' },
  },
  strict: true,
});
const positive = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not ${JSON.stringify(text)}`);
  return n;
};
const scales = values.scales.split(',').map((s) => positive('scales', s.trim()));
const maxItems = positive('max-items', values['max-items']);
const requests = positive('requests', values.requests);
const corpusDir = join(PROJECT_ROOT, 'corpus');
if (!existsSync(join(corpusDir, 'items.json'))) throw new Error('corpus/items.json does not exist: run npm run index');

const started = performance.now();
const log = (message: string) => process.stderr.write(`[bench:shards ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);
const machine = describeMachine();
const runs: ShardedScaleRun[] = [];
for (const factor of scales) runs.push(await measureShardedScale(corpusDir, factor, maxItems, requests, log));

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const p = (run: ShardedScaleRun['search']) => `${ms(run.latency.p50)} / ${ms(run.latency.p99)}${run.failures ? ` (${run.failures} not 200)` : ''}`;
const table = (header: string[], rows: string[][]) => [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const report = `## Sharded deployment by scale (wrangler dev, coordinator + shard Workers)

${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load ${machine.load}; at most ${maxItems} items per shard;
\`npm run bench:shards -- --scales ${scales.join(',')} --max-items ${maxItems} --requests ${requests}\`. Latencies end to end
through the coordinator (ms, p50 / p99, ${requests} sequential requests each; stats ${Math.ceil(requests / 2)}).

${table(['scale', 'items', 'shards', 'search', 'item', 'refs', 'stats + documents', 'launch → ready', 'first answer'],
    runs.map((r) => [`${r.factor}×`, String(r.items), String(r.shards), p(r.search), p(r.item), p(r.refs), p(r.stats), `${(r.toReadyMs / 1000).toFixed(1)} s`, `${ms(r.firstAnswerMs)} ms`]))}

Per isolate (the largest shard, and the coordinator), against the limits (README, "Beyond one Worker: shards").
Start-up CPU: median of 3 \`wrangler check startup\` profiles (bench/startup-profile.ts); a long native call
that ends the start-up (a shard's JSON.parse of its items) yields no sample and is under-counted, so
DevTools' sum of the same profiles, which also counts the wait for the profiler's stop, is given as the upper bound.

${table(['scale', 'shard upload raw / gzip (MiB)', 'coordinator upload raw / gzip (MiB)', 'shard start-up CPU (DevTools sum)', 'coordinator start-up CPU', 'shard heap (MiB of 128)'],
    runs.map((r) => [`${r.factor}×`, `${mib(r.shardUpload.raw)} / ${mib(r.shardUpload.gzip)}`, `${mib(r.coordinatorUpload.raw)} / ${mib(r.coordinatorUpload.gzip)}`,
      `${ms(r.shardStartupMs)} ms (${ms(r.shardStartupUpperMs)} ms)`, `${ms(r.coordinatorStartupMs)} ms`, mib(r.shardHeapBytes)]))}
`;
if (values.out) writeFileSync(values.out, report);
process.stdout.write(report);
