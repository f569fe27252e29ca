// Implementation reports of both rounds, in English and French, against gold tables written
// before the reader ran on them (implementation-report.gold.ts), and the kind's detection.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeGoldFixtures } from '../../../test/support/check-gold.js';
import { readSeed, SEED_FILES, segmentText } from '../../../test/support/segment-fixture.js';
import { REPORT_FIXTURES } from './implementation-report.gold.js';
import { implementationReportKind } from './implementation-report.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describeGoldFixtures(REPORT_FIXTURES, FIXTURES);

describe('implementation report detection', () => {
  it.each(SEED_FILES)('does not take the seed %s for a report', (file) => {
    expect(implementationReportKind.detect(readSeed(file)).matched).toBe(false);
  });
});

describe('implementation report: text it does not expect', () => {
  it('keeps unnumbered prose and a stray list as paragraphs, never nothing', () => {
    const text = 'Implementation report\n\nI. Introduction\n\n1. First paragraph of the report, long enough to be running text.\n\nA remark printed without a number between two paragraphs.\n\n2. Second paragraph.\n';
    const { items } = segmentText(implementationReportKind, text);
    expect(items.map((i) => [i.key, i.type])).toEqual([['para/1', 'paragraph'], ['p/1', 'paragraph'], ['para/2', 'paragraph']]);
  });

  it('reads a sentence that opens by citing a recommendation as prose, not as its box', () => {
    const text = 'Implementation report\n\nI. Introduction\n\n1. First paragraph of the report, long enough to be running text.\n\nRecommendation II-6 of the first report was followed by 12 Parties.\n\nR II-7 The Lanzarote Committee invites Parties to report on it.\n';
    const { items } = segmentText(implementationReportKind, text);
    expect(items.map((i) => [i.key, i.type, i.number])).toEqual([['para/1', 'paragraph', '1'], ['p/1', 'paragraph', undefined], ['rec/II-7', 'recommendation', 'II-7']]);
  });
});

describe('implementation report themes', () => {
  it('gives each item the themes its chapter heading names, in English and French', () => {
    const [en, , fr] = REPORT_FIXTURES;
    const read = (file: string) => segmentText(implementationReportKind, readFileSync(new URL(file, FIXTURES), 'utf8'));
    expect(read(en.file).get('rec/III-1').themeHints).toEqual(['investigation-prosecution']);
    expect(read(fr.file).get('rec/VI-1').themeHints).toEqual(['victim-assistance']);
    expect(read(fr.file).get('para/1').themeHints).toBeUndefined();
  });
});
