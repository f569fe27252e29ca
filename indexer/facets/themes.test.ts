// Theme classifier (issue 6, "Themes"): held-out accuracy of the naive Bayes classifier that
// labels items without heading evidence, and a table of the hand-reviewed keyword rules.
//
// Labelled set: the factsheet's items, labelled by their chapter (the chapters map almost one
// to one onto the taxonomy; the table below is read off the factsheet's chapter titles), plus
// the national strategy's tasks, labelled by the specific goal they serve (task 2.3 serves
// goal 2, "Strengthening victim identification"). The labels come from the document's
// structure, not from the corpus' `themes` field, which the classifier itself helped fill.
// Every 5th item is held out; the classifier is trained on the rest and sees only the item's
// own text (no heading, which would give the label away).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { THEME_IDS } from '../../core/themes.js';
import { keywordThemes } from './theme-keywords.js';
import { trainThemeClassifier, type LabelledText } from './themes.js';

/** Factsheet chapter (its Roman numeral) → the theme(s) its title names. */
const FACTSHEET_CHAPTERS: Record<string, string[]> = {
  II: ['legal-framework'], // Legal frameworks
  III: ['investigation-prosecution'], // Investigations and prosecution
  IV: ['jurisdiction'], // Jurisdiction rules
  V: ['international-cooperation'], // International cooperation
  VI: ['victim-assistance'], // Assistance to victims
  VII: ['civil-society'], // Civil society involvement and cooperation
  VIII: ['awareness-prevention'], // Promoting awareness of the risks …
  IX: ['education'], // Education for children
  X: ['training-professionals', 'education'], // Higher education curriculum and continuous training
  XI: ['data-research'], // Research
};

/** National strategy 2020–2023: specific goal (first digit of the task number) → theme(s). */
const STRATEGY_GOALS: Record<string, string[]> = {
  '1': ['child-protection'], // Combating child trafficking
  '2': ['victim-identification'], // Strengthening victim identification
  '3': ['awareness-prevention', 'victim-assistance'], // Prevention and assistance to victims
  '4': ['international-cooperation'], // Cooperation at national and international level
};

const HOLD_OUT_EVERY = 5;
/**
 * Measured (99 trained, 24 held out), after balancing the classes in trainThemeClassifier:
 * top-1 0.958, any-match 0.958, against a majority-class baseline of 0.208. Before balancing,
 * natural's naive Bayes let the smallest classes win almost every text (0.167). Floors sit a
 * little under the measured figure; raise them when the classifier improves.
 */
const TOP1_FLOOR = 0.9;
const ANY_FLOOR = 0.9;

interface Labelled extends LabelledText {
  id: string;
}

function labelled(items: Item[]): Labelled[] {
  const out: Labelled[] = [];
  for (const item of items) {
    let themes: string[] | undefined;
    if (item.document === 'lanzarote-factsheet-cz-2023') {
      const chapter = /^([IVX]+)\./.exec(item.section?.[0] ?? '')?.[1];
      themes = chapter ? FACTSHEET_CHAPTERS[chapter] : undefined;
    } else if (item.document === 'national-strategy-thb-cz-2020' && item.type === 'task') {
      themes = STRATEGY_GOALS[(item.number ?? '').split('.')[0]!];
    }
    if (themes) out.push({ id: item.id, text: [item.title, item.text].filter(Boolean).join(' '), themes });
  }
  return out;
}

describe('theme classifier, held-out accuracy', () => {
  const items = JSON.parse(readFileSync('corpus/items.json', 'utf8')) as Item[];
  const all = labelled(items);
  const test = all.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
  const train = all.filter((_, i) => i % HOLD_OUT_EVERY !== HOLD_OUT_EVERY - 1);

  it('the labelled set covers the factsheet chapters and the strategy tasks', () => {
    expect(all.every((ex) => ex.themes.every((t) => THEME_IDS.includes(t)))).toBe(true);
    const chapters = new Set(all.filter((e) => e.id.startsWith('lanzarote-factsheet')).flatMap((e) => e.themes));
    expect(chapters.size).toBeGreaterThanOrEqual(10);
    expect(all.filter((e) => e.id.startsWith('national-strategy')).length).toBe(13);
    expect(test.length).toBeGreaterThanOrEqual(20);
    // Train and test are disjoint.
    const trainIds = new Set(train.map((e) => e.id));
    expect(test.some((e) => trainIds.has(e.id))).toBe(false);
  });

  it('classifies held-out items above the measured floor', () => {
    const classifier = trainThemeClassifier(train);
    let top1 = 0;
    let any = 0;
    const misses: string[] = [];
    for (const ex of test) {
      const predicted = classifier.classify(ex.text);
      expect(predicted.every((t) => THEME_IDS.includes(t)), ex.id).toBe(true);
      if (predicted[0] !== undefined && ex.themes.includes(predicted[0])) top1++;
      if (predicted.some((t) => ex.themes.includes(t))) any++;
      else misses.push(`  ${ex.id}: expected ${ex.themes.join('|')}, got ${predicted.join(',') || '(none)'}`);
    }
    const top1Acc = top1 / test.length;
    const anyAcc = any / test.length;
    // Majority-class baseline: always answer the most frequent training theme.
    const counts = new Map<string, number>();
    for (const ex of train) for (const t of ex.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const baseline = test.filter((ex) => ex.themes.includes(majority)).length / test.length;
    console.log(
      `theme classifier: trained on ${train.length}, held out ${test.length}: top-1 ${top1Acc.toFixed(3)}, ` +
        `any-match ${anyAcc.toFixed(3)} (majority baseline "${majority}" ${baseline.toFixed(3)})` +
        (misses.length ? `\nmisses:\n${misses.join('\n')}` : ''),
    );
    expect(top1Acc).toBeGreaterThanOrEqual(TOP1_FLOOR);
    expect(top1Acc).toBeGreaterThan(baseline);
    expect(anyAcc).toBeGreaterThanOrEqual(ANY_FLOOR);
  });

  it('returns nothing when it has nothing to learn from', () => {
    expect(trainThemeClassifier([]).classify('helplines for child victims')).toEqual([]);
    expect(trainThemeClassifier([{ text: 'too short', themes: ['education'] }]).classify('anything at all here')).toEqual([]);
  });
});

describe('keywordThemes', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'to support telephone or internet helplines', expected: ['online-ict', 'victim-assistance'] },
    { text: 'assistance to child victims in shelters', expected: ['victim-assistance', 'child-protection'] },
    { text: 'prevention of labour exploitation by employment agencies', expected: ['labour-exploitation', 'awareness-prevention'] },
    { text: 'forced labor in agriculture', expected: ['labour-exploitation'] },
    { text: 'cooperation through Eurojust and mutual legal assistance', expected: ['international-cooperation'] },
    { text: 'to remove the requirement for dual criminality', expected: ['jurisdiction'] },
    { text: 'unaccompanied foreign children placed in institutional care', expected: ['child-protection'] },
    { text: 'a unified list of indicators of trafficking for the identification of victims', expected: ['victim-identification'] },
    { text: 'the Judicial Academy organises seminars for judges', expected: ['training-professionals'] },
    { text: 'sexual education in schools and the national curriculum', expected: ['education'] },
    { text: 'projects carried out by NGOs and civil society', expected: ['civil-society'] },
    { text: 'amendment to the Criminal Code', expected: ['legal-framework'] },
    { text: 'cases are investigated and offenders convicted', expected: ['investigation-prosecution'] },
    { text: 'statistics on presumed victims', expected: ['data-research'] },
    { text: 'awareness-raising campaigns for parents', expected: ['awareness-prevention'] },
    // Word boundaries: no theme from a word that merely contains a keyword.
    { text: 'the schoolyard and the laboratory', expected: [] },
    { text: 'The Committee observes', expected: [] },
  ];
  it.each(cases)('$text → $expected', ({ text, expected }) => {
    expect(new Set(keywordThemes(text))).toEqual(new Set(expected));
  });

  it('returns only taxonomy ids', () => {
    for (const { text } of cases) for (const t of keywordThemes(text)) expect(THEME_IDS).toContain(t);
  });
});
