// Index one seed document as the pipeline does (manifest metadata, its kind's segmenter,
// footnotes, cleaning), for gold tests that check the items a reader would expect.
import { readFileSync } from 'node:fs';
import { DocumentMeta, type Item } from '../../core/schema.js';
import { indexDocument, type IndexedDocument } from '../../indexer/index-document.js';
import { kindByName } from '../../indexer/segment/registry.js';

const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { documents: unknown[] };

export function indexSeed(documentId: string, text?: string): IndexedDocument & { byKey(key: string): Item } {
  const meta = manifest.documents.map((d) => DocumentMeta.parse(d)).find((d) => d.id === documentId);
  if (!meta) throw new Error(`no manifest entry ${documentId}`);
  const source = text ?? readFileSync(`seeds/${meta.file}`, 'utf8');
  const indexed = indexDocument({ meta, inferred: false, extracted: { text: source } }, kindByName(meta.kind)!, []);
  const byKey = (key: string) => {
    const item = indexed.items.find((i) => i.id === `${documentId}/${key}`);
    if (!item) throw new Error(`no item ${documentId}/${key}; have ${indexed.items.map((i) => i.id.slice(documentId.length + 1)).join(' ')}`);
    return item;
  };
  return { ...indexed, byKey };
}

export { countBy } from '../support/segment-fixture.js';
