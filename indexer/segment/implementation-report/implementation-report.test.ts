// Implementation reports of both rounds, in English and French, against gold tables written
// before the reader ran on them (implementation-report.gold.ts), and the kind's detection.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { goldDifferences, indexFixture } from '../../../test/support/check-gold.js';
import { readSeed, SEED_FILES, segmentText } from '../../../test/support/segment-fixture.js';
import { chooseKind } from '../registry.js';
import { REPORT_FIXTURES } from './implementation-report.gold.js';
import { implementationReportKind } from './implementation-report.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe.each(REPORT_FIXTURES)('$file', (gold) => {
  const indexed = indexFixture(gold, FIXTURES);

  it('gives exactly the gold items: paragraphs by number, recommendations by label and grading', () => {
    expect(goldDifferences(gold, indexed.items)).toEqual([]);
  });

  it('loses less than 1 % of its text', () => {
    expect(indexed.report.loss.lostShare, indexed.report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });

  it('is detected as an implementation report', () => {
    const choice = chooseKind(readFileSync(new URL(gold.file, FIXTURES), 'utf8'));
    expect(choice.kind.kind, choice.detection.evidence.join('; ')).toBe('implementation-report');
  });

  it('resolves every footnote marker', () => {
    expect(indexed.report.footnotes.unresolvedMarkers).toEqual([]);
    expect(indexed.report.footnotes.notesWithoutMarker).toEqual([]);
  });
});

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
});
