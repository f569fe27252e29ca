// The real PDF of the Lanzarote factsheet against its .txt conversion (seeds/): the
// expectations come from reading both, and from the .txt wherever it can be counted.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLayout } from '../layout/layout.js';
import type { ExtractedText } from '../types.js';
import { extractPdf } from './pdf.js';
import { comparable, markerNumbers, noteTexts } from './pdf-test-support.js';

const NAME = 'lanzarote-r2-factsheet-cz-2023';
const txt = readFileSync(new URL(`../../seeds/${NAME}.txt`, import.meta.url), 'utf8');
let pdf: ExtractedText;
let lines: string[];

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${NAME}.pdf`, import.meta.url)));
  const started = performance.now();
  pdf = await extractPdf(bytes, `${NAME}.pdf`);
  console.info(`${NAME}.pdf: ${pdf.pages?.length} pages, ${pdf.text.length} characters in ${Math.round(performance.now() - started)} ms`);
  lines = pdf.text.split('\n');
});

describe('factsheet PDF → text', () => {
  it('prints a note as its own paragraph at its page bottom, and its marker glued to the body text', () => {
    expect(pdf.text).toContain('\n\n² Paras. 71, 73.\n\n');
    expect(pdf.text).toContain('cannot be held criminally liable for production and possession of CSGSIV.² However, the Committee notes');
  });

  it('finds the notes of the .txt: 116, numbered 1 to 116', () => {
    const fromTxt = [...noteTexts(txt).keys()];
    expect(fromTxt).toHaveLength(116);
    expect([...noteTexts(pdf.text).keys()]).toEqual(fromTxt);
    expect(fromTxt).toEqual(Array.from({ length: 116 }, (_, i) => i + 1));
  });

  it('gives every note the text of the .txt (whose notes cut by a page break the layout joins)', () => {
    const expected = new Map(buildLayout(txt).notes.map((n) => [n.n, comparable(n.text)]));
    const actual = noteTexts(pdf.text);
    for (const [n, text] of expected) expect({ n, text: comparable(actual.get(n) ?? '') }).toEqual({ n, text });
  });

  it('carries every footnote marker of the .txt body, in the same order, with several as ^{a, b}', () => {
    expect(markerNumbers(pdf.text)).toEqual(markerNumbers(txt));
    expect(pdf.text).toContain('Sexual Exploitation and Sexual Abuse”^{16, 17}');
  });

  it('keeps the urgency verbs bold', () => {
    expect(lines).toContain('- The Committee **requests** that the Czech Republic ensures in its legal framework⁴ that a child will not be prosecuted when he/she possesses:');
    expect(pdf.text.match(/\*\*(?:requires|requests|invites)\*\*/g)).toHaveLength(txt.match(/\*\*(?:requires|requests|invites)\*\*/g)!.length);
  });

  it('gives each graded recommendation of the .txt whole, on one line', () => {
    const pdfLines = lines.map(comparable);
    const graded = buildLayout(txt).lines.map((l) => l.text).filter((t) => /\*\*(?:requires|requests|invites)\*\*/.test(t));
    expect(graded.length).toBeGreaterThan(20);
    const missing = graded.map(comparable).filter((g) => !pdfLines.some((l) => l.includes(g)));
    expect(missing).toEqual([]);
  });

  it.each([
    'after that date, which may have an impact on the Committee’s analysis',
    'children above the age of criminal responsibility but below the legal age for sexual activities may not be covered',
    'focusing, among others, on “threats on social networks',
    'the service is available at extended hours',
    'to emerging trends and risks in the fight against sexual exploitation and sexual abuse of children',
  ])('joins a sentence the PDF breaks over two pages: "%s"', (sentence) => {
    expect(lines.some((l) => l.includes(sentence))).toBe(true);
  });

  it('leaves no page number on a line of its own, and keeps the contents as "title\\tpage" rows', () => {
    expect(lines.filter((l) => /^\s*\d{1,3}\s*$/.test(l))).toEqual([]);
    expect(lines).toContain('II. Legal frameworks…..\t5');
    expect(lines).toContain('XI. Research\t21');
  });

  it('maps its 25 pages to character ranges in order', () => {
    const pages = pdf.pages!;
    expect(pages).toHaveLength(25);
    expect(pages[0].start).toBe(0);
    expect(pages[24].end).toBe(pdf.text.length);
    pages.slice(1).forEach((p, i) => expect(p.start).toBe(pages[i].end));
    const pageOf = (s: string) => pages.findIndex((p) => p.start <= pdf.text.indexOf(s) && pdf.text.indexOf(s) < p.end);
    expect(pageOf('FACTSHEET – CZECH REPUBLIC')).toBe(0);
    expect(pageOf('² Paras. 71, 73.')).toBe(2);
    expect(pageOf('III. Investigations and prosecution\n')).toBe(6);
  });
});
