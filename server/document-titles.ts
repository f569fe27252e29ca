// Document titles by id, for answers that name an item's document (the Atom feed, MCP tools).
// Built once per corpus on first use.
import type { DocumentSummary } from '../core/schema.js';

const byCorpus = new WeakMap<readonly DocumentSummary[], Map<string, DocumentSummary>>();

export function documentsById(documents: readonly DocumentSummary[]): ReadonlyMap<string, DocumentSummary> {
  let map = byCorpus.get(documents);
  if (map === undefined) byCorpus.set(documents, (map = new Map(documents.map((d) => [d.id, d]))));
  return map;
}
