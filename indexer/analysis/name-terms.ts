// Names of the country and of the monitoring bodies a corpus is about, taken from the
// documents' metadata (never a list of countries): they are shared by every item of a report
// and say nothing about which matter two items share. A word counts as a name when it comes
// from a body's name, or from the titles of at least half of one country's documents, and the
// items print it with a capital letter (almost) everywhere: "Czech", "Republic", "GRETA",
// "Lanzarote", "Committee" are names; "Child", "Sexual" and "Abuse" in "Global Alliance
// against Child Sexual Abuse Online" are not. The series' data add the names of every State
// Party and of every body the series know (indexer/series/*): a reply that names another
// Party or quotes a committee is no closer for it to an item that names the same.
import type { DocumentSummary, Item } from '../../core/schema.js';
import { forEachWord, tokenize } from '../../core/text/tokenize.js';
import { SERIES } from '../series/index.js';

/** Share of a word's occurrences in the items that must be capitalised for it to be a name. */
const CAPITALISED_SHARE = 0.9;

const words = (text: string): string[] => {
  const found: string[] = [];
  forEachWord(text, (start, end) => { found.push(text.slice(start, end)); });
  return found;
};

/** Names of States and bodies in the series' data: each Party's names, each body's name and short names. */
function seriesNames(): string[] {
  return SERIES.flatMap((series) => [
    ...(series.parties ?? []).flatMap((party) => party.names),
    ...series.bodies.flatMap((body) => [body.name, ...(body.abbreviations ?? [])]),
  ]);
}

/** Index terms (stems) of the country and body names. */
export function nameTerms(documents: readonly DocumentSummary[], items: readonly Item[]): Set<string> {
  const candidates = new Set<string>();
  for (const name of seriesNames()) for (const word of words(name)) candidates.add(word);
  for (const doc of documents) for (const word of words(doc.body)) candidates.add(word);
  const byCountry = new Map<string, DocumentSummary[]>();
  for (const doc of documents) if (doc.country) (byCountry.get(doc.country) ?? byCountry.set(doc.country, []).get(doc.country)!).push(doc);
  for (const docs of byCountry.values()) {
    const titles = new Map<string, number>();
    for (const doc of docs) for (const word of new Set(words(doc.title))) titles.set(word, (titles.get(word) ?? 0) + 1);
    for (const [word, count] of titles) if (count * 2 >= docs.length) candidates.add(word);
  }
  // Counted by index term: "United" (a name) and "unit" (a police unit) share the term "unit",
  // which is a name only when (almost) every word read as it is capitalised.
  const wanted = new Set([...candidates].flatMap((word) => tokenize(word).map((t) => t.term)));
  const seen = new Map<string, { all: number; capitalised: number }>();
  for (const item of items) {
    for (const word of words(item.text)) {
      const term = tokenize(word)[0]?.term;
      if (term === undefined || !wanted.has(term)) continue;
      const count = seen.get(term) ?? seen.set(term, { all: 0, capitalised: 0 }).get(term)!;
      count.all++;
      if (word[0] !== word[0].toLowerCase()) count.capitalised++;
    }
  }
  const names = new Set<string>();
  for (const [term, { all, capitalised }] of seen) if (capitalised >= CAPITALISED_SHARE * all) names.add(term);
  return names;
}
