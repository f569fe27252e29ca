// Node-only tool: compiles the Node entry (node-server/main.ts and the TypeScript it imports) into
// one JavaScript module, which `npm start` runs with plain node: no TypeScript compiler in the
// serving process. Packages stay imports resolved from node_modules; the output (dist/) is not
// committed.
//   npx tsx scripts/build-node.ts
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const NODE_ENTRY = 'node-server/main.ts';
/** Where `npm start` runs the server from (package.json). */
export const NODE_BUNDLE = 'dist/node/server.js';

/** Compiles the Node entry to `outfile` (relative to the repository root); returns its absolute path. */
export async function buildNodeEntry(outfile = NODE_BUNDLE): Promise<string> {
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [NODE_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Stack traces of a bug point into the TypeScript under node --enable-source-maps.
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return join(REPO_ROOT, outfile);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Compiled ${NODE_ENTRY} to ${await buildNodeEntry()}`);
}
