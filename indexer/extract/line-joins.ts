// Joining physical lines back into running text. Two joins cannot be settled from one
// line pair and are marked, then settled once the whole document's words are known:
//  - a line ending in "word-": a compound ("self-" / "generated" → "self-generated") or a
//    word hyphenated by the typesetter ("exploi-" / "tation" → "exploitation");
//  - a narrow table cell broken inside a word without a hyphen ("Unconditio" / "nal").
import { appendRuns, runsText, type Run } from './runs.js';

/** Private-use characters marking the joins to settle; never in extracted text otherwise. */
const HYPHEN_BREAK = '\uE000';
const WORD_BREAK = '\uE001';

/** "self-", "dokumenty-", "2016-": a hyphen at a line end joins what it stands between. */
const ENDS_WITH_WORD_HYPHEN = /[\p{L}\p{N}]-$/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;

/** "Beings—" / "including": a dash set closed up to the word before it is closed up to the next one too. */
const ENDS_WITH_CLOSED_DASH = /[\p{L}\p{N}][–—]$/u;
/** A web address wrapped after one of its slashes: it has no space in it. */
const ENDS_WITH_OPEN_ADDRESS = /(?:https?:\/\/|www\.)\S*\/$/;

/** Append a line's runs to a paragraph, marking a line-end hyphen for settling later. */
export function appendLine(target: Run[], line: readonly Run[]): void {
  const last = target[target.length - 1];
  const closedUp = last && (ENDS_WITH_CLOSED_DASH.test(last.text) || ENDS_WITH_OPEN_ADDRESS.test(last.text));
  if (closedUp && STARTS_WITH_WORD.test(runsText(line))) {
    appendRuns(target, line, true);
    return;
  }
  if (last && ENDS_WITH_WORD_HYPHEN.test(last.text) && STARTS_WITH_WORD.test(runsText(line))) {
    last.text += HYPHEN_BREAK;
    appendRuns(target, line, true);
    return;
  }
  appendRuns(target, line);
}

/** Append the next line of a table cell; `maybeBroken` when the geometry says a word may be split. */
export function appendCellLine(target: Run[], line: readonly Run[], maybeBroken: boolean): void {
  const last = target[target.length - 1];
  if (last && maybeBroken && /\p{L}$/u.test(last.text) && /^\p{Ll}/u.test(runsText(line))) {
    last.text += WORD_BREAK;
    appendRuns(target, line, true);
    return;
  }
  appendLine(target, line);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-\uE000\uE001]*/gu;

/** Words of the document, lower-cased, not counting the marked joins themselves. */
export function vocabularyOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(WORD)) {
      if (/[\uE000\uE001]/.test(m[0])) continue;
      words.add(m[0].toLowerCase());
      for (const part of m[0].split('-')) if (part) words.add(part.toLowerCase());
    }
  }
  return words;
}

/** Settle the marked joins of a text by the document's vocabulary. */
export function settleJoins(text: string, vocabulary: ReadonlySet<string>): string {
  return text
    .replace(/(\p{L}+)-\uE000(\p{L}+)/gu, (_, left: string, right: string) => {
      // The typesetter's hyphen goes when the whole word is used elsewhere, the hyphenated
      // form is not, and neither half is a word of its own ("exploi-" / "tation"); a
      // compound keeps its hyphen ("self-generated", "Co-operation", "law-enforcement").
      const whole = (left + right).toLowerCase();
      const compound = `${left}-${right}`.toLowerCase();
      const halvesAreWords = vocabulary.has(left.toLowerCase()) || vocabulary.has(right.toLowerCase());
      return vocabulary.has(whole) && !vocabulary.has(compound) && !halvesAreWords ? left + right : `${left}-${right}`;
    })
    .replace(/(\p{L}+)\uE001(\p{L}+)/gu, (_, left: string, right: string) => {
      // A fragment that is no word of the document ("nal", "n") was cut from its word.
      const whole = (left + right).toLowerCase();
      return vocabulary.has(whole) || !vocabulary.has(right.toLowerCase()) ? left + right : `${left} ${right}`;
    })
    .replace(/[\uE000\uE001]/g, '');
}
