// What write-shards.ts computes over the whole corpus for the coordinator (coordinator.json).
import type { DocumentSummary } from '../../core/schema.js';
import type { CorpusCounts } from '../routes/corpus-counts.js';

export interface CoordinatorCorpus {
  documents: DocumentSummary[];
  counts: CorpusCounts;
  stats: unknown;
  /** Document id → index of the shard holding its items. */
  shardOfDocument: Record<string, number>;
}
