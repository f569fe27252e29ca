// Metadata for a file the manifest does not describe, read from its title block (the first
// lines, before the text proper): the title as printed, the issuing body when the title block
// names one of the series' bodies or a ministry, and the date the document gives itself. A
// body mentioned further on in the text is not the document's issuer, and a year mentioned in
// it is not its date: what the title block does not say stays unknown, with a warning.
import type { DocumentMeta } from '../../core/schema.js';
import { SERIES } from '../series/index.js';
import { documentDate } from './document-date.js';

/** Letters of a title block: enough for a cover page and a title, not the text. */
const TITLE_BLOCK = 1500;
const MAX_TITLE = 300;
const UNKNOWN_BODY = 'Unknown';

export function slugFromFileName(file: string): string {
  const base = file.replace(/\.[^.]+$/, '').toLowerCase();
  const slug = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'document';
}

/** Paragraphs of the title block, each as one line of plain text. */
function titleBlocks(text: string): string[] {
  return text
    .slice(0, TITLE_BLOCK)
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\*\*|^#+\s*/gm, '').replace(/\s+/g, ' ').trim())
    .filter((b) => /\p{L}{2}/u.test(b));
}

/** The issuing body named in the title block (earliest named), as the series call it. */
export function issuingBody(titleBlock: string): string | undefined {
  // A name wraps over lines but never runs across a blank line into the title below it.
  const text = titleBlock.split(/\n\s*\n/).map((b) => b.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()).join('\n');
  let best: { at: number; name: string } | undefined;
  for (const series of SERIES) {
    for (const body of series.bodies) {
      const m = body.printed.exec(text);
      if (!m || (best && m.index >= best.at)) continue;
      best = { at: m.index, name: body.name || m[0].replace(/\s+/g, ' ').trim() };
    }
  }
  return best?.name;
}

function isMostlyBodyName(block: string): boolean {
  const body = SERIES.flatMap((s) => s.bodies).map((b) => b.printed.exec(block)?.[0] ?? '').sort((a, b) => b.length - a.length)[0];
  return body.length >= block.length * 0.6;
}

/** The first block that reads as a title: words, not a body's name, a symbol or a date line. */
function inferTitle(blocks: string[]): string | undefined {
  const title = blocks.find((b) => b.split(' ').length >= 3 && !isMostlyBodyName(b) && !/^(?:table of contents?|contents)$/i.test(b) && b.length <= 600)
    ?? blocks[0];
  return title?.slice(0, MAX_TITLE);
}

export function inferMetadata(file: string, text: string, kind: string): { meta: DocumentMeta; warnings: string[] } {
  const warnings: string[] = [];
  const block = text.slice(0, TITLE_BLOCK);
  const blocks = titleBlocks(text);
  const title = inferTitle(blocks) ?? file;
  const body = issuingBody(block);
  const date = documentDate(block, title, SERIES.flatMap((s) => s.symbols ?? []));
  if (!body) warnings.push(`${file}: no issuing body named in the title block; set "body" in manifest.json`);
  if (date.year === undefined) warnings.push(`${file}: the title block gives no date; the document has no year until "year" is set in manifest.json`);
  const meta: DocumentMeta = {
    id: slugFromFileName(file),
    file,
    title,
    body: body ?? UNKNOWN_BODY,
    kind,
    format: file.toLowerCase().endsWith('.pdf') ? 'pdf' : 'txt',
    ...(date.year !== undefined ? { year: date.year } : {}),
    ...(date.period ? { period: date.period } : {}),
  };
  return { meta, warnings };
}
