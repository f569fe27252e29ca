// Themes stage. Evidence in order of strength: the document's own headings (the segmenter's
// themeHints), then a naive Bayes classifier (natural) trained on the heading-labelled items
// of the whole corpus for items with no heading evidence; strong keywords add themes to both.
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import type { Item } from '../../core/schema.js';
import { THEME_IDS } from '../../core/themes.js';
import { keywordThemes } from './theme-keywords.js';

export interface LabelledText {
  text: string;
  themes: string[];
}

export interface ThemeClassifier {
  classify(text: string): string[];
}

/** A second theme is kept when it scores within this factor of the best one. */
const RUNNER_UP_RATIO = 0.6;

export function trainThemeClassifier(examples: LabelledText[]): ThemeClassifier {
  const byTheme = new Map<string, string[]>();
  for (const ex of examples) {
    for (const theme of ex.themes) {
      if (!THEME_IDS.includes(theme) || ex.text.trim().length < 20) continue;
      (byTheme.get(theme) ?? byTheme.set(theme, []).get(theme)!).push(ex.text);
    }
  }
  if (byTheme.size === 0) return { classify: () => [] };
  // Naive Bayes scores a word a theme never saw by that theme's size alone, so the themes
  // with fewest examples would win most texts. Balance the classes by cycling through each
  // theme's examples until every theme has as many as the largest.
  const largest = Math.max(...[...byTheme.values()].map((texts) => texts.length));
  const bayes = new BayesClassifier();
  for (const theme of [...byTheme.keys()].sort()) {
    const texts = byTheme.get(theme)!;
    for (let i = 0; i < largest; i++) bayes.addDocument(texts[i % texts.length], theme);
  }
  bayes.train();
  return {
    classify(text: string): string[] {
      const ranked = bayes.getClassifications(text) as { label: string; value: number }[];
      if (ranked.length === 0) return [];
      const [best, second] = ranked;
      const out = [best.label];
      if (second && second.value >= best.value * RUNNER_UP_RATIO) out.push(second.label);
      return out;
    },
  };
}

/** Assign themes to every item; `hints` maps item id → heading-given themes. */
export function assignThemes(items: Item[], hints: Map<string, string[]>): void {
  const labelled = items
    .filter((i) => (hints.get(i.id) ?? []).length > 0)
    .map((i) => ({ text: itemText(i), themes: hints.get(i.id)! }));
  const classifier = trainThemeClassifier(labelled);
  for (const item of items) {
    const fromHeadings = (hints.get(item.id) ?? []).filter((t) => THEME_IDS.includes(t));
    const base = fromHeadings.length ? fromHeadings : classifier.classify(itemText(item));
    const themes = new Set([...base, ...keywordThemes(itemText(item))]);
    item.themes = THEME_IDS.filter((t) => themes.has(t));
  }
}

function itemText(i: Item): string {
  return [i.title, i.section?.join(' '), i.text].filter(Boolean).join(' ');
}
