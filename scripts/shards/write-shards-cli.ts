// npx tsx scripts/shards/write-shards-cli.ts --max-items N [--corpus corpus] [--out corpus-shards]
//   [--group-by document|body] [--name monitoring-search] [--items-namespace-id ID]
// then: npx tsx scripts/shards/upload-items.ts --out corpus-shards --remote
import { parseArgs } from 'node:util';
import { writeShards } from './write-shards.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'corpus' }, out: { type: 'string', default: 'corpus-shards' },
    'max-items': { type: 'string' }, 'group-by': { type: 'string', default: 'document' }, name: { type: 'string', default: 'monitoring-search' },
    'items-namespace-id': { type: 'string' },
  },
  strict: true,
});
const maxItems = Number(values['max-items']);
if (!Number.isInteger(maxItems) || maxItems < 1 || !['document', 'body'].includes(values['group-by']!)) {
  process.stderr.write('usage: write-shards-cli.ts --max-items N [--corpus DIR] [--out DIR] [--group-by document|body] [--name PREFIX] [--items-namespace-id ID]\n');
  process.exit(2);
}
const written = writeShards({
  corpusDir: values.corpus!, outDir: values.out!, maxItemsPerShard: maxItems,
  groupBy: values['group-by'] as 'document' | 'body', name: values.name!, itemsNamespaceId: values['items-namespace-id'],
});
for (const shard of written.plan.shards) {
  process.stdout.write(`shard ${shard.index}: ${shard.ordinals.length} items${shard.oversized ? ' (one group over the maximum)' : ''} — ${written.shardConfigs[shard.index]}\n`);
}
process.stdout.write(`coordinator: ${written.coordinatorConfig}\n`);
process.stdout.write(`items: ${written.itemFiles.length} KV bulk files, keys "${written.keyPrefix}/<item id>"; upload them with scripts/shards/upload-items.ts\n`);
