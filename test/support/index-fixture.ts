// Index a document written for a test (not a seed) as the pipeline does, with the manifest
// entry a person would write for it: for gold tests of readers on documents the seeds lack.
import { readFileSync } from 'node:fs';
import { DocumentMeta, type Item } from '../../core/schema.js';
import { indexDocument, type IndexedDocument } from '../../indexer/index-document.js';
import { kindByName } from '../../indexer/segment/registry.js';

export interface IndexedFixture extends IndexedDocument {
  text: string;
  /** The item with id `<document>/<key>`, or a failure listing the keys there are. */
  byKey(key: string): Item;
  find(key: string): Item | undefined;
}

export function indexFixture(url: URL, meta: Omit<DocumentMeta, 'file' | 'format'>): IndexedFixture {
  return indexText(readFileSync(url, 'utf8'), url.pathname.split('/').pop()!, meta);
}

/** The same for a text made in the test (a fixture with lines inserted, say). */
export function indexText(text: string, file: string, meta: Omit<DocumentMeta, 'file' | 'format'>): IndexedFixture {
  const full = DocumentMeta.parse({ ...meta, file, format: 'txt' });
  const kind = kindByName(full.kind);
  if (!kind) throw new Error(`no reader for kind ${full.kind}`);
  const indexed = indexDocument({ meta: full, inferred: false, extracted: { text } }, kind, []);
  const find = (key: string) => indexed.items.find((i) => i.id === `${full.id}/${key}`);
  const byKey = (key: string) => {
    const item = find(key);
    if (!item) throw new Error(`no item ${full.id}/${key}; have ${indexed.items.map((i) => i.id.slice(full.id.length + 1)).join(' ')}`);
    return item;
  };
  return { ...indexed, text, byKey, find };
}
