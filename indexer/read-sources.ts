// Read stage: every .txt and .pdf file in the seeds folder, extracted to text, with its
// metadata from the manifest or inferred from the text. A file that cannot be read is
// reported by name with the reason and left out; the others go on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDocument } from './extract/index.js';
import { loadManifest } from './sources/manifest.js';
import { inferMetadata } from './sources/infer-metadata.js';
import { detectKind } from './segment/registry.js';
import type { SourceDocument } from './types.js';

export interface ReadFailure {
  file: string;
  reason: string;
}

export interface ReadResult {
  documents: { doc: SourceDocument; warnings: string[] }[];
  failures: ReadFailure[];
  warnings: string[];
}

const SOURCE_FILE = /\.(txt|pdf)$/i;
/** Larger than any monitoring report; a file this size is a mistake (a video, an archive). */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;
/** Files a person keeps beside the sources that are not sources. */
const NOT_SOURCES = /^(readme|sources|license)\b/i;

export async function readSources(seedsDir: string): Promise<ReadResult> {
  const manifest = await loadManifest(seedsDir);
  const names = (await readdir(seedsDir)).filter((f) => SOURCE_FILE.test(f) && !NOT_SOURCES.test(f)).sort();
  const result: ReadResult = { documents: [], failures: [], warnings: [...manifest.warnings] };
  for (const [file] of manifest.entries) {
    if (!names.includes(file)) result.warnings.push(`manifest.json: ${file} is listed but not in ${seedsDir}`);
  }
  const ids = new Set<string>();
  for (const file of names) {
    try {
      const size = (await stat(join(seedsDir, file))).size;
      if (size > MAX_SOURCE_BYTES) {
        result.failures.push({ file, reason: `${file}: ${(size / 1048576).toFixed(0)} MB is larger than the ${MAX_SOURCE_BYTES / 1048576} MB a source document may have; split it or check it is the right file` });
        continue;
      }
      const bytes = new Uint8Array(await readFile(join(seedsDir, file)));
      const encoding = manifest.entries.get(file)?.encoding;
      const { warnings: extractWarnings, ...extracted } = await extractDocument(bytes, file, encoding ? { encoding } : {});
      const warnings: string[] = [...extractWarnings];
      let meta = manifest.entries.get(file);
      if (!meta) {
        const inferred = inferMetadata(file, extracted.text, detectKind(extracted.text).kind);
        meta = inferred.meta;
        warnings.push(`${file}: no manifest entry; metadata inferred from the text (id ${meta.id}, body ${meta.body}, ${meta.year === undefined ? 'no year' : `year ${meta.year}`}, kind ${meta.kind})`, ...inferred.warnings);
      }
      if (ids.has(meta.id)) {
        result.failures.push({ file, reason: `document id "${meta.id}" is already used by another file; give it its own id in manifest.json` });
        continue;
      }
      ids.add(meta.id);
      result.documents.push({ doc: { meta, inferred: !manifest.entries.has(file), extracted }, warnings });
    } catch (e) {
      result.failures.push({ file, reason: (e as Error).message });
    }
  }
  return result;
}
