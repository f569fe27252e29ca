// A hash of everything the corpus is built from: the source files the indexer reads from the
// seeds folder, the modules of the indexer that run (from pipeline.ts on, as esbuild resolves
// its imports), and the versions of the packages those modules import. `npm start` rebuilds the
// corpus when it no longer matches, and a test fails when the committed corpus is stale.
//
// Only what the build reads goes in, so that the hash is the same in any checkout of the same
// commit: a file that is untracked or ignored (notes, logs, editor backups, a test or a test
// helper beside the code) changes nothing. Paths are hashed relative to their folder, in a
// fixed order, with "/" separators; line endings are fixed by .gitattributes (LF everywhere).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const THIS_MODULE = fileURLToPath(import.meta.url);

/** Where the indexer starts: every module it runs is imported from here. */
export const INDEXER_ENTRY = fileURLToPath(new URL('./pipeline.ts', import.meta.url));

/** The seeds the reader takes (read-sources.ts): .txt and .pdf files except notes kept beside them, and the manifest. */
const SOURCE_FILE = /\.(txt|pdf)$/i;
const NOT_SOURCES = /^(readme|sources|license)\b/i;
const MANIFEST = 'manifest.json';

async function seedFiles(seedsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(seedsDir);
  } catch {
    return [];
  }
  return names.filter((name) => name === MANIFEST || (SOURCE_FILE.test(name) && !NOT_SOURCES.test(name))).sort().map((name) => join(seedsDir, name));
}

/** Files a module loads by URL at run time (a worker thread's script), which no import names. */
const URL_ASSET = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Every local module reachable from `entries` (absolute paths), and the packages they import.
 * esbuild resolves the imports as the runtime would and lists its inputs; it writes nothing.
 */
async function moduleGraph(entries: string[]): Promise<{ modules: string[]; packages: string[] }> {
  const root = resolve('/');
  const modules = new Set<string>();
  const packages = new Set<string>();
  for (let pending = entries; pending.length > 0;) {
    const result = await build({
      absWorkingDir: root, entryPoints: pending, outdir: join(root, 'input-hash-out'), bundle: true, write: false, metafile: true,
      platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent',
    });
    const found: string[] = [];
    for (const [path, { imports }] of Object.entries(result.metafile.inputs)) {
      const input = resolve(root, path);
      if (modules.has(input)) continue;
      modules.add(input);
      for (const match of (await readFile(input, 'utf8')).matchAll(URL_ASSET)) found.push(resolve(dirname(input), match[2]));
      // This module's own tool (esbuild) does not shape the corpus.
      if (input === THIS_MODULE) continue;
      for (const { path: specifier, external } of imports) if (external && !isBuiltin(specifier)) packages.add(packageName(specifier));
    }
    pending = found.filter((path) => !modules.has(path));
  }
  return { modules: [...modules], packages: [...packages].sort() };
}

/** "natural/lib/natural/stemmers/porter_stemmer.js" → "natural", "@scope/pkg/x" → "@scope/pkg". */
const packageName = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

async function packageVersion(name: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(join('node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return manifest.version ?? 'unversioned';
  } catch {
    return 'not installed';
  }
}

const posix = (path: string) => path.split(sep).join('/');

/**
 * The hash report.json records: the seeds in `seedsDir`, the indexer's modules that lie in
 * `codeDirs` (each hashed by its path inside its folder), and the versions of the packages
 * they import. With no code folders, the seeds alone.
 */
export async function computeInputHash(seedsDir: string, codeDirs: string[], entry = INDEXER_ENTRY): Promise<string> {
  const hash = createHash('sha256');
  const add = (name: string, content: string | Buffer) => hash.update(name).update('\0').update(content).update('\0');
  for (const file of await seedFiles(seedsDir)) add(relative(seedsDir, file), await readFile(file));
  if (codeDirs.length === 0) return hash.digest('hex').slice(0, 16);

  const { modules, packages } = await moduleGraph([resolve(entry)]);
  for (const dir of codeDirs.map((d) => resolve(d))) {
    const inside = modules.filter((path) => path.startsWith(dir + sep)).map((path) => posix(relative(dir, path))).sort();
    for (const path of inside) add(path, await readFile(join(dir, path)));
  }
  for (const name of packages) add(`package ${name}`, await packageVersion(name));
  return hash.digest('hex').slice(0, 16);
}
