// Turns the parsed query into what the matcher evaluates: clauses (all should match,
// items matching more of them rank first) of alternatives (any may match), with stop
// words dropped, unknown words corrected and abbreviations/synonyms added as alternatives.
import { foldWord } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import type { ExpansionTable, Form } from './expansions.js';
import type { QueryUnit, ParsedQuery } from './query-parser.js';
import type { SpellingCorrector } from './spelling.js';
import type { ParsedQueryInfo } from './types.js';

export interface Alternative {
  terms: string[];
  /** Word distance of each term from the first; only used when adjacent. */
  offsets: number[];
  adjacent: boolean;
  weight: number;
  /** Added by expansion: its terms' idf is capped at the typed words' (see Matcher). */
  expansion: boolean;
}

export interface Clause { alternatives: Alternative[] }

export interface QueryPlan {
  clauses: Clause[];
  excluded: Alternative[];
  /** Runs of typed words as phrases: items where they stand together score higher. */
  proximity: Alternative[];
  info: ParsedQueryInfo;
}

/** Clause matches are tracked in a 32-bit mask per item. */
export const MAX_CLAUSES = 32;
// Expanded forms count a little less than what the user typed, so the typed word leads.
const EXPANSION_WEIGHT = 0.8;
// "victim identification" standing together is stronger evidence than the two words apart.
const PROXIMITY_WEIGHT = 0.6;

export interface PlanContext {
  known(term: string): boolean;
  spelling: SpellingCorrector;
  expansions: ExpansionTable;
}

interface PlainWord { typed: string; term: string; position?: number }

export function planQuery(parsed: ParsedQuery, context: PlanContext): QueryPlan {
  const info: ParsedQueryInfo = { terms: [], phrases: [], excluded: [], alternatives: [], expansions: {}, corrections: {} };
  const clauses: Clause[] = [];
  const proximity: Alternative[] = [];
  let run: PlainWord[] = [];
  let position = 0;
  const flushRun = (): void => {
    clauses.push(...plainWordClauses(run, context, info));
    if (run.length > 1) {
      const first = run[0].position ?? 0;
      proximity.push({ terms: run.map((w) => w.term), offsets: run.map((w) => (w.position ?? 0) - first), adjacent: true, weight: PROXIMITY_WEIGHT, expansion: false });
    }
    run = [];
  };

  // Bounded so that a pasted paragraph cannot cost more than a long query: each unknown
  // word means a vocabulary scan, and clause matches live in a 32-bit mask.
  for (const group of parsed.groups.slice(0, MAX_CLAUSES).map((g) => g.slice(0, MAX_CLAUSES))) {
    if (group.length === 1 && group[0].kind === 'word') {
      const tokens = tokenize(group[0].text);
      if (tokens.length === 1) {
        info.terms.push(group[0].text);
        run.push({ ...correctWord({ typed: group[0].text, term: tokens[0].term }, context, info), position: position++ });
        continue;
      }
      // A stop word leaves the run intact: "trafficking in human beings" is one form.
      if (tokens.length === 0) {
        position++;
        continue;
      }
      // A hyphenated or dotted word ("self-generated", "III-25") is a phrase of its parts.
      info.terms.push(group[0].text);
    }
    flushRun();
    position = 0;
    if (group.length > 1) info.alternatives.push(group.map((unit) => unit.text));
    const alternatives = group.flatMap((unit) => unitAlternatives(unit, context, info));
    if (alternatives.length > 0) clauses.push({ alternatives });
  }
  flushRun();

  const excluded = parsed.excluded.slice(0, MAX_CLAUSES).flatMap((unit) => {
    info.excluded.push(unit.text);
    const alternative = phraseAlternative(unit.text);
    return alternative ? [alternative] : [];
  });
  return { clauses: clauses.slice(0, MAX_CLAUSES), excluded, proximity, info };
}

function correctWord(word: PlainWord, context: PlanContext, info: ParsedQueryInfo): PlainWord {
  if (context.known(word.term) || context.expansions.has([word.term])) return word;
  const correction = context.spelling.correct(foldWord(word.typed), word.term);
  if (!correction) return word;
  info.corrections[word.typed] = correction.display;
  return { typed: correction.display, term: correction.term };
}

/**
 * Consecutive plain words, one clause each. Where a run of them names an expansion form
 * ("sexual extortion"), every word of the run also accepts the other forms ("sextortion"):
 * an item using the synonym satisfies the whole run, while an item with only "sexual"
 * stays a partial match, as it would without the expansion.
 */
function plainWordClauses(words: PlainWord[], context: PlanContext, info: ParsedQueryInfo): Clause[] {
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
          { terms: [word.term], offsets: [0], adjacent: false, weight: 1, expansion: false },
          ...forms.map((form) => formAlternative(form, length)),
        ],
      });
    }
    i += length;
  }
  return clauses;
}

function expansionsOf(words: PlainWord[], context: PlanContext, info: ParsedQueryInfo): Form[] {
  const typed = words.map((w) => w.typed).join(' ');
  const forms = context.expansions.expand(words.map((w) => w.term), typed);
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
function unitAlternatives(unit: QueryUnit, context: PlanContext, info: ParsedQueryInfo): Alternative[] {
  if (unit.kind === 'phrase') {
    info.phrases.push(unit.text);
    const alternative = phraseAlternative(unit.text, context, info);
    return alternative ? [alternative] : [];
  }
  const tokens = tokenize(unit.text);
  if (tokens.length !== 1) {
    const alternative = phraseAlternative(unit.text, context, info);
    return alternative ? [alternative] : [];
  }
  const word = correctWord({ typed: unit.text, term: tokens[0].term }, context, info);
  return [
    { terms: [word.term], offsets: [0], adjacent: false, weight: 1, expansion: false },
    ...expansionsOf([word], context, info).map((form) => formAlternative(form)),
  ];
}

/**
 * Words that must stand together. With a context (a phrase the user wants, not one to
 * exclude), an unknown word is corrected: as typed, the phrase could match nothing.
 */
function phraseAlternative(text: string, context?: PlanContext, info?: ParsedQueryInfo): Alternative | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const first = tokens[0].position;
  const terms = tokens.map((t) => (context && info ? correctWord({ typed: text.slice(t.start, t.end), term: t.term }, context, info).term : t.term));
  return { terms, offsets: tokens.map((t) => t.position - first), adjacent: tokens.length > 1, weight: 1, expansion: false };
}
