// seeds/manifest.json: one entry per source file. A broken entry is reported by name and
// the file is then indexed as if it had no entry (metadata inferred), so nothing is lost.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentMeta, Manifest } from '../../core/schema.js';

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
    warnings.push(`manifest.json: not valid JSON (${(e as Error).message}); metadata will be inferred`);
    return { entries, warnings };
  }
  const top = Manifest.safeParse(json);
  if (!top.success) {
    warnings.push('manifest.json: expected { "documents": [ … ] }; metadata will be inferred');
    return { entries, warnings };
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
    if (ids.has(parsed.data.id)) {
      warnings.push(`manifest.json ${label}: id "${parsed.data.id}" is used twice; this entry is ignored`);
      return;
    }
    ids.add(parsed.data.id);
    entries.set(parsed.data.file, parsed.data);
  });
  return { entries, warnings };
}
