// Paragraphs of a report cited in a text by the series' own citation form: "(paragraph 7)",
// "(see paragraphs 15 and 16)", "(paragraphs 18-20)", "(voir paragraphe 9)". What the forms
// look like is the profile's; reading the number list is the same for every series.
import type { ReportLayout } from './types.js';

/** A printed range longer than this is more likely a misprint than a citation of every paragraph. */
const MAX_RANGE = 30;

export function citedParagraphs(layout: Pick<ReportLayout, 'paragraphCitation' | 'citationRange'>, text: string): number[] {
  const out: number[] = [];
  const flags = layout.paragraphCitation.flags.includes('g') ? layout.paragraphCitation.flags : `${layout.paragraphCitation.flags}g`;
  for (const m of text.matchAll(new RegExp(layout.paragraphCitation.source, flags))) {
    out.push(...numberList(m.groups?.list ?? '', layout.citationRange));
  }
  return [...new Set(out)];
}

/** "15 and 16" → [15, 16]; "18-20" → [18, 19, 20]; "11 à 13" → [11, 12, 13]. */
function numberList(list: string, range: RegExp): number[] {
  const tokens = list.match(/\d+|[^\d\s,]+|,/g) ?? [];
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d+$/.test(tokens[i])) continue;
    const n = Number(tokens[i]);
    const to = tokens[i + 2];
    if (tokens[i + 1] !== undefined && range.test(tokens[i + 1]) && to !== undefined && /^\d+$/.test(to)) {
      const end = Number(to);
      if (end >= n && end - n <= MAX_RANGE) for (let k = n; k <= end; k++) out.push(k);
      else out.push(n, end);
      i += 2;
      continue;
    }
    out.push(n);
  }
  return out;
}
