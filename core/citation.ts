// How an item is named, linked and cited wherever people or programs read it: the search page,
// the Atom feed and the MCP tools all say "Recommendation II-6", link /item/<id> and give the
// same citation line, so a quote found by an assistant reads like one copied from the page.
import type { Item } from './schema.js';

const TYPE_LABELS: Record<string, [singular: string, plural: string]> = {
  recommendation: ['Recommendation', 'Recommendations'],
  observation: ['Observation', 'Observations'],
  practice: ['Promising practice', 'Promising practices'],
  question: ['Question', 'Questions'],
  answer: ['Answer', 'Answers'],
  response: ['Reply', 'Replies'],
  goal: ['Goal', 'Goals'],
  task: ['Task', 'Tasks'],
  evaluation: ['Evaluated task', 'Evaluated tasks'],
  table: ['Table', 'Tables'],
  paragraph: ['Paragraph', 'Paragraphs'],
  commitment: ['Promise', 'Promises'],
};

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const typeLabel = (type: string): string => TYPE_LABELS[type]?.[0] ?? capitalise(type);
export const typePluralLabel = (type: string): string => TYPE_LABELS[type]?.[1] ?? capitalise(type);

/** The printed number, else the label the id was built from ("rec/II-6" → "II-6") when short. */
export function itemLabel(item: Pick<Item, 'id' | 'document' | 'number'>): string | undefined {
  if (item.number !== undefined) return item.number;
  const segments = item.id.slice(item.document.length + 1).split('/').slice(1);
  // Printed labels are numerals or letters ("VII/2", "II-6/a"); words ("1/commitment/1") are the indexer's own.
  const printed = segments.length > 0 && segments.every((s) => /^([A-Z0-9][A-Za-z0-9.+-]*|[a-z])$/.test(s));
  const tail = segments.join('/');
  if (printed && tail.length <= 16) return tail;
  // One recommendation worded once for several numbers ("rec/V-4+V-7+V-12+V-15"): all of them.
  if (printed && segments.length === 1 && tail.includes('+')) return tail.split('+').join(', ');
  return undefined;
}

/**
 * How UN documents are cited: the document's symbol and the paragraph ("A/HRC/38/12, para.
 * 118.4"; a review's recommendations are numbered sub-paragraphs); undefined without a symbol.
 */
export function symbolCitation(symbol: string | undefined, label: string | undefined): string | undefined {
  if (symbol === undefined) return undefined;
  return label === undefined ? symbol : `${symbol}, para. ${label}`;
}

export interface CitationParts {
  item: Pick<Item, 'type' | 'section' | 'year' | 'body'> & { symbol?: string };
  /** The item's printed number or label ("II-6", "4.2"), when it has one. */
  label?: string;
  documentTitle: string;
  permalink: string;
  /** ISO date (YYYY-MM-DD) the reader looked the item up. */
  accessed: string;
}

/**
 * Enough for a reader to find the passage in the printed document (title, section, number) and
 * online (permalink), with the date it was read.
 */
export function citationText({ item, label, documentTitle, permalink, accessed }: CitationParts): string {
  // Titles often start with the body's name ("Lanzarote Committee factsheet …"): say it once.
  const source = documentTitle.toLowerCase().includes(item.body.toLowerCase()) ? documentTitle : `${item.body}, ${documentTitle}`;
  const parts = [item.year === undefined ? source : `${source} (${item.year})`];
  if (item.section && item.section.length > 0) parts.push(`section “${item.section.join(' › ')}”`);
  const kind = typeLabel(item.type).toLowerCase();
  parts.push(label !== undefined ? `${kind} ${label}` : kind);
  const symbol = symbolCitation(item.symbol, label);
  if (symbol !== undefined) parts.push(symbol);
  return `${parts.join(', ')}. ${permalink} (accessed ${accessed}).`;
}

/** Item ids contain slashes; each segment is encoded so the path stays readable and exact. */
export const itemPath = (id: string): string => `/item/${id.split('/').map(encodeURIComponent).join('/')}`;

/** The API's answer for one item (its links, footnotes and related items). */
export const itemApiPath = (id: string): string => `/api/items/${id.split('/').map(encodeURIComponent).join('/')}`;
