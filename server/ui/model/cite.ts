// The "cite" line under an item: enough for a reader to find the passage in the printed
// document (title, section, number) and online (permalink), with the date it was read.
import type { Item } from '../../../core/schema.js';
import { typeLabel } from './labels.js';

export interface CitationParts {
  item: Pick<Item, 'type' | 'section' | 'year' | 'body'>;
  /** The item's printed number or label ("II-6", "4.2"), when it has one. */
  label?: string;
  documentTitle: string;
  permalink: string;
  /** ISO date (YYYY-MM-DD) the reader looked the item up. */
  accessed: string;
}

export function citationText({ item, label, documentTitle, permalink, accessed }: CitationParts): string {
  // Titles often start with the body's name ("Lanzarote Committee factsheet …"): say it once.
  const source = documentTitle.toLowerCase().includes(item.body.toLowerCase()) ? documentTitle : `${item.body}, ${documentTitle}`;
  const parts = [item.year === undefined ? source : `${source} (${item.year})`];
  if (item.section && item.section.length > 0) parts.push(`section “${item.section.join(' › ')}”`);
  const kind = typeLabel(item.type).toLowerCase();
  parts.push(label !== undefined ? `${kind} ${label}` : kind);
  return `${parts.join(', ')}. ${permalink} (accessed ${accessed}).`;
}

/** Item ids contain slashes; each segment is encoded so the path stays readable and exact. */
export const itemPath = (id: string): string => `/item/${id.split('/').map(encodeURIComponent).join('/')}`;

export const itemIdFromPath = (pathname: string): string | undefined => {
  const match = /^\/item\/(.+)$/.exec(pathname);
  if (!match) return undefined;
  try {
    return match[1].split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
};
