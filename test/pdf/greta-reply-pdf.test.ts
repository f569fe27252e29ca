// The PDF rendition of the seed GRETA reply (made from the text with pandoc and LibreOffice:
// scripts/pdf-renditions/make-pdf.ts; its notes are real footnotes at the bottom of new
// pages, numbered on the baseline as LibreOffice sets them, its bullets are list glyphs)
// must give the same recommendations and replies as the text: keys, numbers, parents and
// links, text, and the footnotes each item carries.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { differences, indexBoth } from '../support/pdf-parity.js';

const FIELDS: (keyof Item)[] = ['number', 'parentId', 'respondsTo', 'text', 'response', 'footnotes', 'refs', 'urgency', 'addressee'];

describe('GRETA reply: PDF and text give the same items', async () => {
  const { fromText, fromPdf, pdf } = await indexBoth('greta-reply-cz-2025', 'test/fixtures/pdf/greta-cp-rec-2024-10-reply-cz-2025.pdf');

  it('recommendations and their parts', () => {
    expect(fromText.filter((i) => i.type === 'recommendation')).toHaveLength(32);
    expect(differences('recommendation', FIELDS, fromText, fromPdf)).toEqual([]);
  });

  it('replies', () => {
    expect(fromText.filter((i) => i.type === 'response')).toHaveLength(26);
    expect(differences('response', FIELDS, fromText, fromPdf)).toEqual([]);
  });

  it('finds every note at the new page bottoms and loses nothing', () => {
    expect(pdf.report.footnotes).toMatchObject({ resolved: 14, unresolved: 0, notesWithoutMarker: [] });
    expect(fromPdf.filter((i) => i.type !== 'recommendation' && i.type !== 'response').map((i) => i.id)).toEqual([]);
    expect(pdf.report.loss.lostShare, pdf.report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });
});
