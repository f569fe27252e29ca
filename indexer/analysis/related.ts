// Related items across documents: the follow-up trail of a matter (a factsheet
// recommendation ↔ the questionnaire question and answer ↔ the GRETA reply ↔ a strategy task).
//
// Similarity of TF-IDF vectors over stemmed terms (the search tokenizer), where a shared term
// counts by how specific it is (idf squared: "helplines" says more than "measures") and
// names count for nothing (the country and the monitoring bodies, read from the documents'
// metadata: every item of a Czech report says "Czech Republic"). An answer is read with its
// question; an answer that says nothing of its own ("Please, see the answers above.") is not
// offered as somewhere to go unless its question is specific. Long answers are not penalised
// for their length as much as plain cosine would (pivoted: half of the length normalisation).
// Within one monitoring body, items under headings on the same subject get a bonus: a body's
// report follows its questionnaire chapter by chapter ("VI. Assistance to victims" ↔
// "Question 6. Assistance to victims"). Measured on the judged set in
// test/search/related-judgements.ts (npm run relevance): precision@3 0.37 → 0.50. A reply and
// a commitment read in it are one text: only the better-ranked of them is offered.
import type { DocumentSummary, Item } from '../../core/schema.js';
import { tokenize } from '../../core/text/tokenize.js';
import { nameTerms } from './name-terms.js';

/** Item types a trail starts from, and the types that can continue it. */
const SOURCE_TYPES = new Set(['recommendation', 'question', 'goal', 'task', 'evaluation', 'commitment']);
/** Where a matter is followed up: questions and answers, replies, tasks, evaluations, later recommendations. */
const TARGET_TYPES = new Set(['recommendation', 'question', 'answer', 'response', 'task', 'evaluation', 'goal', 'commitment']);
/** Items with fewer distinct terms (question included) match anything by accident. */
const MIN_TERMS = 12;
/** An answer whose own words hold fewer specific terms than this leans on its question… */
const MIN_OWN_TERMS = 4;
/** …and is offered only when its question holds at least this many. */
const MIN_QUESTION_TERMS = 8;
/** Terms found in more than this share of items say nothing about a matter. */
const MAX_ITEM_SHARE = 0.2;
/** An answer that only points elsewhere in its document. */
const POINTER = /^\W*(?:please,?\s+)?(?:see|consult|refer to)\b[^.]*\b(?:above|below|answer|question|reply)/i;
/** Share of the length normalisation applied to the item followed (1 would be plain cosine). */
const PIVOT = 0.5;
const HEADING_WEIGHT = 0.4;
const MAX_RELATED = 5;
const MIN_SCORE = 0.08;
const THEME_BONUS = 0.05;
const WHY_TERMS = 4;

type Vector = Map<string, number>;

/** stem → the word people read: the most frequent surface form of that stem. */
type Surfaces = Map<string, Map<string, number>>;

interface Reading {
  /** Per item: its specific terms, tf-idf weighted, unit length. */
  vectors: Vector[];
  /** Per item: the length its vector was divided by. */
  norms: number[];
  /** Per item: its heading path's terms, idf weighted, unit length. */
  headings: Vector[];
  /** Items not to offer as related (empty answers). */
  skip: boolean[];
}

function unit(weights: Vector): { vector: Vector; norm: number } {
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of weights) weights.set(t, w / norm);
  return { vector: weights, norm };
}

function read(items: Item[], surfaces: Surfaces, names: ReadonlySet<string>): Reading {
  const byId = new Map(items.map((i) => [i.id, i]));
  const terms = (text: string | undefined) => tokenize(text ?? '').filter((t) => !names.has(t.term));
  const docFreq = new Map<string, number>();
  const own: Set<string>[] = [];
  const asked: Set<string>[] = [];
  const counts = items.map((item) => {
    const tf = new Map<string, number>();
    // An answer is about what its question asks: read them together.
    const question = item.type === 'answer' && item.respondsTo ? byId.get(item.respondsTo) : undefined;
    const ownTokens = terms([item.title, item.text].filter(Boolean).join(' \n '));
    const questionTokens = terms(question?.text);
    own.push(new Set(ownTokens.map((t) => t.term)));
    asked.push(new Set(questionTokens.map((t) => t.term)));
    for (const tok of [...questionTokens, ...ownTokens]) {
      tf.set(tok.term, (tf.get(tok.term) ?? 0) + 1);
      const forms = surfaces.get(tok.term) ?? surfaces.set(tok.term, new Map()).get(tok.term)!;
      forms.set(tok.surface, (forms.get(tok.surface) ?? 0) + 1);
    }
    for (const t of tf.keys()) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
    return tf;
  });
  const n = items.length;
  const common = (t: string) => (docFreq.get(t) ?? 0) > MAX_ITEM_SHARE * n;
  const specific = (set: Set<string>) => [...set].filter((t) => !common(t)).length;
  const skip = items.map((item, i) => item.type === 'answer' && (POINTER.test(item.text)
    || (specific(own[i]) < MIN_OWN_TERMS && specific(asked[i]) < MIN_QUESTION_TERMS)));
  const norms: number[] = [];
  const vectors = counts.map((tf) => {
    const weights: Vector = new Map();
    for (const [t, c] of tf) {
      if (!common(t)) weights.set(t, (1 + Math.log(c)) * Math.log(1 + n / docFreq.get(t)!) ** 2);
    }
    const { vector, norm } = unit(weights);
    norms.push(norm);
    return vector;
  });
  const headingTerms = items.map((item) => new Set(terms((item.section ?? []).join(' \n ')).map((t) => t.term)));
  const headingFreq = new Map<string, number>();
  for (const heading of headingTerms) for (const t of heading) headingFreq.set(t, (headingFreq.get(t) ?? 0) + 1);
  const headings = headingTerms.map((heading) => unit(new Map([...heading].map((t) => [t, Math.log(1 + n / headingFreq.get(t)!)]))).vector);
  return { vectors, norms, headings, skip };
}

export function computeRelated(items: Item[], documents: readonly DocumentSummary[]): void {
  const surfaces: Surfaces = new Map();
  const { vectors, norms, headings, skip } = read(items, surfaces, nameTerms(documents, items));
  const readable = (stem: string) =>
    [...(surfaces.get(stem) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? stem;
  const averageNorm = norms.reduce((sum, norm) => sum + norm, 0) / Math.max(1, norms.length) || 1;
  // Undo part of the followed item's length normalisation, relative to the average item.
  const pivot = norms.map((norm) => (norm / averageNorm) ** (1 - PIVOT));
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    if (!TARGET_TYPES.has(items[i].type) || skip[i] || v.size < MIN_TERMS) return;
    for (const t of v.keys()) (postings.get(t) ?? postings.set(t, []).get(t)!).push(i);
  });
  const byId = new Map(items.map((it) => [it.id, it]));
  items.forEach((item, i) => {
    delete item.related;
    if (!SOURCE_TYPES.has(item.type)) return;
    const dots = new Map<number, number>();
    for (const [t, w] of vectors[i]) {
      for (const j of postings.get(t) ?? []) {
        if (items[j].document === item.document) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * vectors[j].get(t)! * pivot[j]);
      }
    }
    const ranked = [...dots.entries()]
      .map(([j, dot]) => {
        const shared = items[j].themes.some((theme) => item.themes.includes(theme));
        const heading = items[j].body === item.body ? cosine(headings[i], headings[j]) : 0;
        return { j, score: dot + (shared ? THEME_BONUS : 0) + HEADING_WEIGHT * heading };
      })
      .filter((r) => r.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.j - b.j);
    const shown = onceEach(ranked, (j) => statementOf(items[j], byId)).slice(0, MAX_RELATED);
    if (shown.length === 0) return;
    item.related = shown.map(({ j, score }) => ({
      id: items[j].id,
      score: Math.round(score * 1000) / 1000,
      terms: sharedTerms(vectors[i], vectors[j]).map(readable),
    }));
  });
}

/** The text a reader reads an item in: a commitment is a statement of its reply, shown there. */
function statementOf(item: Item, byId: ReadonlyMap<string, Item>): string {
  return item.type === 'commitment' && item.parentId && byId.has(item.parentId) ? item.parentId : item.id;
}

/** The best-ranked of the items that are one text for a reader (a reply and the commitments read in it). */
function onceEach<T extends { j: number }>(ranked: readonly T[], unit: (j: number) => string): T[] {
  const seen = new Set<string>();
  return ranked.filter((r) => {
    const key = unit(r.j);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  return dot;
}

/** Why two items matched: the stems contributing most to their similarity. */
function sharedTerms(a: Vector, b: Vector): string[] {
  return [...a.entries()]
    .filter(([t]) => b.has(t))
    .map(([t, w]) => [t, w * b.get(t)!] as const)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, WHY_TERMS)
    .map(([t]) => t);
}
