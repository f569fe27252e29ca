// A reply set as a two-column table: a header row ("Question | Reply"), then one row per
// question, the question in the first cell and the State's answer in the second (rows are
// tab-separated lines, as the converters write tables). A row whose first cell is empty goes
// on the answer above: a reply of several paragraphs, its own numbered list, or the tail of a
// row cut by a page break. The header row printed again after a page break is a field label;
// a row with one short cell ("Prevention") is a section title.
import type { DraftItem, Layout, Line, SegmentResult } from '../../types.js';
import { endsWithQuestionMark, isTitlePageLine, plain } from './questionnaire-lines.js';
import { lanzarote } from '../../series/lanzarote.js';
import { sectionThemes } from './questionnaire-themes.js';

/** "1.1 ", "2 ", "3. ": the question's number as the first cell prints it. */
const CELL_NUMBER = /^(\s*)(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/;
const SHORT_TITLE = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}$/u;

interface Row {
  line: Line;
  /** Cells as printed, and where each starts in the source. */
  cells: { text: string; start: number }[];
}

function rowOf(line: Line): Row {
  const cells: Row['cells'] = [];
  let at = line.start;
  for (const text of line.text.split('\t')) {
    cells.push({ text, start: at });
    at += text.length + 1;
  }
  return { line, cells };
}

const firstCell = (row: Row) => plain(row.cells[0].text).trim();
const restCells = (row: Row) => row.cells.slice(1).filter((c) => c.text.trim() !== '');

/** A row asking something in its first cell and answering in another. */
function isQuestionRow(row: Row): boolean {
  const question = firstCell(row).replace(CELL_NUMBER, '');
  return row.cells.length > 1 && restCells(row).length > 0 && (endsWithQuestionMark(question) || !!lanzarote.requestOpenings?.test(question));
}

/** The reply is such a table: at least two rows ask and answer. */
export function isQuestionTable(layout: Layout): boolean {
  return layout.lines.filter((l) => l.text.includes('\t') && isQuestionRow(rowOf(l))).length >= 2;
}

/** A header row: short cells, none asking anything, right above the first question row. */
function headerOf(rows: Row[]): string | undefined {
  const firstQuestion = rows.findIndex(isQuestionRow);
  const header = rows.slice(0, Math.max(0, firstQuestion)).reverse().find((r) => r.cells.length > 1);
  if (!header || header.cells.some((c) => c.text.split(/\s+/).length > 6 || c.text.includes('?'))) return undefined;
  return header.line.text.trim();
}

export function segmentQuestionTable(layout: Layout): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const labels: NonNullable<SegmentResult['labels']> = [];
  const rows = layout.lines.map(rowOf);
  const header = headerOf(rows);
  let section: { label: string; themes: string[] } | undefined;
  let answer: DraftItem | undefined;
  let question: DraftItem | undefined;
  let ordinal = 0;
  let paragraphs = 0;
  let started = false;

  for (const row of rows) {
    const { line } = row;
    const first = firstCell(row);
    if (header !== undefined && line.text.trim() === header) {
      labels.push({ start: line.start, end: line.end });
      started = true;
      continue;
    }
    if (!started && !isQuestionRow(row) && isTitlePageLine(line.text)) {
      headings.push({ start: line.start, end: line.end }); // the title page
      continue;
    }
    started = true;
    if (restCells(row).length === 0 && first !== '' && SHORT_TITLE.test(first)) {
      section = { label: first, themes: sectionThemes(first) };
      headings.push({ start: line.start, end: line.end });
      answer = question = undefined;
      continue;
    }
    if (first === '' && question) {
      // The answer goes on (a paragraph of its own, a list item, a row cut by a page break).
      const cells = restCells(row);
      const text = cells.map((c) => c.text).join(' ');
      if (answer) {
        answer.text += '\n' + text;
        answer.end = line.end;
      } else {
        answer = { key: `a/${question.key.slice(2)}`, type: 'answer', text, start: cells[0].start, end: line.end, respondsToKey: question.key, section: question.section, ...(question.themeHints ? { themeHints: question.themeHints } : {}) };
        items.push(answer);
      }
      continue;
    }
    if (row.cells.length > 1 && first !== '') {
      const cell = row.cells[0];
      const number = CELL_NUMBER.exec(plain(cell.text))?.[2];
      const base = number ?? String(++ordinal);
      const common = { section: section ? [section.label] : [], ...(section?.themes.length ? { themeHints: section.themes } : {}) };
      question = { key: `q/${base}`, type: 'question', text: cell.text.replace(CELL_NUMBER, '$1'), start: cell.start, end: cell.start + cell.text.length, ...(number ? { number } : {}), ...common };
      items.push(question);
      const cells = restCells(row);
      answer = cells.length
        ? { key: `a/${base}`, type: 'answer', text: cells.map((c) => c.text).join(' '), start: cells[0].start, end: line.end, respondsToKey: question.key, ...common }
        : undefined;
      if (answer) items.push(answer);
      continue;
    }
    // Text outside the table's rows: a paragraph of its own, never nothing.
    items.push({ key: `p/${++paragraphs}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section: section ? [section.label] : [] });
    answer = question = undefined;
  }
  return { items, headings, labels };
}
