// Metadata for a file the manifest does not describe, read from its own text:
// the title from its first lines, the body from names it mentions, the year from its dates.
import type { DocumentMeta } from '../../core/schema.js';

const KNOWN_BODIES: { pattern: RegExp; body: string }[] = [
  { pattern: /Lanzarote Committee|Lanzarote Convention/i, body: 'Lanzarote Committee' },
  { pattern: /\bGRETA\b|Action against Trafficking in Human Beings/i, body: 'GRETA' },
  { pattern: /Global Alliance against Child Sexual Abuse Online|Policy Target No\./i, body: 'Global Alliance against Child Sexual Abuse Online' },
  { pattern: /Ministry of the Interior/i, body: 'Ministry of the Interior of the Czech Republic' },
];

export function slugFromFileName(file: string): string {
  const base = file.replace(/\.[^.]+$/, '').toLowerCase();
  const slug = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'document';
}

export function inferMetadata(file: string, text: string, kind: string): { meta: DocumentMeta; warnings: string[] } {
  const warnings: string[] = [];
  const head = text.slice(0, 4000);
  const title = inferTitle(head) ?? file;
  const body = KNOWN_BODIES.find((b) => b.pattern.test(head))?.body ?? KNOWN_BODIES.find((b) => b.pattern.test(text))?.body;
  const year = inferYear(head) ?? inferYear(text);
  if (!body) warnings.push(`${file}: body not recognised from the text; set "body" in manifest.json`);
  if (!year) warnings.push(`${file}: no year found in the text; set "year" in manifest.json`);
  const meta: DocumentMeta = {
    id: slugFromFileName(file),
    file,
    title,
    body: body ?? 'Unknown',
    year: year ?? 1900,
    kind,
    format: file.toLowerCase().endsWith('.pdf') ? 'pdf' : 'txt',
  };
  return { meta, warnings };
}

function inferTitle(head: string): string | undefined {
  const lines = head.split('\n').map((l) => l.replace(/[*#_]/g, '').trim()).filter((l) => l.length > 3);
  const first = lines.find((l) => /[A-Za-z]{3}/.test(l) && !/^(table of contents?|contents)$/i.test(l));
  return first?.slice(0, 200);
}

/** The latest plausible year among the dates printed near the top: reports date themselves last. */
function inferYear(text: string): number | undefined {
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1])).filter((y) => y <= 2100);
  return years.length ? Math.max(...years) : undefined;
}
