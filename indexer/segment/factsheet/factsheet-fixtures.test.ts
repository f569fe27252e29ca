// Factsheets of other Parties and rounds (1st-round layouts, French), against gold tables
// written before the reader ran on them (factsheet-fixtures.gold.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { goldDifferences, indexFixture } from '../../../test/support/check-gold.js';
import { chooseKind } from '../registry.js';
import { FACTSHEET_FIXTURES } from './factsheet-fixtures.gold.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe.each(FACTSHEET_FIXTURES)('$file', (gold) => {
  const indexed = indexFixture(gold, FIXTURES);

  it('gives exactly the gold items, with their grading, addressee and notes', () => {
    expect(goldDifferences(gold, indexed.items)).toEqual([]);
  });

  it('loses less than 1 % of its text', () => {
    expect(indexed.report.loss.lostShare, indexed.report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });

  it('is detected as a factsheet', () => {
    const choice = chooseKind(readFileSync(new URL(gold.file, FIXTURES), 'utf8'));
    expect(choice.kind.kind, choice.detection.evidence.join('; ')).toBe('factsheet');
  });

  it('resolves every footnote marker', () => {
    expect(indexed.report.footnotes.unresolvedMarkers).toEqual([]);
    expect(indexed.report.footnotes.notesWithoutMarker).toEqual([]);
  });
});

describe('French citation forms', () => {
  it('reads "Par.", "Paragraphes … à …", "§" and "Recommandations … et …" in the notes', () => {
    const gold = FACTSHEET_FIXTURES.find((g) => g.file.startsWith('fiche-r1'))!;
    const notes = new Map(indexFixture(gold, FIXTURES).items.flatMap((i) => i.footnotes ?? []).map((f) => [f.n, f.refs]));
    expect(notes.get(2)?.paragraphs).toEqual([14, 15]);
    expect(notes.get(5)?.paragraphs).toEqual([21, 22, 23]);
    expect(notes.get(6)?.paragraphs).toEqual([24, 25]);
    expect(notes.get(7)?.paragraphs).toEqual([26]);
    expect(notes.get(10)).toEqual(notes.get(9)); // "Ibid."
  });
});
