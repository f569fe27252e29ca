// Themes stage. Evidence in order of strength: the document's own headings (the segmenter's
// themeHints), then a classifier (theme-classifier.ts) trained on the heading-labelled items of
// the whole corpus for items with no heading evidence; strong keywords add themes to both.
import type { Item } from '../../core/schema.js';
import { THEME_IDS } from '../../core/themes.js';
import { keywordThemes } from './theme-keywords.js';
import { trainThemeClassifier } from './theme-classifier.js';

export { trainThemeClassifier, type LabelledText, type ThemeClassifier } from './theme-classifier.js';

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
