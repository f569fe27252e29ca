// Citations typed in the search box ("para 104", "Rec III-25", "question 9.2",
// "CP/Rec(2024)10"), recognised by the forms in citation-forms.ts and taken out of the
// query, so that the engine can list the items citing them first and search the rest of
// the query as words. Also the keys under which the snapshot indexes what items cite.
import { CITATION_FORMS, NUMBERED_TYPES, RECOMMENDATION_TYPES } from './citation-forms.js';
import type { CitationKind } from './types.js';

export interface QueryCitation {
  kind: CitationKind;
  typed: string;
  /** Canonical: "104", "III-25", "9.2", "CP/Rec(2024)10". */
  ref: string;
  /** Snapshot keys of the items that cite it (refs.ts); any of them counts. */
  keys: CitingKey[];
  /** Words searched in the text as well, as a phrase ("paragraph 104"). */
  phrases: string[];
  filter?: string;
  label: string;
}

/** A ref-index key, optionally only for items of some types (numbered items). */
export interface CitingKey { key: string; types?: readonly string[] }

const FORMS = CITATION_FORMS.map((form) => ({
  ...form,
  regex: new RegExp(form.pattern, 'giu'),
  notAfter: form.notAfter ? new RegExp(form.notAfter, 'iu') : undefined,
}));

const QUOTED = /["\u201c\u201d\u201e\u201f\u00ab\u00bb][^"\u201c\u201d\u201e\u201f\u00ab\u00bb]*["\u201c\u201d\u201e\u201f\u00ab\u00bb]/gu;

/** Citations in a query and the query with them blanked out (quoted phrases are left alone). */
export function extractCitations(q: string): { citations: QueryCitation[]; rest: string } {
  // Every form cites a number: most queries have none and skip the patterns.
  if (!/\d/.test(q)) return { citations: [], rest: q };
  const taken: [number, number][] = [...q.matchAll(QUOTED)].map((m) => [m.index!, m.index! + m[0].length]);
  const found: { at: number; citation: QueryCitation }[] = [];
  for (const form of FORMS) {
    for (const match of q.matchAll(form.regex)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      if (form.notAfter?.test(q.slice(0, start))) continue;
      const citation = citationOf(form.kind, match);
      if (!citation) continue;
      taken.push([start, end]);
      found.push({ at: start, citation });
    }
  }
  let rest = q;
  for (const { at, citation } of found) rest = rest.slice(0, at) + ' '.repeat(citation.typed.length) + rest.slice(at + citation.typed.length);
  return { citations: found.sort((a, b) => a.at - b.at).map((f) => f.citation), rest };
}

function citationOf(kind: CitationKind, match: RegExpMatchArray): QueryCitation | undefined {
  const typed = match[0];
  switch (kind) {
    case 'paragraph': {
      const n = String(Number(match[1]));
      return { kind, typed, ref: n, keys: [{ key: `para:${n}` }], phrases: [`paragraph ${n}`, `para ${n}`], filter: `para:${n}`, label: `cites paragraph ${n}` };
    }
    case 'recommendation': {
      const ref = match[1].toUpperCase();
      return {
        kind, typed, ref, keys: [{ key: recommendationKey(ref) }, { key: numberKey(ref), types: RECOMMENDATION_TYPES }],
        phrases: [ref], filter: ref, label: `cites Recommendation ${ref}`,
      };
    }
    case 'numbered': {
      const word = match[2] === undefined ? undefined : match[1].toLowerCase();
      const ref = (match[2] ?? match[1]).toLowerCase();
      const types = word ? NUMBERED_TYPES[word] : undefined;
      return { kind, typed, ref, keys: [{ key: numberKey(ref), types }], phrases: [ref], label: word ? `${types?.[0] ?? word} ${ref}` : `numbered ${ref}` };
    }
    case 'symbol': {
      const ref = match[1].replace(/\s+/g, '');
      const prefix = ref.slice(0, ref.indexOf('('));
      // "report (2014) 5" is words; a symbol is written in capitals or with its series slash.
      if (!prefix.includes('/') && !/^[\p{Lu}]{2,}$/u.test(prefix)) return undefined;
      return { kind, typed, ref, keys: [{ key: symbolKey(ref) }], phrases: [ref], label: `cites ${ref}` };
    }
  }
}

export const recommendationKey = (id: string): string => `rec:${id.toLowerCase()}`;
export const paragraphKey = (n: number): string => `para:${n}`;
export const numberKey = (label: string): string => `num:${label.toLowerCase()}`;
export const symbolKey = (symbol: string): string => `sym:${symbol.replace(/\s+/g, '').toLowerCase()}`;

/** Document symbols in a text (document metadata or an item), as printed without spaces. */
export function symbolsIn(text: string): string[] {
  const symbols = new Set<string>();
  for (const match of text.matchAll(FORMS.find((f) => f.kind === 'symbol')!.regex)) {
    const citation = citationOf('symbol', match);
    if (citation) symbols.add(citation.ref);
  }
  return [...symbols];
}
