// Links between documents of the same review, made once every document is indexed: a State's
// position answers the recommendation of the same number in the report its addendum belongs to
// ("A/HRC/38/12/Add.1" → "A/HRC/38/12", or the report a list of positions names in its text),
// and the recommendation then shows the position too; a
// note citing a document by its symbol ("CRC/C/EXA/CO/5-6, para. 8") points at that document
// and at the paragraphs and recommendations it names, when they are indexed.
import type { CitedDocument, DocumentSummary, Item } from '../../core/schema.js';

/** The report an addendum or corrigendum belongs to: its symbol without the part. */
const PART = /\/(?:Add|Corr|Rev)\.\d+$/i;

export interface ReviewLinks {
  /** Positions linked to the recommendation they answer. */
  positions: number;
  /** Cited documents found among the indexed ones. */
  citations: number;
  /** Positions whose report is indexed but has no recommendation of that number. */
  unanswered: string[];
}

export function linkReviewDocuments(items: Item[], documents: readonly DocumentSummary[]): ReviewLinks {
  const bySymbol = new Map<string, string>();
  for (const d of documents) if (d.symbol) bySymbol.set(d.symbol, d.id);
  const ids = new Set(items.map((i) => i.id));
  const byId = new Map(items.map((i) => [i.id, i]));
  const links: ReviewLinks = { positions: 0, citations: 0, unanswered: [] };

  const resolve = (cited: CitedDocument) => {
    const id = bySymbol.get(cited.symbol);
    if (!id) return;
    cited.document = id;
    const named = [
      ...(cited.paragraphs ?? []).map((n) => `${id}/para/${n}`),
      ...(cited.recommendations ?? []).map((r) => `${id}/rec/${r}`),
    ].filter((i) => ids.has(i));
    if (named.length) cited.items = named;
    links.citations++;
  };
  for (const item of items) {
    for (const cited of item.refs?.documents ?? []) resolve(cited);
    for (const note of item.footnotes ?? []) for (const cited of note.refs?.documents ?? []) resolve(cited);
  }

  const documentOf = new Map(documents.map((d) => [d.id, d]));
  const reportOf = new Map<string, string | undefined>();
  const reportFor = (document: string): string | undefined => {
    if (!reportOf.has(document)) {
      const symbol = documentOf.get(document)?.symbol;
      const part = symbol && PART.test(symbol) ? bySymbol.get(symbol.replace(PART, '')) : undefined;
      reportOf.set(document, part ?? reportNamedIn(document));
    }
    return reportOf.get(document);
  };
  // A list of positions without an addendum's symbol names the report it answers in its text ("… (A/HRC/38/12)").
  const reportNamedIn = (document: string): string | undefined => {
    const text = items.filter((i) => i.document === document && i.type !== 'response').map((i) => i.text).join('\n');
    return [...bySymbol].find(([symbol, id]) => id !== document && text.includes(symbol) && items.some((i) => i.document === id && i.type === 'recommendation'))?.[1];
  };
  for (const item of items) {
    if (item.type !== 'response' || !item.position || !item.number || item.respondsTo) continue;
    const report = reportFor(item.document);
    if (!report || report === item.document) continue;
    const target = byId.get(`${report}/rec/${item.number}`);
    if (!target) {
      links.unanswered.push(`${item.id}: ${report} has no recommendation ${item.number}`);
      continue;
    }
    item.respondsTo = target.id;
    target.position ??= item.position;
    if (item.explanation && !target.explanation) target.explanation = item.explanation;
    links.positions++;
  }
  return links;
}
