// The real PDF of the national strategy against its .txt conversion (seeds/): task tables
// that break across pages, statistical tables with empty cells, one footnote.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedText } from '../types.js';
import { extractPdf } from './pdf.js';
import { comparable, markerNumbers, noteTexts, tableRows } from './pdf-test-support.js';

const NAME = 'national-strategy-thb-cz-2020-2023';
const txt = readFileSync(new URL(`../../seeds/${NAME}.txt`, import.meta.url), 'utf8');
const TASKS = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4'];
let pdf: ExtractedText;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${NAME}.pdf`, import.meta.url)));
  const started = performance.now();
  pdf = await extractPdf(bytes, `${NAME}.pdf`);
  console.info(`${NAME}.pdf: ${pdf.pages?.length} pages, ${pdf.text.length} characters in ${Math.round(performance.now() - started)} ms`);
});

/** The rows of task `n`'s table, label → value, from "Task Number" to the end of the table. */
function taskTable(text: string, n: string): Map<string, string> {
  const rows = text.split('\n');
  const start = rows.findIndex((r) => r.startsWith('Task Number\t') && comparable(r.split('\t')[1]) === `Task No. ${n}.`);
  const fields = new Map<string, string>();
  for (const row of rows.slice(start)) {
    const [label, ...values] = row.split('\t');
    if (!row.includes('\t') || (fields.size > 0 && /^(?:Task Number|Basic Information)$/i.test(label))) break;
    fields.set(comparable(label), comparable(values.join(' ')));
  }
  return fields;
}

describe('strategy PDF → text', () => {
  it.each(TASKS)('gives task %s as "label\\tvalue" rows with the values of the .txt', (n) => {
    const expected = taskTable(txt, n);
    expect(expected.get('Task Number')).toBe(`Task No. ${n}.`);
    expect(expected.has('Deadline')).toBe(true);
    expect(taskTable(pdf.text, n)).toEqual(expected);
  });

  it('writes the rows in the .txt form, a row cut by a page break whole', () => {
    const rows = pdf.text.split('\n');
    expect(rows).toContain('Task Number\tTask No. 1.1.');
    expect(rows).toContain('Deadline\t2022');
    expect(rows).toContain('Task Description\tEnsure the elaboration of a study containing an analysis of criminal cases of child trafficking, which will map the situation in the area of child trafficking in the Czech Republic, including the evaluation of the possible sexual exploitation of children in tourism. Based on this study, create educational material for early identification and provision of assistance to child victims of human trafficking and support possible prevention projects.');
  });

  it('has every table row of the .txt (contents, tasks, evaluations, statistics, abbreviations)', () => {
    const expected = tableRows(txt);
    const actual = new Set(tableRows(pdf.text));
    expect(expected.length).toBeGreaterThan(400);
    expect(expected.filter((r) => !actual.has(r))).toEqual([]);
  });

  it('keeps empty cells of statistical tables, and words a narrow cell broke', () => {
    const rows = pdf.text.split('\n');
    expect(rows).toContain('Slovakia\t2\t1\t\t1\t4');
    expect(rows).toContain('Unconditional Sentence\t6\t6\t13\t8');
    expect(rows).toContain('Form of exploitation\t\t\t\t\t');
    expect(rows).toContain('\t2016\t2017\t2018\t2019');
  });

  it('drops the table header repeated at the top of each page a table goes on to', () => {
    const headers = (text: string) => text.split('\n').filter((r) => /^Basic Information\t*$/i.test(r)).length;
    expect(headers(txt)).toBe(TASKS.length);
    expect(headers(pdf.text)).toBe(headers(txt));
  });

  it('finds its footnote: the marker in the body, the note at the page bottom', () => {
    expect(markerNumbers(pdf.text)).toEqual(markerNumbers(txt));
    expect([...noteTexts(pdf.text)]).toEqual([[1, 'Available at: https://www.mvcr.cz/clanek/obchod-s-lidmi-dokumenty-924305.aspx']]);
  });

  it('leaves no page number on a line of its own and maps its 47 pages', () => {
    expect(pdf.text.split('\n').filter((l) => /^\s*\d{1,3}\s*$/.test(l))).toEqual([]);
    expect(pdf.pages).toHaveLength(47);
    expect(pdf.pages![46].end).toBe(pdf.text.length);
  });
});
