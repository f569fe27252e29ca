// Counts for /api/stats, computed once per loaded corpus (the corpus never changes in an isolate).
import type { Item } from '../../core/schema.js';
import type { LoadedCorpus } from '../corpus.js';

export interface CorpusCounts {
  items: number;
  documents: number;
  byType: Record<string, number>;
  byDocument: Record<string, number>;
  byBody: Record<string, number>;
  byYear: Record<string, number>;
  byUrgency: Record<string, number>;
  byTheme: Record<string, number>;
  commitments: number;
}

const add = (counts: Record<string, number>, key: string | number | undefined): void => {
  if (key !== undefined) counts[key] = (counts[key] ?? 0) + 1;
};

export function countItems(items: readonly Item[], documents: number): CorpusCounts {
  const c: CorpusCounts = {
    items: items.length, documents, byType: {}, byDocument: {}, byBody: {}, byYear: {}, byUrgency: {}, byTheme: {}, commitments: 0,
  };
  for (const item of items) {
    add(c.byType, item.type);
    add(c.byDocument, item.document);
    add(c.byBody, item.body);
    if (item.year !== undefined) add(c.byYear, item.year);
    add(c.byUrgency, item.urgency);
    for (const theme of item.themes) add(c.byTheme, theme);
    if (item.commitment === true) c.commitments++;
  }
  return c;
}

const cache = new WeakMap<LoadedCorpus, CorpusCounts>();

export function corpusCounts(corpus: LoadedCorpus): CorpusCounts {
  let counts = cache.get(corpus);
  if (!counts) cache.set(corpus, (counts = countItems(corpus.items, corpus.documents.length)));
  return counts;
}
