// The runtime tests need the real corpus; until the indexer has written it they skip, saying so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './wrangler-process.js';

export const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');
export const HAS_CORPUS = existsSync(join(CORPUS_DIR, 'items.json'));

if (!HAS_CORPUS) {
  console.warn(`SKIPPED Worker runtime tests: ${CORPUS_DIR}/items.json does not exist yet (run npm run index).`);
}
