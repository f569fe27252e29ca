// The committed corpus as the Worker loads it: the shape check the Worker runs at start-up
// accepts it, and so does the full zod schema the indexer wrote it against. Start-up time
// itself is measured by `npm run bench` (BENCHMARKS.md), never by a timed test.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus.js';
import { SCHEMA_CHECKS } from '../../server/corpus-schema-checks.js';
import { readCorpusFiles } from '../../scripts/corpus-files.js';
import { CORPUS_DIR, HAS_CORPUS } from './corpus-presence.js';

describe.skipIf(!HAS_CORPUS)('committed corpus load', () => {
  const files = () => readCorpusFiles(CORPUS_DIR);

  it('passes the shape check the Worker uses, with every item searchable by id', () => {
    const corpus = loadCorpus(files());
    expect(corpus.items.length).toBeGreaterThan(0);
    for (const item of corpus.items) expect(corpus.engine.itemById(item.id)).toBe(item);
  });

  it('holds items that all pass the full zod schema', () => {
    expect(() => loadCorpus(files(), { checks: SCHEMA_CHECKS })).not.toThrow();
  });
});
