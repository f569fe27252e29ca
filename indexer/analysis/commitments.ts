// Commitments in replies and answers, each a whole statement with who acts and by when.
// A dated promise inside a reply ("will be introduced in 2026", "From July 1, 2026, … will be
// extended", "the tasks for 2015: 1. …", "entrera en vigueur le 1er janvier 2027") becomes a
// `commitment` item under the reply it comes from. An answer that is a promise as a whole (the
// follow-up actions a report lists) keeps its own item: it gets the actor its promises name and,
// when it is one statement, their deadline; a dated promise among several in it becomes an item
// of its own. The deadline is kept as printed and normalised (core/due.ts), relative dates
// ("by the end of this year", "In December", "within two years") counted from the document's
// year, a range that ends before it starts flagged.
import type { Item } from '../../core/schema.js';
import { actorsOf } from './promise-actors.js';
import { datePhrases, promiseDate, type DatePhrase } from './promise-dates.js';
import { statementsOf, type Statement } from './promise-statements.js';
import { isPromise } from './promise-words.js';

const REPLY_TYPES = new Set(['response', 'answer']);

export interface FoundCommitment {
  /** The statement as a reader quotes it (with its list's lead-in or the sentence it points back to). */
  statement: string;
  /** The deadline as printed, its normal form and what is wrong with it. */
  date?: Pick<DatePhrase, 'text' | 'due' | 'dueProblem'>;
  responsible?: string[];
}

/** The date of a statement: its own, else (a list entry without one) its lead-in's. */
function dateOf(statement: Statement, documentYear: number | undefined): DatePhrase | undefined {
  const own = datePhrases(statement.promise, documentYear);
  if (own.length > 0 || statement.leadIn === undefined) return promiseDate(own, documentYear);
  return promiseDate(datePhrases(statement.leadIn, documentYear), documentYear);
}

/** Every promise of a reply's text, dated or not, in order. */
export function findPromises(text: string, documentYear: number | undefined): FoundCommitment[] {
  return statementsOf(text)
    .filter((s) => isPromise(s.promise) || (s.leadIn !== undefined && isPromise(s.leadIn)))
    .map((s) => {
      const date = dateOf(s, documentYear);
      const responsible = actorsOf(s.promise, s);
      return {
        statement: s.text,
        ...(date ? { date: { text: date.text, due: date.due, ...(date.dueProblem ? { dueProblem: date.dueProblem } : {}) } } : {}),
        ...(responsible ? { responsible } : {}),
      };
    });
}

/** The dated promises of a reply's text. */
export function findCommitments(text: string, documentYear: number | undefined): FoundCommitment[] {
  return findPromises(text, documentYear).filter((c) => c.date !== undefined);
}

function dateFields(c: FoundCommitment): Partial<Item> {
  if (!c.date) return {};
  return { deadline: c.date.text, ...(c.date.due ? { due: c.date.due } : {}), ...(c.date.dueProblem ? { dueProblem: c.date.dueProblem } : {}) };
}

function commitmentItem(reply: Item, c: FoundCommitment, k: number): Item {
  return {
    id: `${reply.id}/commitment/${k}`,
    document: reply.document,
    type: 'commitment',
    text: c.statement,
    parentId: reply.id,
    ...(reply.respondsTo ? { respondsTo: reply.respondsTo } : {}),
    ...(reply.section ? { section: reply.section } : {}),
    body: reply.body,
    year: reply.year,
    ...(reply.round ? { round: reply.round } : {}),
    ...(reply.country ? { country: reply.country } : {}),
    themes: reply.themes,
    commitment: true,
    ...dateFields(c),
    ...(c.responsible ? { responsible: c.responsible } : {}),
    // The statement lies within its reply; the reply's span is where to cite it.
    span: reply.span,
  };
}

/** An answer that is a promise as a whole, with the actor and (when it is one statement) the deadline of its promises. */
function annotated(answer: Item, promises: FoundCommitment[], statements: number): Item {
  const responsible = [...new Set(promises.flatMap((p) => p.responsible ?? []))];
  const whole = statements === 1 && promises.length === 1 ? promises[0] : undefined;
  return { ...answer, ...(responsible.length ? { responsible } : {}), ...(whole ? dateFields(whole) : {}) };
}

/**
 * The items with the commitments of every reply and answer read: answers that are promises as a
 * whole carry their actor and deadline, and each dated promise found in a reply follows it as a
 * `commitment` item.
 */
export function readCommitments(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    if (!REPLY_TYPES.has(item.type)) {
      out.push(item);
      continue;
    }
    const promises = findPromises(item.text, item.year);
    const dated = promises.filter((p) => p.date !== undefined);
    if (item.commitment) {
      const statements = statementsOf(item.text).length;
      out.push(annotated(item, promises, statements));
      if (statements === 1) continue;
    } else {
      out.push(item);
    }
    dated.forEach((c, k) => out.push(commitmentItem(item, c, k + 1)));
  }
  return out;
}
