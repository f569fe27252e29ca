// seeds/manifest.json: one entry per source file. A broken entry is reported by name and
// the file is then indexed as if it had no entry (metadata inferred), so nothing is lost.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentMeta, Manifest } from '../../core/schema.js';
import { isEncodingLabel } from '../extract/legacy-encoding.js';

/** The manifest exists but cannot be read: the build stops rather than invent metadata. */
export class ManifestError extends Error {}

/** "line 4, column 7: Unexpected token …" from JSON.parse's message and the text. */
export function jsonErrorPlace(raw: string, error: Error): string {
  const explicit = /line (\d+) column (\d+)/.exec(error.message);
  const position = /position (\d+)/.exec(error.message);
  const detail = error.message.replace(/\s*(?:in JSON )?at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
  if (explicit) return `line ${explicit[1]}, column ${explicit[2]}: ${detail}`;
  if (!position) return detail;
  const before = raw.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${detail}`;
}

export interface ManifestLoad {
  entries: Map<string, DocumentMeta>;
  warnings: string[];
}

export async function loadManifest(seedsDir: string): Promise<ManifestLoad> {
  const path = join(seedsDir, 'manifest.json');
  const entries = new Map<string, DocumentMeta>();
  const warnings: string[] = [];
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    warnings.push(`manifest.json: not found in ${seedsDir}; metadata of every document will be inferred from its text`);
    return { entries, warnings };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    // Inferring every document instead would change every id and permalink: stop instead.
    throw new ManifestError(`${path} is not valid JSON: ${jsonErrorPlace(raw, e as Error)}; fix it and run again (nothing was written)`);
  }
  const top = Manifest.safeParse(json);
  if (!top.success) {
    throw new ManifestError(`${path} must be { "documents": [ … ] }; fix it and run again (nothing was written)`);
  }
  const ids = new Set<string>();
  top.data.documents.forEach((entry, i) => {
    const parsed = DocumentMeta.safeParse(entry);
    const label = typeof (entry as { file?: unknown })?.file === 'string' ? (entry as { file: string }).file : `entry ${i + 1}`;
    if (!parsed.success) {
      const problems = parsed.error.issues.map((iss) => `${iss.path.join('.') || 'entry'}: ${iss.message}`).join('; ');
      warnings.push(`manifest.json ${label}: ${problems}; metadata of this file will be inferred`);
      return;
    }
    if (parsed.data.encoding !== undefined && !isEncodingLabel(parsed.data.encoding)) {
      warnings.push(`manifest.json ${label}: encoding "${parsed.data.encoding}" is not a character encoding (e.g. "windows-1252", "iso-8859-2"); metadata of this file will be inferred`);
      return;
    }
    if (ids.has(parsed.data.id)) {
      warnings.push(`manifest.json ${label}: id "${parsed.data.id}" is used twice; this entry is ignored`);
      return;
    }
    ids.add(parsed.data.id);
    entries.set(parsed.data.file, parsed.data);
  });
  return { entries, warnings };
}
