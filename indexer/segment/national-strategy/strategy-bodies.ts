// The bodies a cell or a "Responsible:" line names, as a list. Commas, semicolons and "and"
// separate bodies only where what follows is a body of its own: "Ministry of Labour and Social
// Affairs" is one ministry, "Ministry of Justice and Ministry of the Interior" two; "Ministry of
// Labour, Family, Social Affairs and Equal Opportunities" is one (its pieces after the first are
// portfolio words, or the document's own list of abbreviations names it whole). Bodies after
// "with the support of" / "en lien avec" only cooperate; a deadline printed at the end of a
// "Responsible …, III quarter of 2002" line is the deadline, not a body.
import { cleanCell, isEmptyCell } from './strategy-cells.js';
import { isDeadline } from './strategy-due.js';
import { phrases, stemMatches, VOCABULARY } from './strategy-labels.js';

const WORDS = VOCABULARY.institutions;
const ARTICLE = new RegExp(`^(?:${phrases(WORDS.articles)})(?:\\s+|(?<=['’]))`, 'i');
const MARKER = new RegExp(
  `(?:^|[\\s,;])(${phrases(WORDS.cooperationMarkers)})(?:\\s+(?:${phrases(WORDS.articles)}))?(?:\\s+|(?<=['’]))`,
  'i',
);
const CONJUNCTION = new RegExp(`\\s(?:${phrases(WORDS.conjunctions)})\\s`, 'giu');
/** A piece that opens with a preposition continues the name before it ("…, de l'Emploi et …"). */
const CONTINUES = /^(?:de|du|des|d['’]|of|for)\b/iu;
const ACRONYM = /(?:^|[\s(])\p{Lu}{2,}s?(?=$|[\s),])/u;

export interface BodyList {
  bodies: string[];
  /** Bodies named after a cooperation marker in the same cell. */
  cooperating: string[];
  /** A deadline printed after the bodies (only when asked to look for one). */
  deadline?: string;
  /** The cooperation markers as printed: structure, like a label. */
  markers: string[];
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const hasHead = (text: string) => words(text).some((w) => WORDS.heads.some((h) => stemMatches(h, w)));
const isBodyLike = (text: string) => hasHead(text) || ACRONYM.test(text);

/** A name's first word is an institution's head noun or an acronym ("Ministry …", "Police", "SEM"). */
function opensBody(text: string): boolean {
  const bare = text.replace(ARTICLE, '');
  const first = /^[\p{L}]+/u.exec(bare)?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  return /^\p{Lu}{2,}/u.test(first) || WORDS.heads.some((h) => stemMatches(h, first.toLowerCase()));
}

/** "Family", "Social Affairs and Equal Opportunities": the rest of a ministry's portfolio. */
function isPortfolio(text: string): boolean {
  const content = text.split(/\s+/).filter((w) => w !== '' && !WORDS.conjunctions.includes(w.toLowerCase()));
  return content.length > 0 && content.every((w) => WORDS.portfolio.includes(w.toLowerCase().replace(/[^\p{L}-]/gu, '')));
}

/** Split at separators outside parentheses. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && separator.test(ch)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Pieces of one name rejoined: a known long name, a preposition's continuation, a portfolio. */
function rejoin(pieces: string[], knownNames: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    const joined = previous === undefined ? undefined : `${previous}, ${piece}`;
    const known = joined !== undefined && knownNames.some((n) => n === joined || n.startsWith(`${joined},`) || n.startsWith(`${joined} `));
    const continues = previous !== undefined && ((CONTINUES.test(piece) && !isDeadline(piece)) || (!isBodyLike(piece) && isPortfolio(piece) && hasHead(previous)));
    if (joined !== undefined && (known || continues)) out[out.length - 1] = joined;
    else out.push(piece);
  }
  return out;
}

/** "X and Y" is two bodies when Y opens a body, or names one soon after X has named one. */
function splitConjunctions(piece: string): string[] {
  let depth = 0;
  const depthAt: number[] = [];
  for (const ch of piece) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    depthAt.push(depth);
  }
  for (const m of piece.matchAll(CONJUNCTION)) {
    if (depthAt[m.index] > 0) continue;
    const left = piece.slice(0, m.index).trim();
    const right = piece.slice(m.index + m[0].length).trim();
    const nearHead = /^\p{Lu}/u.test(right.replace(ARTICLE, '')) && hasHead(right.split(/\s+/).slice(0, 4).join(' '));
    if (left !== '' && (opensBody(right) || (isBodyLike(left) && nearHead))) return [left, ...splitConjunctions(right)];
  }
  return [piece];
}

function tidy(list: string[]): string[] {
  return list.map((b) => b.replace(/^[\s,;:]+|[\s,;:.]+$/g, '')).filter((b) => b !== '' && !isEmptyCell(b));
}

/**
 * Bodies named in one cell or line. Numbered lists ("1. MLSA, MOI 2. MOJ", one list per
 * indicator) are read as plain separators; commas inside parentheses stay in one body.
 */
export function splitBodies(value: string, options: { knownNames?: readonly string[]; peelDeadline?: boolean } = {}): BodyList {
  const text = cleanCell(value).replace(/\n/g, ', ').replace(/(^|\s)\d{1,2}\.\s(?=\D)/g, '$1, ');
  const marker = MARKER.exec(text);
  const main = marker ? text.slice(0, marker.index) : text;
  const rest = marker ? text.slice(marker.index + marker[0].length) : '';
  const separator = /;/.test(main.replace(/\([^)]*\)/g, '')) ? /;/ : /[,;]/;
  let pieces = rejoin(splitTopLevel(main, separator), options.knownNames ?? []);
  let deadline: string | undefined;
  if (options.peelDeadline) {
    const peeled: string[] = [];
    while (pieces.length > 1 && isDeadline(pieces[pieces.length - 1]) && !hasHead(pieces[pieces.length - 1])) peeled.unshift(pieces.pop()!);
    if (peeled.length) deadline = peeled.join(', ');
  }
  pieces = pieces.flatMap(splitConjunctions);
  const cooperating = rest ? splitBodies(rest, { knownNames: options.knownNames }).bodies : [];
  return {
    bodies: tidy(pieces),
    cooperating,
    ...(deadline ? { deadline } : {}),
    markers: marker ? [marker[0].replace(/^[\s,;]+/, '').trim()] : [],
  };
}

/** The bodies of a cell, for callers that need only the list. */
export function splitEntities(value: string, knownNames: readonly string[] = []): string[] {
  return splitBodies(value, { knownNames }).bodies;
}

/** Where cooperation markers stand in a line ("…, with the support of OSCE"): structure, like a label. */
export function markerSpans(text: string): { from: number; to: number }[] {
  return [...text.matchAll(new RegExp(MARKER.source, 'gi'))].map((m) => {
    const lead = m[0].length - m[0].replace(/^[\s,;]+/, '').length;
    return { from: m.index + lead, to: m.index + m[0].trimEnd().length };
  });
}
