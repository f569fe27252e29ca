// Related items across documents: the follow-up trail of a matter (a factsheet
// recommendation ↔ the questionnaire answer ↔ the GRETA reply ↔ a strategy task).
// Cosine similarity of TF-IDF vectors over stemmed terms (the search tokenizer, which
// stems with natural's Porter stemmer), plus a bonus for shared themes.
import type { Item } from '../../core/schema.js';
import { tokenize } from '../../core/text/tokenize.js';

/** Item types a trail starts from, and the types that can continue it. */
const SOURCE_TYPES = new Set(['recommendation', 'question', 'goal', 'task', 'evaluation', 'commitment']);
/** Where a matter is followed up: answers, replies, tasks, evaluations, later recommendations. */
const TARGET_TYPES = new Set(['recommendation', 'answer', 'response', 'task', 'evaluation', 'goal', 'commitment']);
/** Items this short ("See the answer above.") match anything by accident. */
const MIN_TERMS = 12;
const MAX_RELATED = 5;
const MIN_SCORE = 0.08;
const THEME_BONUS = 0.05;
const WHY_TERMS = 4;

type Vector = Map<string, number>;

/** stem → the word people read: the most frequent surface form of that stem. */
type Surfaces = Map<string, Map<string, number>>;

function tfidfVectors(items: Item[], surfaces: Surfaces): Vector[] {
  const docFreq = new Map<string, number>();
  const byId = new Map(items.map((i) => [i.id, i]));
  const counts = items.map((item) => {
    const tf = new Map<string, number>();
    // An answer is about what its question asks: read them together.
    const asked = item.type === 'answer' && item.respondsTo ? byId.get(item.respondsTo)?.text : undefined;
    for (const tok of tokenize([item.title, asked, item.text].filter(Boolean).join(' '))) {
      tf.set(tok.term, (tf.get(tok.term) ?? 0) + 1);
      const forms = surfaces.get(tok.term) ?? surfaces.set(tok.term, new Map()).get(tok.term)!;
      forms.set(tok.surface, (forms.get(tok.surface) ?? 0) + 1);
    }
    for (const t of tf.keys()) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
    return tf;
  });
  const n = items.length;
  return counts.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, c] of tf) {
      // idf squared: the rare words two texts share ("helplines") say more than common ones.
      const w = (1 + Math.log(c)) * Math.log(1 + n / (docFreq.get(t) ?? 1)) ** 2;
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

export function computeRelated(items: Item[]): void {
  const surfaces: Surfaces = new Map();
  const vectors = tfidfVectors(items, surfaces);
  const readable = (stem: string) =>
    [...(surfaces.get(stem) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? stem;
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    if (!TARGET_TYPES.has(items[i].type) || v.size < MIN_TERMS) return;
    for (const t of v.keys()) (postings.get(t) ?? postings.set(t, []).get(t)!).push(i);
  });
  items.forEach((item, i) => {
    if (!SOURCE_TYPES.has(item.type)) return;
    const dots = new Map<number, number>();
    for (const [t, w] of vectors[i]) {
      for (const j of postings.get(t) ?? []) {
        if (items[j].document === item.document) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * vectors[j].get(t)!);
      }
    }
    const ranked = [...dots.entries()]
      .map(([j, dot]) => {
        const shared = items[j].themes.filter((th) => item.themes.includes(th)).length;
        return { j, score: dot + (shared > 0 ? THEME_BONUS : 0) };
      })
      .filter((r) => r.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.j - b.j)
      .slice(0, MAX_RELATED);
    if (ranked.length === 0) return;
    item.related = ranked.map(({ j, score }) => ({
      id: items[j].id,
      score: Math.round(score * 1000) / 1000,
      terms: sharedTerms(vectors[i], vectors[j]).map(readable),
    }));
  });
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
