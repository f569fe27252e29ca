// The same gold table against the PDF rendition of the factsheet (test/fixtures/pdf): the
// segmenter must read the PDF path's text as it reads the converted text. The renditions
// differ in print only (link markup, bold, straight or curly quotes, indentation), so the
// start and end of each recommendation are compared with those normalised.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../extract/index.js';
import { buildLayout } from '../../layout/layout.js';
import type { DraftItem, SourceDocument } from '../../types.js';
import { factsheetKind } from './factsheet.js';
import { GOLD_RECOMMENDATIONS, OBSERVATIONS_PER_CHAPTER } from './factsheet.gold.js';

const PDF = new URL('../../../test/fixtures/pdf/lanzarote-r2-factsheet-cz-2023.pdf', import.meta.url);

/**
 * Print differences between the renditions, not content. The PDF path also leaves a word
 * hyphenated across a page break with a space after the hyphen ("law- enforcement", III-21):
 * an extraction matter, reported; compared here as the joined word.
 */
const normalise = (s: string) =>
  s.replace(/\*\*|\]\(#\)|\[/g, '').replace(/[“”]/g, '"').replace(/(\p{L})- (?=\p{Ll})/gu, '$1-').replace(/\s+/g, ' ').trim();

let items: DraftItem[] = [];
let text = '';

beforeAll(async () => {
  const extracted = await extractDocument(new Uint8Array(readFileSync(PDF)), 'lanzarote-r2-factsheet-cz-2023.pdf');
  text = extracted.text;
  const doc = { meta: { id: 'factsheet-pdf', file: 'factsheet.pdf' }, inferred: false, extracted } as unknown as SourceDocument;
  items = factsheetKind.segment(buildLayout(text), doc).items;
}, 60_000);

describe('factsheet from its PDF', () => {
  it('is recognised as a factsheet', () => {
    expect(factsheetKind.detect(text).matched).toBe(true);
  });

  it('finds the gold recommendations with the same grading, addressee, start and end', () => {
    const recs = items.filter((i) => i.type === 'recommendation');
    const got = recs.map((r) => ({ key: r.key, urgency: r.urgency, addressee: r.addressee, text: normalise(r.text) }));
    expect(got.map((r) => r.key)).toEqual(GOLD_RECOMMENDATIONS.map((g) => g.key));
    GOLD_RECOMMENDATIONS.forEach((g, n) => {
      const r = got[n];
      expect({ urgency: r.urgency, addressee: r.addressee }, g.key).toEqual({ urgency: g.urgency, addressee: g.addressee });
      expect(r.text.startsWith(normalise(g.starts)), `${g.key}: ${r.text.slice(0, 120)}`).toBe(true);
      expect(r.text.endsWith(normalise(g.ends)), `${g.key}: ${r.text.slice(-120)}`).toBe(true);
    });
  });

  it('finds the same observations and practices', () => {
    const perChapter: Record<string, number> = {};
    for (const o of items.filter((i) => i.type === 'observation')) {
      const chapter = o.section![0].split('.')[0];
      perChapter[chapter] = (perChapter[chapter] ?? 0) + 1;
    }
    expect(perChapter).toEqual(OBSERVATIONS_PER_CHAPTER);
    expect(items.filter((i) => i.type === 'practice').map((p) => p.key)).toEqual(['practice/III/1', 'practice/III/2', 'practice/X/1']);
  });
});
