// Node only: puts every shard's items (shard-<n>/items.kv.json, written by write-shards.ts)
// into the Workers KV namespace bound as ITEMS, with `wrangler kv bulk put`: into Cloudflare
// (--remote, for a deployment) or into the local state wrangler dev reads (--local
// --persist-to DIR, for tests and the bench; pass the same DIR to wrangler dev).
//
//   npx tsx scripts/shards/upload-items.ts --out corpus-shards --remote
//   npx tsx scripts/shards/upload-items.ts --out corpus-shards --local --persist-to .wrangler/state
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WRANGLER = join(PROJECT_ROOT, 'node_modules/wrangler/bin/wrangler.js');

export type UploadTarget = { remote: true } | { remote: false; persistTo: string };

/** The shard folders of a written deployment, in shard order. */
export function shardDirs(outDir: string): string[] {
  const dirs = readdirSync(outDir).filter((name) => /^shard-\d+$/.test(name)).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
  if (dirs.length === 0) throw new Error(`${outDir} holds no shard-<n> folder: write the shards first (scripts/shards/write-shards-cli.ts)`);
  return dirs.map((name) => join(outDir, name));
}

function wrangler(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`wrangler ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** Uploads each shard's bulk file through that shard's own wrangler.toml (its ITEMS binding). */
export async function uploadItems(outDir: string, target: UploadTarget): Promise<void> {
  for (const dir of shardDirs(outDir)) {
    const file = join(dir, 'items.kv.json');
    if (!existsSync(file)) throw new Error(`${file} is missing: write the shards again`);
    const where = target.remote ? ['--remote'] : ['--local', '--persist-to', target.persistTo];
    await wrangler(['kv', 'bulk', 'put', file, '--binding', 'ITEMS', '-c', join(dir, 'wrangler.toml'), ...where]);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'corpus-shards' }, remote: { type: 'boolean' }, local: { type: 'boolean' }, 'persist-to': { type: 'string' } },
    strict: true,
  });
  if (values.remote === values.local || (values.local && !values['persist-to'])) {
    process.stderr.write('usage: upload-items.ts [--out DIR] (--remote | --local --persist-to DIR)\n');
    process.exit(2);
  }
  const target: UploadTarget = values.remote ? { remote: true } : { remote: false, persistTo: values['persist-to']! };
  uploadItems(values.out!, target).then(
    () => process.stdout.write(`items of ${shardDirs(values.out!).length} shards uploaded\n`),
    (err: Error) => { process.stderr.write(`${err.message}\n`); process.exit(1); },
  );
}
