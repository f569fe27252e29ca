// What the engine tells a reader about how it read the query: nothing it does to a query
// (a word dropped, corrected, not found, a quote left open) happens silently.
import { foldWord } from '../text/fold.js';
import { isStopWord } from '../text/tokenize.js';
import type { ParsedQuery } from './query-parser.js';
import type { Notice, QueryReading } from './types.js';

export interface PlanOutcome {
  /** Words found in no item (as typed) → the nearest indexed word, when one is near. */
  unknown: ReadonlyMap<string, string | undefined>;
  nothingSearchable: boolean;
  /** More words, phrases or citations than one query searches. */
  tooMany: boolean;
  maxClauses: number;
}

const quote = (text: string) => `“${text}”`;
const list = (texts: readonly string[]) => texts.map(quote).join(', ');

export function notices(parsed: ParsedQuery, info: QueryReading, outcome: PlanOutcome): Notice[] {
  const result: Notice[] = [];
  if (outcome.nothingSearchable) result.push(nothingSearchable(parsed.raw));
  if (parsed.unclosedQuote !== undefined) {
    result.push({
      code: 'unclosed-quote', subject: [parsed.unclosedQuote],
      message: `The quote before ${quote(parsed.unclosedQuote)} is not closed, so its words were searched one by one. Close the quote to search them as a phrase.`,
    });
  }
  const corrected = Object.entries(info.corrections);
  if (corrected.length > 0) {
    result.push({
      code: 'corrected', subject: corrected.map(([typed]) => typed),
      message: `No item contains ${list(corrected.map(([typed]) => typed))}: showing results for ${list(corrected.map(([, shown]) => shown))}.`,
    });
  }
  for (const [typed, nearest] of outcome.unknown) {
    result.push(notFound(typed, nearest));
  }
  for (const citation of info.citations.filter((c) => c.items === 0)) {
    result.push({
      code: 'not-cited', subject: [citation.typed],
      message: `No item ${citation.kind === 'numbered' ? 'is numbered' : 'cites'} ${citation.label.replace(/^(cites|numbered) /, '')}: showing items that mention it.`,
    });
  }
  if (outcome.tooMany) {
    result.push({
      code: 'too-many-words',
      message: `Only the first ${outcome.maxClauses} words, phrases and citations were searched; the rest of the query was left out.`,
    });
  }
  return result;
}

export function notFound(typed: string, nearest?: string): Notice {
  return {
    code: 'not-found', subject: [typed],
    message: `No item contains ${quote(typed)}.${nearest ? ` Did you mean ${quote(nearest)}?` : ''}`,
  };
}

function nothingSearchable(raw: string): Notice {
  const words = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const common = words.filter((word) => isStopWord(foldWord(word)));
  const message = words.length > 0 && common.length === words.length
    ? `${quote(raw.trim())} has only words too common to search for (${common.join(', ')}): add a word that says what you are looking for.`
    : `${quote(raw.trim())} has no letters or digits to search for.`;
  return { code: 'no-searchable-words', subject: [raw.trim()], message };
}
