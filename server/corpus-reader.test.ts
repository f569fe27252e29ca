// The local reader reads the corpus on demand: building the app must not touch the items or
// their links (building the links parses every item, the largest cost of a Worker's start-up).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusFromDir } from '../node-server/corpus-files.js';
import { createApp } from './app.js';
import type { LoadedCorpus } from './corpus.js';
import { localReader } from './corpus-reader.js';

const corpusDir = join(import.meta.dirname, '../corpus');

function watched(): { corpus: LoadedCorpus; touched: Set<string> } {
  const touched = new Set<string>();
  const real = loadCorpusFromDir(corpusDir);
  const corpus = new Proxy(real, { get: (target, key, receiver) => { touched.add(String(key)); return Reflect.get(target, key, receiver); } });
  return { corpus, touched };
}

describe('localReader', () => {
  it('touches neither the items nor their links until asked', async () => {
    const { corpus, touched } = watched();
    const reader = localReader(corpus);
    createApp(corpus);
    expect([...touched].filter((key) => key === 'items' || key === 'links')).toEqual([]);
    const first = (await reader.search({ q: 'helpline', limit: 1 })).hits[0].item;
    expect((await reader.itemWithLinks(first.id))?.item.id).toBe(first.id);
    expect(touched.has('links')).toBe(true);
  });

  it('answers as the corpus does: citing items, a document\'s items, counts by type', async () => {
    const { corpus } = watched();
    const reader = localReader(corpus);
    expect(await reader.citing({ kind: 'paragraph', n: 104 })).toEqual(corpus.links.citingParagraph(104));
    const document = corpus.documents[0].id;
    const items = await reader.documentItems(document);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.document === document)).toBe(true);
    const counts = await reader.typeCountsByDocument();
    expect(Object.values(counts.get(document)!).reduce((a, b) => a + b, 0)).toBe(items.length);
  });
});
