// The corpus input hash: the committed corpus matches the current seeds and indexer (so a fresh
// clone's npm start does not rebuild it), and the hash depends on what the build reads and on
// nothing else a checkout may hold (untracked or ignored files, the checkout's path).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeInputHash } from '../../indexer/input-hash.js';

describe('the committed corpus', () => {
  it('was built from the current seeds, indexer code and packages (else: npm run index, and commit corpus/)', async () => {
    const report = JSON.parse(readFileSync('corpus/report.json', 'utf8')) as { inputHash: string };
    expect(report.inputHash, 'corpus/ is stale').toBe(await computeInputHash('seeds', ['indexer', 'core']));
  });
});

describe('computeInputHash', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'input-hash-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const TREE: Record<string, string> = {
    'seeds/manifest.json': '[]\n',
    'seeds/report-2023.txt': 'Recommendation 1.\n',
    'indexer/pipeline.ts': "import { stage } from './stage.js';\nimport { util } from '../core/util.js';\n"
      + "export const worker = new URL('./worker.mjs', import.meta.url);\nexport const run = () => stage + util;\n",
    'indexer/stage.ts': 'export const stage = 1;\n',
    'indexer/worker.mjs': "import { helper } from './worker-helper.mjs';\nexport default helper;\n",
    'indexer/worker-helper.mjs': 'export const helper = 2;\n',
    'core/util.ts': "import { z } from 'zod';\nexport const util = z.string().parse('3');\n",
  };
  let trees = 0;

  /** A copy of TREE in a fresh folder, changed by `edits` (null deletes a file). */
  function tree(edits: Record<string, string | null> = {}): string {
    const root = join(scratch, `tree-${trees++}`);
    for (const [path, text] of Object.entries({ ...TREE, ...edits })) {
      if (text === null) continue;
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  const hashOf = (root: string) => computeInputHash(join(root, 'seeds'), [join(root, 'indexer'), join(root, 'core')], join(root, 'indexer/pipeline.ts'));
  let base: string;

  it('is the same for the same files anywhere on disk', async () => {
    base = await hashOf(tree());
    const moved = join(scratch, 'elsewhere', 'deeper');
    mkdirSync(moved, { recursive: true });
    cpSync(tree(), moved, { recursive: true });
    expect(await hashOf(moved)).toBe(base);
  });

  it.each<[string, Record<string, string>]>([
    ['a module nothing imports (scratch code)', { 'indexer/scratch.ts': 'export const x = 1;\n' }],
    ['a test beside the code', { 'indexer/stage.test.ts': "import { stage } from './stage.js';\n" }],
    ['ignored files (logs, editor backups, OS files)', { 'indexer/debug.log': 'x', 'core/.DS_Store': 'x', 'indexer/stage.ts~': 'y' }],
    ['notes kept beside the seeds', { 'seeds/notes.md': 'x', 'seeds/README.txt': 'x', 'seeds/SOURCES.md': 'x', 'seeds/report-2023.txt.orig': 'x' }],
  ])('does not change with %s', async (_what, extra) => {
    expect(await hashOf(tree(extra))).toBe(base);
  });

  it.each<[string, Record<string, string | null>]>([
    ['an imported module', { 'indexer/stage.ts': 'export const stage = 2;\n' }],
    ['a core module the indexer imports', { 'core/util.ts': "import { z } from 'zod';\nexport const util = 4;\n" }],
    ['a worker script loaded by URL, and what it imports', { 'indexer/worker-helper.mjs': 'export const helper = 3;\n' }],
    ['a seed', { 'seeds/report-2023.txt': 'Recommendation 2.\n' }],
    ['a new seed', { 'seeds/report-2024.PDF': '%PDF-1.4' }],
    ['a removed seed', { 'seeds/report-2023.txt': null }],
    ['the manifest', { 'seeds/manifest.json': '[{}]\n' }],
    ['the line endings of a seed', { 'seeds/report-2023.txt': 'Recommendation 1.\r\n' }],
  ])('changes with %s', async (_what, edits) => {
    expect(await hashOf(tree(edits))).not.toBe(base);
  });
});
