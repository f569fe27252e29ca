// Documents a note cites by their symbol, as the series print them: "CRC/C/SVN/CO/3-4, para.
// 37", "see A/HRC/28/4, paras. 145.1–145.23; 145.55", "(A/HRC/38/12, para. 118.4)". The
// paragraph and recommendation numbers printed after a symbol belong to that document, not to
// the report a note's bare "Para. 73" cites; they are taken out before the bare citations are
// read. Whether the document is indexed is settled later, across documents.
import type { CitedDocument } from '../../core/schema.js';
import { SERIES } from '../series/index.js';

const SYMBOLS = SERIES.flatMap((s) => (s.documentSymbol ? [s.documentSymbol] : []));
/** "para." / "paras." / "par." / "paragraph(s)" and the numbers after it, with ranges and lists. */
const NUMBERS_AFTER = /^[\s,]*(?:paras?\.?|par\.|paragraphs?)\s*((?:\d{1,4}(?:\.\d{1,3})?(?:\s*\([a-z]{1,4}\))?(?:\s*(?:[-–]|to)\s*\d{1,4}(?:\.\d{1,3})?)?(?:\s*(?:,|;|and|et|&)\s*(?=\d))?)+)/i;
/** A range of recommendation numbers longer than this is a misprint, not a citation of each. */
const MAX_RANGE = 60;

export interface CitedDocuments {
  documents: CitedDocument[];
  /** The note's text with the symbols and their numbers taken out. */
  rest: string;
}

export function citedDocuments(noteText: string): CitedDocuments {
  const found: { start: number; end: number; cited: CitedDocument }[] = [];
  for (const symbol of SYMBOLS) {
    for (const m of noteText.matchAll(new RegExp(symbol.source, 'g'))) {
      const at = m.index ?? 0;
      if (found.some((f) => at < f.end && at + m[0].length > f.start)) continue;
      const after = NUMBERS_AFTER.exec(noteText.slice(at + m[0].length));
      const cited: CitedDocument = { symbol: m[0], ...(after ? numbersOf(after[1]) : {}) };
      found.push({ start: at, end: at + m[0].length + (after?.[0].length ?? 0), cited });
    }
  }
  found.sort((a, b) => a.start - b.start);
  let rest = '';
  let from = 0;
  for (const f of found) {
    rest += noteText.slice(from, f.start) + ' ';
    from = f.end;
  }
  rest += noteText.slice(from);
  return { documents: mergeBySymbol(found.map((f) => f.cited)), rest };
}

/** Paragraph numbers ("8 (b)" → 8) and dotted recommendation numbers ("97.1–97.12" → each). */
function numbersOf(list: string): Pick<CitedDocument, 'paragraphs' | 'recommendations'> {
  const paragraphs: number[] = [];
  const recommendations: string[] = [];
  for (const part of list.replace(/\([a-z]{1,4}\)/g, '').split(/\s*(?:,|;|\band\b|\bet\b|&)\s*/)) {
    const range = /^(\d+)(?:\.(\d+))?\s*(?:[-–]|to)\s*(\d+)(?:\.(\d+))?$/.exec(part.trim());
    const single = /^(\d+)(?:\.(\d+))?$/.exec(part.trim());
    if (range && range[2] !== undefined && range[4] !== undefined && range[1] === range[3]) {
      const [a, b] = [Number(range[2]), Number(range[4])];
      if (b >= a && b - a <= MAX_RANGE) for (let n = a; n <= b; n++) recommendations.push(`${range[1]}.${n}`);
      else recommendations.push(`${range[1]}.${a}`, `${range[3]}.${b}`);
    } else if (range && range[2] === undefined && range[4] === undefined) {
      const [a, b] = [Number(range[1]), Number(range[3])];
      if (b >= a && b - a <= MAX_RANGE) for (let n = a; n <= b; n++) paragraphs.push(n);
    } else if (range) {
      recommendations.push(`${range[1]}.${range[2] ?? ''}`.replace(/\.$/, ''), `${range[3]}.${range[4] ?? ''}`.replace(/\.$/, ''));
    } else if (single?.[2] !== undefined) {
      recommendations.push(`${single[1]}.${single[2]}`);
    } else if (single) {
      paragraphs.push(Number(single[1]));
    }
  }
  return {
    ...(paragraphs.length ? { paragraphs: [...new Set(paragraphs)] } : {}),
    ...(recommendations.length ? { recommendations: [...new Set(recommendations)] } : {}),
  };
}

function mergeBySymbol(cited: CitedDocument[]): CitedDocument[] {
  const bySymbol = new Map<string, CitedDocument>();
  for (const c of cited) {
    const seen = bySymbol.get(c.symbol);
    if (!seen) { bySymbol.set(c.symbol, { ...c }); continue; }
    if (c.paragraphs) seen.paragraphs = [...new Set([...(seen.paragraphs ?? []), ...c.paragraphs])];
    if (c.recommendations) seen.recommendations = [...new Set([...(seen.recommendations ?? []), ...c.recommendations])];
  }
  return [...bySymbol.values()];
}
