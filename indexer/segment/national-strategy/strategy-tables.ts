// Tables that are data rather than task records: the table of contents (structure, not
// content) and statistical or glossary tables (one `table` item each, rows kept as cells
// plus a readable rendering for search).
import type { DraftItem, Line } from '../../types.js';
import { cleanCell } from './strategy-cells.js';

/** A contents entry: a title (dot leaders allowed) and a page number in a cell of its own. */
const TOC_ROW = /^[^\t]*\p{L}[^\t]*\t\s*\d{1,3}\s*$/u;
/** Fewer entries than this in a row are a two-column table, not a table of contents. */
const MIN_TOC_ENTRIES = 3;

export function normaliseTitle(text: string): string {
  return text
    .replace(/\*+/g, '')
    .replace(/\t\s*\d{1,3}\s*$/, '')
    .replace(/\.{2,}|…/g, ' ')
    .replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/[.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface TableOfContents {
  /** Indexes into the layout lines that are contents entries. */
  lineIndexes: Set<number>;
  /** Normalised titles of the entries: a body line with one of these titles is a heading. */
  titles: Set<string>;
}

export function findTableOfContents(lines: Line[]): TableOfContents {
  const lineIndexes = new Set<number>();
  const titles = new Set<string>();
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && TOC_ROW.test(lines[j].text)) j++;
    if (j - i >= MIN_TOC_ENTRIES) {
      for (let k = i; k < j; k++) {
        lineIndexes.add(k);
        titles.add(normaliseTitle(lines[k].text));
      }
    }
    i = Math.max(j, i + 1);
  }
  return { lineIndexes, titles };
}

export function tableRows(lines: Line[]): string[][] {
  return lines.map((l) => l.text.split('\t').map((c) => cleanCell(c).replace(/\n/g, ' ')));
}

/**
 * A header row names the columns: it exists when the table has three or more columns
 * (statistics by year); two-column tables (a glossary) are read as term and meaning.
 */
export function renderTable(title: string | undefined, rows: string[][]): string {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const header = width >= 3 ? rows[0] : undefined;
  const body = header ? rows.slice(1) : rows;
  const out: string[] = [];
  if (title) out.push(title);
  if (header) out.push(header.filter((c) => c !== '').join(' | '));
  for (const row of body) {
    const [label, ...cells] = row;
    if (!header) {
      out.push(row.filter((c) => c !== '').join(' – '));
      continue;
    }
    const values = cells
      .map((c, j) => (c === '' ? '' : header[j + 1] ? `${header[j + 1]}: ${c}` : c))
      .filter((c) => c !== '');
    out.push(values.length ? `${label}: ${values.join('; ')}` : label);
  }
  return out.join('\n');
}

export function tableDraft(args: {
  key: string;
  title?: string;
  titleLine?: Line;
  rowLines: Line[];
  section: string[];
}): DraftItem {
  const rows = tableRows(args.rowLines);
  const first = args.titleLine ?? args.rowLines[0];
  const last = args.rowLines[args.rowLines.length - 1];
  const draft: DraftItem = {
    key: args.key,
    type: 'table',
    text: renderTable(args.title, rows),
    start: first.start,
    end: last.end,
    section: args.section,
    rows,
  };
  if (args.title) draft.title = args.title;
  return draft;
}
