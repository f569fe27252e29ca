// Index a seed from its text and from its PDF rendition, and list how their items differ.
// Renditions differ only in typography the converters chose (straight or curly quotes, line
// breaks, link targets a PDF keeps out of sight), which is normalised before comparing.
import { readFileSync } from 'node:fs';
import { DocumentMeta, type Item } from '../../core/schema.js';
import { extractDocument } from '../../indexer/extract/index.js';
import { indexDocument, type IndexedDocument } from '../../indexer/index-document.js';
import { kindByName } from '../../indexer/segment/registry.js';

const manifest = (JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { documents: unknown[] }).documents.map((d) => DocumentMeta.parse(d));

export async function indexBoth(documentId: string, pdfPath: string): Promise<{ fromText: Item[]; fromPdf: Item[]; pdf: IndexedDocument }> {
  const meta = manifest.find((m) => m.id === documentId)!;
  const kind = kindByName(meta.kind)!;
  const fromText = indexDocument({ meta, inferred: false, extracted: { text: readFileSync(`seeds/${meta.file}`, 'utf8') } }, kind, []).items;
  const extracted = await extractDocument(new Uint8Array(readFileSync(pdfPath)), pdfPath);
  const pdf = indexDocument({ meta: { ...meta, format: 'pdf' }, inferred: false, extracted }, kind, []);
  return { fromText, fromPdf: pdf.items, pdf };
}

/** "label (https://…)": a link's target, printed in the text rendition, hidden behind its label in a PDF. */
const LINK_TARGET = / \((?:https?:\/\/|www\.)[^)\s]*\)/g;

export const typography = (v: unknown): string | undefined =>
  v === undefined
    ? undefined
    : JSON.stringify(v).replace(/\\n|\s+/g, ' ').replace(/[“”„]/g, '\\"').replace(/[’‘]/g, "'").replace(LINK_TARGET, '');

/** Every field that differs between the text's and the PDF's items of a type, item by item. */
/**
 * A field as the renditions must agree on it. A footnote marker's offset counts characters the
 * two renditions may print differently ("..." and "…"), so a marker is compared by the words
 * just before it in the item's text.
 */
function comparable(item: Item, field: keyof Item): unknown {
  if (field !== 'footnotes' || !item.footnotes) return item[field];
  return item.footnotes.map((note) => (note.at ? { ...note, at: note.at.map((o) => item.text.slice(Math.max(0, o - 16), o)) } : note));
}

export function differences(type: Item['type'], fields: (keyof Item)[], fromText: Item[], fromPdf: Item[]): string[] {
  const out: string[] = [];
  const pdfById = new Map(fromPdf.filter((i) => i.type === type).map((i) => [i.id, i]));
  for (const t of fromText.filter((i) => i.type === type)) {
    const p = pdfById.get(t.id);
    if (!p) {
      out.push(`${t.id}: missing from the PDF`);
      continue;
    }
    pdfById.delete(t.id);
    for (const f of fields) {
      const [a, b] = [typography(comparable(t, f)), typography(comparable(p, f))];
      if (a !== b) out.push(`${t.id} ${String(f)}:\n  text: ${a?.slice(0, 200)}\n  pdf:  ${b?.slice(0, 200)}`);
    }
  }
  for (const extra of pdfById.keys()) out.push(`${extra}: only in the PDF`);
  return out;
}
