// Index a seed from its text and from a PDF rendition, and list how their items differ field by
// field (typography the converters chose — quotes, line breaks in cells — normalised first).
import { readFileSync } from 'node:fs';
import { DocumentMeta, type Item } from '../../core/schema.js';
import { extractDocument } from '../../indexer/extract/index.js';
import { indexDocument } from '../../indexer/index-document.js';
import { kindByName } from '../../indexer/segment/registry.js';

const manifest = (JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { documents: unknown[] }).documents.map((d) => DocumentMeta.parse(d));

export async function both(documentId: string, pdfPath: string): Promise<{ fromText: Item[]; fromPdf: Item[] }> {
  const meta = manifest.find((m) => m.id === documentId)!;
  const kind = kindByName(meta.kind)!;
  const fromText = indexDocument({ meta, inferred: false, extracted: { text: readFileSync(`seeds/${meta.file}`, 'utf8') } }, kind, []).items;
  const extracted = await extractDocument(new Uint8Array(readFileSync(pdfPath)), pdfPath);
  const fromPdf = indexDocument({ meta: { ...meta, format: 'pdf' }, inferred: false, extracted }, kind, []).items;
  return { fromText, fromPdf };
}

const typography = (v: unknown): string | undefined =>
  v === undefined ? undefined : JSON.stringify(v).replace(/\\n|\s+/g, ' ').replace(/[“”„]/g, '\\"').replace(/[’‘]/g, "'");

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
      const [a, b] = [typography(t[f]), typography(p[f])];
      if (a !== b) out.push(`${t.id} ${String(f)}:\n  text: ${a?.slice(0, 200)}\n  pdf:  ${b?.slice(0, 200)}`);
    }
  }
  for (const extra of pdfById.keys()) out.push(`${extra}: only in the PDF`);
  return out;
}
