// Query syntax, without any knowledge of the index: plain words, "quoted phrases",
// OR between alternatives, -excluded words or -"phrases", and citations ("para 104",
// "Rec III-25", "CP/Rec(2024)10"), which citations.ts recognises and takes out first.
import { extractCitations, type QueryCitation } from './citations.js';

export interface QueryUnit {
  kind: 'word' | 'phrase';
  /** As typed, without quotes or minus sign. */
  text: string;
}

export interface ParsedQuery {
  /** Every group must match (ranking-wise); a group matches when any of its units does. */
  groups: QueryUnit[][];
  excluded: QueryUnit[];
  citations: QueryCitation[];
  /** The text after a quote that is never closed; its words are searched one by one. */
  unclosedQuote?: string;
  /** The query as typed. */
  raw: string;
}

// Straight and typographic double quotes (users paste „Czech“ and “English” quotes).
const QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb';
const QUOTE_CLASS = `[${QUOTES}]`;
const PIECE = new RegExp(`(-?)${QUOTE_CLASS}([^${QUOTES}]*)(${QUOTE_CLASS}|$)|(\\S+)`, 'gu');

interface Piece { unit: QueryUnit; excluded: boolean; isOr: boolean }

function pieces(q: string, report: (unclosed: string) => void): Piece[] {
  const result: Piece[] = [];
  for (const match of q.matchAll(PIECE)) {
    const [, minus, quoted, closing, bare] = match;
    if (quoted !== undefined) {
      const text = quoted.trim();
      // An unclosed quote is not guessed closed: its words are searched as words, and said so.
      if (closing === '') {
        if (text) report(text);
        for (const word of text.split(/\s+/).filter(Boolean)) result.push({ unit: { kind: 'word', text: word }, excluded: minus === '-', isOr: false });
        continue;
      }
      if (text) result.push({ unit: { kind: 'phrase', text }, excluded: minus === '-', isOr: false });
      continue;
    }
    const word = bare!;
    if (word === 'OR' || word === '|') { result.push({ unit: { kind: 'word', text: word }, excluded: false, isOr: true }); continue; }
    // A lone "-" or a hyphenated word such as "-based" typed alone is not an exclusion.
    const excluded = word.length > 1 && word.startsWith('-');
    const text = excluded ? word.slice(1) : word;
    if (text) result.push({ unit: { kind: 'word', text }, excluded, isOr: false });
  }
  return result;
}

export function parseQuery(q: string): ParsedQuery {
  const { citations, rest } = extractCitations(q);
  const parsed: ParsedQuery = { groups: [], excluded: [], citations, raw: q };
  let joinNext = false;
  for (const piece of pieces(rest, (unclosed) => { parsed.unclosedQuote = unclosed; })) {
    if (piece.isOr) {
      // OR only joins when something precedes it; a leading or doubled OR is ignored.
      joinNext = parsed.groups.length > 0;
      continue;
    }
    if (piece.excluded) { parsed.excluded.push(piece.unit); joinNext = false; continue; }
    if (joinNext) parsed.groups[parsed.groups.length - 1].push(piece.unit);
    else parsed.groups.push([piece.unit]);
    joinNext = false;
  }
  return parsed;
}
