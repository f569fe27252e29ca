// Search exports: the hits as a CSV table (one row per item); format=json is the search answer
// itself as a file (search.handlers.ts).
import type { Item } from '../../core/schema.js';
import type { SearchHit } from '../../core/search/index.js';
import { symbolCitation } from '../../core/citation.js';
import { itemPath } from '../ui/model/cite.js';
import { itemHeading, itemLabel } from '../ui/model/item-heading.js';
import { addresseeLabel, positionLabel, statusLabel, themeLabel, typeLabel, urgencyLabel } from '../ui/model/labels.js';

/** What a CSV row needs beyond the hit: where the service runs and what each document is called. */
export interface CsvContext {
  /** The service's origin ("https://example.org"), for each item's address. */
  origin: string;
  documentTitle(id: string): string;
}

type Cell = string | number | boolean | undefined;
type Column = [header: string, value: (item: Item, hit: SearchHit, context: CsvContext) => Cell];
const list = (values: readonly (string | number)[] | undefined) => (values && values.length > 0 ? values.join('; ') : undefined);

/** The printed number of what a hit answers, else its id's label ("q/6.1" → "6.1"). */
const answeredLabel = ({ item, question }: SearchHit): string | undefined =>
  question && (question.number ?? itemLabel({ id: question.id, number: undefined, document: item.document }));

/** Headings and values in words, as a spreadsheet reader wants them; the ids come last, for joins. */
const COLUMNS: Column[] = [
  ['Item URL', (item, _, ctx) => `${ctx.origin}${itemPath(item.id)}`],
  ['Document', (item, _, ctx) => ctx.documentTitle(item.document)],
  ['Item number', (item) => itemLabel(item)],
  ['Type', (item) => typeLabel(item.type)],
  ['Heading', (item) => itemHeading(item)],
  // UN documents are cited by symbol and paragraph.
  ['Citation', (item) => symbolCitation(item.symbol, itemLabel(item))],
  ['Section', (item) => item.section?.join(' > ')],
  ['Urgency', (item) => item.urgency && urgencyLabel(item.urgency)],
  ['Wording of the urgency', (item) => item.urgencyVerb],
  ['Addressed to', (item) => item.addressee && addresseeLabel(item.addressee)],
  ['Monitoring body', (item) => item.body],
  ['Year', (item) => item.year],
  ['Themes', (item) => list(item.themes.map(themeLabel))],
  ['Commitment', (item) => (item.commitment ? 'Yes' : undefined)],
  ['Deadline', (item) => item.deadline],
  ['Responsible', (item) => list(item.responsible)],
  ['Fulfilment', (item) => item.status && statusLabel(item.status)],
  ['Cites recommendations', (item) => list(item.refs?.recommendations)],
  ['Cites paragraphs', (item) => list(item.refs?.paragraphs)],
  ['Recommended by', (item) => list(item.recommendingStates)],
  ['Position of the State', (item) => item.position && positionLabel(item.position)],
  // An answer, reply or promise with what it answers: "Question 6.1" and its wording.
  ['Answers', (_, hit) => hit.question && [typeLabel(hit.question.type), answeredLabel(hit)].filter(Boolean).join(' ')],
  ['Wording of what it answers', (_, hit) => hit.question && [hit.question.lead, hit.question.text].filter(Boolean).join(' ')],
  ['Text', (item) => item.text],
  ['Reply', (item) => item.response],
  ['Score', (_, hit) => hit.score],
  ['Item id', (item) => item.id],
  ['Document id', (item) => item.document],
  ['Document symbol', (item) => item.symbol],
];

/**
 * Quotes every cell (texts hold commas, quotes and newlines), and defuses cells a spreadsheet
 * would run as a formula (=, +, -, @ first: CSV injection) by prefixing an apostrophe.
 */
function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvContext(requestUrl: string, documents: readonly { id: string; title: string }[]): CsvContext {
  const titles = new Map(documents.map((doc) => [doc.id, doc.title]));
  return { origin: new URL(requestUrl).origin, documentTitle: (id) => titles.get(id) ?? id };
}

/** UTF-8 BOM first so spreadsheet programs read Czech diacritics correctly. */
export function hitsToCsv(hits: readonly SearchHit[], context: CsvContext): string {
  const rows = [COLUMNS.map(([header]) => csvCell(header)).join(',')];
  for (const hit of hits) rows.push(COLUMNS.map(([, value]) => csvCell(value(hit.item, hit, context))).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** A file name that says what the export is, safe in a Content-Disposition header. */
export function exportFileName(q: string, format: 'csv' | 'json'): string {
  const slug = q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `search${slug ? `-${slug}` : ''}.${format}`;
}
