// Search exports: the hits as a CSV table (one row per item); format=json is the search answer
// itself as a file (search.handlers.ts).
import type { SearchHit } from '../../core/search/index.js';

type Column = [header: string, value: (hit: SearchHit) => string | number | boolean | undefined];
const list = (values: readonly (string | number)[] | undefined) => values?.join('; ');

const COLUMNS: Column[] = [
  ['id', (h) => h.item.id],
  ['document', (h) => h.item.document],
  ['type', (h) => h.item.type],
  ['number', (h) => h.item.number],
  ['title', (h) => h.item.title],
  ['section', (h) => h.item.section?.join(' > ')],
  ['urgency', (h) => h.item.urgency],
  ['addressee', (h) => h.item.addressee],
  ['body', (h) => h.item.body],
  ['year', (h) => h.item.year],
  ['themes', (h) => list(h.item.themes)],
  ['commitment', (h) => h.item.commitment],
  ['deadline', (h) => h.item.deadline],
  ['responsible', (h) => list(h.item.responsible)],
  ['status', (h) => h.item.status],
  ['cited_recommendations', (h) => list(h.item.refs?.recommendations)],
  ['cited_paragraphs', (h) => list(h.item.refs?.paragraphs)],
  ['text', (h) => h.item.text],
  ['response', (h) => h.item.response],
  ['score', (h) => h.score],
];

/**
 * Quotes every cell (texts hold commas, quotes and newlines), and defuses cells a spreadsheet
 * would run as a formula (=, +, -, @ first: CSV injection) by prefixing an apostrophe.
 */
function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** UTF-8 BOM first so spreadsheet programs read Czech diacritics correctly. */
export function hitsToCsv(hits: readonly SearchHit[]): string {
  const rows = [COLUMNS.map(([header]) => header).join(',')];
  for (const hit of hits) rows.push(COLUMNS.map(([, value]) => csvCell(value(hit))).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** A file name that says what the export is, safe in a Content-Disposition header. */
export function exportFileName(q: string, format: 'csv' | 'json'): string {
  const slug = q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `search${slug ? `-${slug}` : ''}.${format}`;
}
