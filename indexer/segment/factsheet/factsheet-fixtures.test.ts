// Factsheets of other Parties and rounds (1st-round layouts, French), against gold tables
// written before the reader ran on them (factsheet-fixtures.gold.ts).
import { describe, expect, it } from 'vitest';
import { describeGoldFixtures, indexFixture } from '../../../test/support/check-gold.js';
import { FACTSHEET_FIXTURES } from './factsheet-fixtures.gold.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describeGoldFixtures(FACTSHEET_FIXTURES, FIXTURES);

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
