// The generic reader on layouts it meets in documents of unknown kinds: blank-line paragraphs,
// text converted from HTML with one newline per paragraph, and a page with no breaks at all.
import { describe, expect, it } from 'vitest';
import { indexDocument } from '../../index-document.js';
import type { SourceDocument } from '../../types.js';
import { genericKind } from './generic.js';
import { MAX_PARAGRAPH } from './long-lines.js';

function read(text: string) {
  const doc: SourceDocument = {
    meta: { id: 'doc', file: 'doc.txt', title: 'A document', body: 'Unknown', kind: 'generic', format: 'txt' },
    inferred: false,
    extracted: { text },
  };
  const warnings: string[] = [];
  const indexed = indexDocument(doc, genericKind, warnings);
  return { ...indexed, warnings, texts: indexed.items.map((i) => i.text), sections: indexed.items.map((i) => i.section?.join(' › ') ?? '') };
}

const sentence = (n: number) => `Sentence number ${n} says that the authorities of the Party reported on measures taken in year ${2000 + (n % 20)}.`;

describe('generic reader', () => {
  it('splits paragraphs on blank lines and keeps headings as sections', () => {
    const r = read('Introduction\n\nFirst paragraph, wrapped\nover two lines.\n\nSecond paragraph.\n\nMethods\n\nThird paragraph.\n');
    expect(r.texts).toEqual(['First paragraph, wrapped over two lines.', 'Second paragraph.', 'Third paragraph.']);
    expect(r.sections).toEqual(['Introduction', 'Introduction', 'Methods']);
  });

  it('splits text converted from HTML on single newlines that end a sentence', () => {
    const r = read('Background\nThe first paragraph ends here.\nThe second paragraph starts on the next line and ends.\nFindings of the visit\nA third paragraph under its own heading.\n');
    expect(r.texts).toEqual([
      'The first paragraph ends here.',
      'The second paragraph starts on the next line and ends.',
      'A third paragraph under its own heading.',
    ]);
    expect(r.sections).toEqual(['Background', 'Background', 'Findings of the visit']);
  });

  it('keeps a line wrapped mid-sentence in its paragraph', () => {
    const r = read('The Committee recommends that the\nState party adopts a plan.\n');
    expect(r.texts).toEqual(['The Committee recommends that the State party adopts a plan.']);
  });

  it('never makes one item of a page with no breaks: cuts at sentence ends and says so', () => {
    const text = Array.from({ length: 80 }, (_, i) => sentence(i)).join(' ');
    const r = read(text);
    expect(r.items.length).toBeGreaterThan(3);
    for (const item of r.items) expect(item.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
    for (const item of r.items) expect(item.text).toMatch(/^Sentence number \d+ .*\.$/);
    expect(r.texts.join(' ')).toBe(text);
    // Spans follow each other through the source.
    for (let i = 1; i < r.items.length; i++) expect(r.items[i].span.start).toBe(r.items[i - 1].span.end + 1);
    expect(r.warnings.join(' ')).toMatch(/no paragraph breaks and were cut at sentence ends/);
    expect(r.report.loss.lostChars).toBe(0);
  });

  it('does not cut after an abbreviation', () => {
    const text = Array.from({ length: 40 }, (_, i) => `${sentence(i)} See para. ${i + 10} of the report, e.g. Art. 5 thereof.`).join(' ');
    for (const piece of read(text).texts) expect(piece).not.toMatch(/(?:para|e\.g|Art)\.$/);
  });
});
