// Metadata for a file the manifest does not describe, read from its title block (the cover
// lines before the text proper, see title-block.ts): the title as printed, the issuing body
// when the title block names one of the series' bodies or a ministry, the document's symbol,
// session and round, and the date the document gives itself. A body mentioned further on in
// the text is not the document's issuer, and a year mentioned in it is not its date: what the
// title block does not say stays unknown, with a warning.
import type { DocumentMeta } from '../../core/schema.js';
import { SERIES } from '../series/index.js';
import type { BodyName, SeriesProfile } from '../series/types.js';
import { documentDate } from './document-date.js';
import { contentLines, isSubjectLine, mastheadCells, sessionOf, symbolOf, titleBlockOf } from './title-block.js';

const MAX_TITLE = 300;
const UNKNOWN_BODY = 'Unknown';
/** A block this much of which is a body's name is the issuer's line, not the title. */
const BODY_SHARE = 0.85;

export function slugFromFileName(file: string): string {
  const base = file.replace(/\.[^.]+$/, '').toLowerCase();
  const slug = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'document';
}

/** Paragraphs of the title block, each as one line of plain text, masthead lines left out. */
function titleBlocks(titleBlock: string): string[] {
  // Text converted from HTML has no blank lines: each line of its cover is a block of its own.
  const paragraphs = /\n\s*\n/.test(titleBlock.trim()) ? titleBlock.split(/\n\s*\n/) : titleBlock.split('\n');
  return paragraphs
    .map((b) => contentLines(b).join(' ').replace(/\s+/g, ' ').trim())
    .filter((b) => /\p{L}{2}/u.test(b));
}

interface IssuingBody {
  name: string;
  series: SeriesProfile;
  body: BodyName;
}

/**
 * The issuing body named in the title block: of each series, the first body it lists that
 * the block names (the most specific); of the series, the one named earliest.
 */
function findIssuingBody(titleBlock: string): IssuingBody | undefined {
  // A name wraps over lines but never runs across a blank line into the title below it, nor,
  // in text without blank lines (converted from HTML), into the next line unless the line
  // breaks inside the name: after "of", "and", "for", … or before a word in lower case.
  const text = titleBlock.split(/\n\s*\n/).map((b) => joinWrappedLines(b.replace(/\*\*/g, ''))).join('\n');
  let best: (IssuingBody & { at: number }) | undefined;
  for (const series of SERIES) {
    for (const body of series.bodies) {
      const m = body.printed.exec(text);
      if (!m) continue;
      if (!best || m.index < best.at) best = { at: m.index, name: body.name || m[0].replace(/\s+/g, ' ').trim(), series, body };
      break;
    }
  }
  return best;
}

const BREAKS_INSIDE_A_NAME = /(?:\b(?:of|and|for|on|the|de|du|des|la|le|et|pour)|[,&–-])\s*$/i;

function joinWrappedLines(block: string): string {
  const lines = block.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) out += BREAKS_INSIDE_A_NAME.test(out) || /^\p{Ll}/u.test(line) ? ` ${line}` : `\n${line}`;
  return out;
}

/** The issuing body named in the title block, as the series call it. */
export function issuingBody(titleBlock: string): string | undefined {
  return findIssuingBody(titleBlock)?.name;
}

function isMostlyBodyName(block: string): boolean {
  const body = SERIES.flatMap((s) => s.bodies).map((b) => b.printed.exec(block)?.[0] ?? '').sort((a, b) => b.length - a.length)[0];
  return body.length >= block.replace(/[*\s]+$/, '').length * BODY_SHARE;
}

/** A part of a document printed under its title: an addendum or a corrigendum. */
const PART = /^(?:Addendum|Corrigendum|Additif|Rectificatif)$/i;
/** A cover with this many masthead cells is a series cover, whose line under the title is its subject. */
const SERIES_COVER = 3;

/**
 * The first block that reads as a title: words, not a body's name, a symbol or a date line;
 * on a series cover, with the subject printed alone under it ("Report of the Working Group …"
 * / the State reviewed), where a plain title page may print a place.
 */
function inferTitle(blocks: string[], seriesCover: boolean): { title?: string; subject?: string } {
  const at = blocks.findIndex((b) => b.split(' ').length >= 3 && !isMostlyBodyName(b) && !/^(?:table of contents?|contents)$/i.test(b) && b.length <= 600);
  if (at < 0) return { title: blocks[0]?.slice(0, MAX_TITLE) };
  const title = blocks[at].replace(/\s*\*+$/, '');
  const next = blocks[at + 1];
  const subject = seriesCover && next !== undefined && isSubjectLine(next) ? next.replace(/\s*\*+$/, '') : undefined;
  // "Addendum" / "Views on conclusions …": a part of the report, named under its subject.
  const part = subject ? PART.exec(blocks[at + 2] ?? '')?.[0] : undefined;
  const partTitle = part && blocks[at + 3] && !/^\*/.test(blocks[at + 3]) ? `. ${part}: ${blocks[at + 3].replace(/\s*\*+$/, '')}` : '';
  return { title: (subject ? `${title}: ${subject}${partTitle}` : title).slice(0, MAX_TITLE), ...(subject ? { subject } : {}) };
}

export function inferMetadata(file: string, text: string, kind: string): { meta: DocumentMeta; warnings: string[] } {
  const warnings: string[] = [];
  const block = titleBlockOf(text);
  const { title = file, subject } = inferTitle(titleBlocks(block), mastheadCells(block) >= SERIES_COVER);
  const issuer = findIssuingBody(block);
  const body = issuer?.name;
  const symbol = symbolOf(block);
  const session = sessionOf(block, issuer?.body.printed);
  const round = session !== undefined && issuer ? issuer.series.roundOfSession?.(session, issuer.name) : undefined;
  const date = documentDate(block, title, SERIES.flatMap((s) => s.symbols ?? []), SERIES.flatMap((s) => s.datedBy ?? []));
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
    ...(symbol ? { symbol } : {}),
    ...(session !== undefined ? { session } : {}),
    ...(round ? { round } : {}),
    ...(subject ? { country: subject } : {}),
  };
  return { meta, warnings };
}
