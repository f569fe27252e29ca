// What a Worker isolate does before its first answer, measured in Node on the real corpus:
// JSON.parse of the text modules, the item check, link indexing and the engine's load.
// (workerd freezes clocks during module evaluation, so it cannot time itself.)
import { describe, expect, it } from 'vitest';
import { loadCorpus, type ItemValidation } from '../../server/corpus.js';
import { readCorpusFiles } from '../../scripts/corpus-files.js';
import { CORPUS_DIR, HAS_CORPUS } from './corpus-presence.js';

const COLD_START_BUDGET_MS = 50;

function timeLoad(validation: ItemValidation, runs: number): { first: number; median: number } {
  const files = readCorpusFiles(CORPUS_DIR);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    loadCorpus(files, { validation });
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { first: times[0], median: sorted[sorted.length >> 1] };
}

describe.skipIf(!HAS_CORPUS)('corpus load (Worker cold start work)', () => {
  it(`fits ${COLD_START_BUDGET_MS} ms with the shape check the Worker uses`, () => {
    const shape = timeLoad('shape', 7);
    const schema = timeLoad('schema', 3);
    const bytes = Object.values(readCorpusFiles(CORPUS_DIR)).reduce((n, t) => n + (t?.length ?? 0), 0);
    console.log(`loadCorpus on ${(bytes / 1024).toFixed(0)} KiB of corpus text: shape check first ${shape.first.toFixed(1)} ms, `
      + `median ${shape.median.toFixed(1)} ms; full zod schema first ${schema.first.toFixed(1)} ms, median ${schema.median.toFixed(1)} ms`);
    expect(shape.median).toBeLessThanOrEqual(COLD_START_BUDGET_MS);
  });

  it('holds items that all pass the full zod schema', () => {
    expect(() => loadCorpus(readCorpusFiles(CORPUS_DIR), { validation: 'schema' })).not.toThrow();
  });
});
