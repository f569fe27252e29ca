// Terms a document defines for itself: "child self-generated sexual images and/or videos
// (CSGSIV)", "International Organization for Migration (IOM)", "… (hereinafter the „Program“)".
// They feed query expansion, so a search for the short form finds the long one and back.

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'or', 'in', 'on', 'to', 'against', 'with', 'by', 'a', 'an']);
const ACRONYM = /\((\p{Lu}[\p{L}]{1,9})\)/gu;
const HEREINAFTER = /\(hereinafter(?: referred to as)?(?: the)? [„“"']([^“”"']{2,60})[“”"']\)/g;

function wordsBefore(text: string, end: number, max: number): string[] {
  const before = text.slice(Math.max(0, end - 300), end).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return before.split(/\s+/).filter(Boolean).slice(-max).map((w) => w.replace(/^[“"„(]+|[”"),;:]+$/g, ''));
}

function initialsOf(words: string[]): string {
  return words
    .flatMap((w) => w.split(/[-/]/))
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** The shortest run of words ending before the parenthesis whose initials spell the acronym. */
export function expandAcronym(words: string[], acronym: string): string | undefined {
  const target = acronym.replace(/s$/, '').toUpperCase();
  for (let k = 1; k <= words.length; k++) {
    const run = words.slice(words.length - k);
    if (CONNECTORS.has(run[0].toLowerCase())) continue;
    const initials = initialsOf(run);
    if (initials === target) return run.join(' ');
    if (initials.length > target.length) return undefined;
  }
  return undefined;
}

function properNamePhrase(words: string[]): string | undefined {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/^\p{Lu}/u.test(w) || CONNECTORS.has(w.toLowerCase())) out.unshift(w);
    else break;
  }
  while (out.length && CONNECTORS.has(out[0].toLowerCase())) out.shift();
  return out.length >= 2 ? out.join(' ') : undefined;
}

export function extractDefinedTerms(text: string): Record<string, string[]> {
  const terms: Record<string, Set<string>> = {};
  const add = (short: string, long: string) => {
    if (short.toLowerCase() === long.toLowerCase()) return;
    (terms[short] ??= new Set()).add(long);
  };
  for (const m of text.matchAll(ACRONYM)) {
    if (!/\p{Lu}.*\p{Lu}/u.test(m[1])) continue; // "(Act)" is not an acronym
    const long = expandAcronym(wordsBefore(text, m.index ?? 0, 14), m[1]);
    if (long) add(m[1].replace(/s$/, ''), long);
  }
  for (const m of text.matchAll(HEREINAFTER)) {
    const long = properNamePhrase(wordsBefore(text, m.index ?? 0, 20));
    if (long) add(m[1].trim(), long);
  }
  return Object.fromEntries(Object.entries(terms).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}
