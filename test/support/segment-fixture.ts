// Test support for segmenters: segment a seed (or a made-up document) as the indexer does,
// and look items up by key with a failure that lists the keys there are.
import { readFileSync } from 'node:fs';
import { buildLayout } from '../../indexer/layout/layout.js';
import type { DocumentKind, DraftItem, Layout, SegmentResult, SourceDocument } from '../../indexer/types.js';

/** The five seed documents: every kind's detector must recognise its own and none of the others. */
export const SEED_FILES = [
  'global-alliance-report-cz-2014.txt',
  'greta-cp-rec-2024-10-reply-cz-2025.txt',
  'lanzarote-r2-factsheet-cz-2023.txt',
  'lanzarote-r2-questionnaire-reply-cz.txt',
  'national-strategy-thb-cz-2020-2023.txt',
] as const;

export const readSeed = (file: string): string => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

export interface Segmented {
  text: string;
  layout: Layout;
  items: DraftItem[];
  headings: SegmentResult['headings'];
  byKey: Map<string, DraftItem>;
  get(key: string): DraftItem;
}

export function segmentText(kind: DocumentKind, text: string): Segmented {
  const doc = { meta: {}, inferred: false, extracted: { text } } as unknown as SourceDocument;
  const layout = buildLayout(text);
  const { items, headings } = kind.segment(layout, doc);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const get = (key: string): DraftItem => {
    const item = byKey.get(key);
    if (!item) throw new Error(`no item ${key}; keys: ${[...byKey.keys()].join(', ')}`);
    return item;
  };
  return { text, layout, items, headings, byKey, get };
}

export const segmentSeed = (kind: DocumentKind, file: string): Segmented => segmentText(kind, readSeed(file));

export function countBy<T>(list: readonly T[], key: (item: T) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of list) {
    const k = key(item);
    if (k !== undefined) counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
