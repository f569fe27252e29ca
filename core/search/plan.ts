// Turns the parsed query into what the matcher evaluates: clauses (all should match,
// items matching more of them rank first) of alternatives (any may match), with stop
// words dropped, unknown words corrected (never an English word), abbreviations and
// synonyms added as alternatives, and citations answered by the items citing them.
// What it did that a reader should know goes into the notices (notices.ts).
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import type { QueryCitation } from './citations.js';
import type { ExpansionTable, Form } from './expansions.js';
import { notices } from './notices.js';
import type { QueryUnit, ParsedQuery } from './query-parser.js';
import type { SpellingCorrector } from './spelling.js';
import type { QueryReading } from './types.js';

export interface Alternative {
  terms: string[];
  /** Word distance of each term from the first; only used when adjacent. */
  offsets: number[];
  adjacent: boolean;
  weight: number;
  /** Added by expansion: its terms' idf is capped at the typed words' (see Matcher). */
  expansion: boolean;
  /** Satisfied by exactly these items (the items citing what a citation cites), not by terms. */
  items?: readonly number[];
}

/**
 * A run of typed words, for the proximity bonus: items where they stand together (at their
 * typed offsets) get `adjacentWeight` more of their score, items where each stands within
 * `window` words of the next (in any order) `nearWeight`; adjacent words are near too.
 */
export interface Proximity {
  terms: string[];
  offsets: number[];
  adjacentWeight: number;
  nearWeight: number;
  window: number;
}

export interface Clause {
  alternatives: Alternative[];
  /** As typed, for "no item contains …". */
  typed: string;
}

export interface QueryPlan {
  clauses: Clause[];
  excluded: Alternative[];
  /** Runs of typed words: items where they stand together or close score higher. */
  proximity: Proximity[];
  info: QueryReading;
  /** The query had characters but nothing to search for (only stop words, symbols). */
  nothingSearchable: boolean;
}

/** Clause matches are tracked in a 32-bit mask per item. */
export const MAX_CLAUSES = 32;
// Expanded forms count a little less than what the user typed, so the typed word leads.
const EXPANSION_WEIGHT = 0.8;
// "victim identification" standing together is stronger evidence than the two words apart;
// the words of a run a few words apart ("identification of trafficked victims") still count.
const PROXIMITY_WEIGHT = 0.6;
const NEAR_WEIGHT = 0.3;
const NEAR_WINDOW = 4;

export interface PlanContext {
  known(term: string): boolean;
  /** An ordinary English word (folded as typed) no item contains: reported, never corrected. */
  english(folded: string): boolean;
  spelling: SpellingCorrector;
  expansions: ExpansionTable;
  /** Items citing (or numbered as) what a citation names. */
  citing(citation: QueryCitation): readonly number[];
  /** No spelling correction: search the words as typed. */
  verbatim?: boolean;
}

interface PlainWord { typed: string; term: string }

/**
 * A word typed outside quotes and OR groups: one term, or several for a hyphenated or
 * dotted word ("self-generated", "III-25"), which must stand together. `position` counts
 * words (stop words included) from the start of its run.
 */
interface RunWord { typed: string; terms: string[]; offsets: number[]; position: number }

/** Words found in no item, as typed, with the indexed word nearest to each when there is one. */
type Unknown = Map<string, string | undefined>;

export function planQuery(parsed: ParsedQuery, context: PlanContext): QueryPlan {
  const info: QueryReading = { terms: [], phrases: [], excluded: [], alternatives: [], expansions: {}, corrections: {}, citations: [], notices: [] };
  const unknown: Unknown = new Map();
  const clauses: Clause[] = [];
  const proximity: Proximity[] = [];
  const words = (word: PlainWord) => correctWord(word, context, info, unknown);
  let run: RunWord[] = [];
  let position = 0;
  const flushRun = (): void => {
    clauses.push(...plainWordClauses(run, context, info));
    const terms = run.flatMap((w) => w.terms);
    if (terms.length > 1) {
      const first = run[0].position;
      const offsets = run.flatMap((w) => w.offsets.map((o) => w.position + o - first));
      proximity.push({ terms, offsets, adjacentWeight: PROXIMITY_WEIGHT, nearWeight: NEAR_WEIGHT, window: NEAR_WINDOW });
    }
    run = [];
    position = 0;
  };

  for (const citation of parsed.citations.slice(0, MAX_CLAUSES)) clauses.push(citationClause(citation, context, info));
  // Bounded so that a pasted paragraph cannot cost more than a long query: each unknown
  // word means a vocabulary scan, and clause matches live in a 32-bit mask.
  for (const group of parsed.groups.slice(0, MAX_CLAUSES).map((g) => g.slice(0, MAX_CLAUSES))) {
    if (group.length === 1 && group[0].kind === 'word') {
      const { text } = group[0];
      const tokens = tokenize(text);
      // A stop word leaves the run intact: "trafficking in human beings" is one form.
      if (tokens.length === 0) {
        position++;
        continue;
      }
      info.terms.push(text);
      const first = tokens[0].position;
      const corrected = tokens.map((t) => words({ typed: tokens.length === 1 ? text : text.slice(t.start, t.end), term: t.term }));
      run.push({
        // A corrected word stands for what was searched ("helplines" for "helplnes").
        typed: tokens.length === 1 ? corrected[0].typed : text,
        terms: corrected.map((word) => word.term),
        offsets: tokens.map((t) => t.position - first),
        position,
      });
      position += tokens[tokens.length - 1].position - first + 1;
      continue;
    }
    flushRun();
    if (group.length > 1) info.alternatives.push(group.map((unit) => unit.text));
    const alternatives = group.flatMap((unit) => unitAlternatives(unit, context, info, words));
    if (alternatives.length > 0) clauses.push({ alternatives, typed: group.map((unit) => unit.text).join(' OR ') });
  }
  flushRun();

  const excluded = parsed.excluded.slice(0, MAX_CLAUSES).flatMap((unit) => {
    info.excluded.push(unit.text);
    const alternative = phraseAlternative(unit.text);
    return alternative ? [alternative] : [];
  });
  const kept = clauses.slice(0, MAX_CLAUSES);
  const nothingSearchable = parsed.raw.trim() !== '' && kept.length === 0 && excluded.length === 0;
  const tooMany = clauses.length > MAX_CLAUSES || parsed.groups.length + parsed.citations.length > MAX_CLAUSES;
  info.notices = notices(parsed, info, { unknown, nothingSearchable, tooMany, maxClauses: MAX_CLAUSES });
  if (Object.keys(info.corrections).length > 0) info.searchInsteadFor = parsed.raw;
  const suggested = [...unknown].filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (suggested.length > 0) info.didYouMean = suggested.reduce((q, [typed, nearest]) => replaceWord(q, typed, nearest), parsed.raw);
  return { clauses: kept, excluded, proximity, info, nothingSearchable };
}

/** The query with one word (as typed, a whole word) replaced. */
function replaceWord(q: string, word: string, by: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return q.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), by);
}

function correctWord(word: PlainWord, context: PlanContext, info: QueryReading, unknown: Unknown): PlainWord {
  if (context.known(word.term) || context.expansions.has([word.term])) return word;
  const folded = foldWord(word.typed);
  // An English word is what the user meant even when no item has it: say so, offer the nearest.
  if (context.verbatim || context.english(folded)) {
    unknown.set(word.typed, context.verbatim ? undefined : context.spelling.correct(folded, word.term)?.display);
    return word;
  }
  const correction = context.spelling.correct(folded, word.term);
  if (!correction) {
    unknown.set(word.typed, undefined);
    return word;
  }
  info.corrections[word.typed] = correction.display;
  return { typed: correction.display, term: correction.term };
}

/** Items citing what the citation names first (their own alternative), then its words in the text. */
function citationClause(citation: QueryCitation, context: PlanContext, info: QueryReading): Clause {
  const citing = context.citing(citation);
  info.citations.push({
    kind: citation.kind, typed: citation.typed.trim(), ref: citation.ref, label: citation.label, items: citing.length,
    ...(citation.filter ? { filter: citation.filter } : {}),
  });
  const phrases = citation.phrases.flatMap((text) => phraseAlternative(text) ?? []);
  return { alternatives: [{ terms: [], offsets: [], adjacent: false, weight: 1, expansion: false, items: citing }, ...phrases], typed: citation.typed.trim() };
}

/**
 * Consecutive plain words, one clause each. Where a run of them names an expansion form
 * ("sexual extortion"), or a long form loosely (a word left out, another order), every word
 * of the run also accepts the other forms ("sextortion"): an item using the synonym
 * satisfies the whole run, while an item with only "sexual" stays a partial match, as it
 * would without the expansion.
 */
function plainWordClauses(words: RunWord[], context: PlanContext, info: QueryReading): Clause[] {
  const clauses: Clause[] = [];
  let i = 0;
  while (i < words.length) {
    let length = Math.min(context.expansions.longestForm, words.length - i);
    let forms: Form[] = [];
    for (; length > 1; length--) {
      forms = expansionsOf(words.slice(i, i + length), context, info);
      if (forms.length > 0) break;
    }
    if (length === 1) forms = expansionsOf([words[i]], context, info);
    for (const word of words.slice(i, i + length)) {
      clauses.push({
        alternatives: [
          { terms: word.terms, offsets: word.offsets, adjacent: word.terms.length > 1, weight: 1, expansion: false },
          ...forms.map((form) => formAlternative(form, length)),
        ],
        typed: word.typed,
      });
    }
    i += length;
  }
  return clauses;
}

function expansionsOf(words: readonly (PlainWord | RunWord)[], context: PlanContext, info: QueryReading): Form[] {
  const typed = words.map((w) => w.typed).join(' ');
  const terms = words.flatMap((w) => ('terms' in w ? w.terms : [w.term]));
  const exact = context.expansions.expand(terms, typed);
  const forms = exact.length > 0 || terms.length < 2 ? exact : context.expansions.expandLoose(terms);
  if (forms.length > 0) info.expansions[typed] = forms.map((f) => f.printed);
  return forms;
}

/**
 * Averaged over its words, so a four-word expansion of "CSAM" cannot outscore the typed
 * word, and shared between the typed words it stands for, which each count it.
 */
function formAlternative(form: Form, sharedBy = 1): Alternative {
  const weight = EXPANSION_WEIGHT / form.terms.length / sharedBy;
  return { terms: form.terms, offsets: form.offsets, adjacent: form.terms.length > 1, weight, expansion: true };
}

/** An alternative inside an OR group, or a quoted phrase standing alone. */
function unitAlternatives(unit: QueryUnit, context: PlanContext, info: QueryReading, words: (w: PlainWord) => PlainWord): Alternative[] {
  if (unit.kind === 'phrase') {
    info.phrases.push(unit.text);
    const alternative = phraseAlternative(unit.text, words);
    return alternative ? [alternative] : [];
  }
  const tokens = tokenize(unit.text);
  if (tokens.length !== 1) {
    const alternative = phraseAlternative(unit.text, words);
    return alternative ? [alternative] : [];
  }
  const word = words({ typed: unit.text, term: tokens[0].term });
  return [
    { terms: [word.term], offsets: [0], adjacent: false, weight: 1, expansion: false },
    ...expansionsOf([word], context, info).map((form) => formAlternative(form)),
  ];
}

/**
 * Words that must stand together. With a corrector (a phrase the user wants, not one to
 * exclude), an unknown word is corrected: as typed, the phrase could match nothing.
 */
function phraseAlternative(text: string, words?: (w: PlainWord) => PlainWord): Alternative | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const first = tokens[0].position;
  const terms = tokens.map((t) => (words ? words({ typed: text.slice(t.start, t.end), term: t.term }).term : t.term));
  return { terms, offsets: tokens.map((t) => t.position - first), adjacent: tokens.length > 1, weight: 1, expansion: false };
}
