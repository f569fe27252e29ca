// Replies of other Parties and rounds, in the layouts the series uses besides the seed's,
// against gold tables written before the reader ran on them (questionnaire-fixtures.gold.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { goldDifferences, indexFixture } from '../../../test/support/check-gold.js';
import { chooseKind } from '../registry.js';
import { QUESTIONNAIRE_FIXTURES } from './questionnaire-fixtures.gold.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe.each(QUESTIONNAIRE_FIXTURES)('$file', (gold) => {
  const indexed = indexFixture(gold, FIXTURES);

  it('gives exactly the gold items, with their fields', () => {
    expect(goldDifferences(gold, indexed.items)).toEqual([]);
  });

  it('loses less than 1 % of its text', () => {
    expect(indexed.report.loss.lostShare, indexed.report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });

  it('is detected as a questionnaire reply', () => {
    const choice = chooseKind(readFileSync(new URL(gold.file, FIXTURES), 'utf8'));
    expect(choice.kind.kind, choice.detection.evidence.join('; ')).toBe('questionnaire-reply');
  });

  it('resolves every footnote marker', () => {
    expect(indexed.report.footnotes.unresolvedMarkers).toEqual([]);
    expect(indexed.report.footnotes.notesWithoutMarker).toEqual([]);
  });
});
