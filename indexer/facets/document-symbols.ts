// The document symbols a document answers or is, from its metadata: the GRETA reply is the
// report "on measures taken to comply with … Recommendation CP/Rec(2024)10 (CP(2025)07)".
// A search for the symbol lists the document's items first.
import type { DocumentSummary } from '../../core/schema.js';
import { symbolsIn } from '../../core/search/citations.js';

export function documentSymbols(documents: readonly DocumentSummary[]): Record<string, string[]> {
  const symbols: Record<string, string[]> = {};
  for (const doc of documents) {
    const found = symbolsIn([doc.title, doc.source, doc.frontMatter].filter(Boolean).join('\n'));
    if (found.length > 0) symbols[doc.id] = found.sort();
  }
  return symbols;
}
