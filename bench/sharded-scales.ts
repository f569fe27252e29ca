// npm run bench:shards [-- --scales 1,10,100,200 --max-items 60000 --requests 200 --out FILE]:
// the sharded deployment under wrangler dev at each scale (sharded-scale-bench.ts), one row per
// scale, next to the Cloudflare limits that decide the number of shards (README, "Beyond one Worker: shards").
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../test/worker/wrangler-process.js';
import { describeMachine } from './machine.js';
import { measureShardedScale, type ShardedScaleRun } from './sharded-scale-bench.js';
import { renderShardedScales } from './sharded-scales-report.js';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100,200' }, 'max-items': { type: 'string', default: '60000' },
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

const report = renderShardedScales(runs, {
  command: `npm run bench:shards -- --scales ${scales.join(',')} --max-items ${maxItems} --requests ${requests}`, maxItems, requests, machine,
  when: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
});
if (values.out) writeFileSync(values.out, report);
process.stdout.write(report);
