// Query expansion table: the corpus's own abbreviations (learnt by the indexer) plus the
// reviewed synonym groups. Forms are keyed by their index terms, so "trafficking in human
// beings", "Trafficking of human beings" and "THB" meet whatever the case, stop words or
// inflection the user typed. The indexer tokenizes every form (expansionGroups) into the
// snapshot: a cold isolate's first query would otherwise stem a hundred forms first.
import { tokenize } from '../text/tokenize.js';
import { SYNONYM_GROUPS } from './synonyms.js';

export interface Form {
  printed: string;
  terms: string[];
  /** Word distance of each term from the first (stop words count), for phrase matching. */
  offsets: number[];
  /** Abbreviations only expand when typed in capitals or longer than two letters. */
  abbreviation: boolean;
}

export class ExpansionTable {
  private readonly groupsByKey = new Map<string, (readonly Form[])[]>();
  readonly longestForm: number;

  constructor(groups: readonly (readonly Form[])[]) {
    let longest = 1;
    for (const forms of groups) {
      for (const form of forms) {
        longest = Math.max(longest, form.terms.length);
        const key = form.terms.join(' ');
        const list = this.groupsByKey.get(key);
        if (list) list.push(forms);
        else this.groupsByKey.set(key, [forms]);
      }
    }
    this.longestForm = longest;
  }

  has(terms: readonly string[]): boolean {
    return this.groupsByKey.has(terms.join(' '));
  }

  /** The other forms equivalent to these terms, or [] (typed: the words as the user wrote them). */
  expand(terms: readonly string[], typed: string): Form[] {
    const key = terms.join(' ');
    const groups = this.groupsByKey.get(key);
    if (!groups) return [];
    const others = new Map<string, Form>();
    for (const group of groups) {
      const self = group.find((form) => form.terms.join(' ') === key)!;
      if (self.abbreviation && !abbreviationTyped(typed)) continue;
      for (const form of group) {
        const formKey = form.terms.join(' ');
        if (formKey !== key && !others.has(formKey)) others.set(formKey, form);
      }
    }
    return [...others.values()];
  }
}

/** Every group of equivalent forms, tokenized (indexer side): abbreviations, then synonyms. */
export function expansionGroups(abbreviations: Record<string, string[]>): Form[][] {
  const groups: string[][] = [
    ...Object.entries(abbreviations).map(([abbreviation, expansions]) => [abbreviation, ...expansions]),
    ...SYNONYM_GROUPS.map((group) => [...group]),
  ];
  return groups.map((group) => group.map(toForm).filter((form) => form.terms.length > 0));
}

function toForm(printed: string): Form {
  const tokens = tokenize(printed);
  const first = tokens[0]?.position ?? 0;
  return {
    printed,
    terms: tokens.map((t) => t.term),
    offsets: tokens.map((t) => t.position - first),
    abbreviation: tokens.length === 1 && /^[\p{Lu}\p{N}]{2,}$/u.test(printed.trim()),
  };
}

// "THB" or "thb" expand; "IT" typed as "it" would be the pronoun (a stop word anyway),
// and two-letter lowercase words are too often ordinary words.
function abbreviationTyped(typed: string): boolean {
  return typed === typed.toUpperCase() || typed.length >= 3;
}
