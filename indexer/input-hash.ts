// A hash of everything the corpus is built from: the seeds and the code that reads them.
// `npm start` rebuilds the corpus when it no longer matches.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    const s = await stat(path);
    if (s.isDirectory()) out.push(...(await listFiles(path)));
    else if (!/\.test\.ts$|\.gold\.ts$/.test(name)) out.push(path);
  }
  return out;
}

export async function computeInputHash(seedsDir: string, codeDirs: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of [seedsDir, ...codeDirs]) {
    for (const file of await listFiles(dir)) {
      hash.update(relative(dir, file).replaceAll('\\', '/'));
      hash.update('\0');
      hash.update(await readFile(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
