// Document titles are long ("Report by the Czech authorities on measures taken to comply with
// …"): lists show a short name, the item page and citations the full title.
import type { DocumentSummary } from '../../../core/schema.js';

const SHORT_NAME_MAX = 64;

export function shortDocumentName(title: string): string {
  // Cut at the first separator that leaves a meaningful name: a colon, a dash or a bracket.
  const cut = /^(.{20,}?)(?::\s| [–—-] | \()/.exec(title);
  const name = cut ? cut[1] : title;
  return name.length <= SHORT_NAME_MAX ? name : `${name.slice(0, SHORT_NAME_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

export interface DocumentNames {
  /** Short name for lists; the id itself when the document is unknown. */
  name(id: string): string;
  /** The full title, for the item page and citations. */
  title(id: string): string;
}

/** The same names on the server (from the corpus) and in the browser (from /api/documents). */
export function documentNames(documents: readonly Pick<DocumentSummary, 'id' | 'title'>[]): DocumentNames {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return {
    name: (id) => { const title = titles.get(id); return title === undefined ? id : shortDocumentName(title); },
    title: (id) => titles.get(id) ?? id,
  };
}
