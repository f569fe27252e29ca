// Document titles are long ("Report by the Czech authorities on measures taken to comply with
// …"): lists show a short name, the item page and citations the full title.
import { getDocuments } from './api.js';
import type { DocumentSummary } from './api-types.js';

const SHORT_NAME_MAX = 64;

export function shortDocumentName(title: string): string {
  // Cut at the first separator that leaves a meaningful name: a colon, a dash or a bracket.
  const cut = /^(.{20,}?)(?::\s| [–—-] | \()/.exec(title);
  const name = cut ? cut[1] : title;
  return name.length <= SHORT_NAME_MAX ? name : `${name.slice(0, SHORT_NAME_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

export interface DocumentIndex {
  byId(id: string): DocumentSummary | undefined;
  /** Short name for lists; the id itself when the document is unknown. */
  name(id: string): string;
  title(id: string): string;
}

let loading: Promise<DocumentIndex> | undefined;

/** Loaded once per page: the list is small and does not change while the page is open. */
export function loadDocumentIndex(): Promise<DocumentIndex> {
  loading ??= getDocuments().then(({ documents }): DocumentIndex => {
    const byId = new Map(documents.map((d) => [d.id, d]));
    return {
      byId: (id: string) => byId.get(id),
      name: (id: string) => { const doc = byId.get(id); return doc ? shortDocumentName(doc.title) : id; },
      title: (id: string) => byId.get(id)?.title ?? id,
    };
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
