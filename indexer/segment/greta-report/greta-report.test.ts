// GRETA evaluation reports of two rounds (English, French), written in the report's layout,
// against gold tables read off them by hand: numbered paragraphs, the graded sentences in
// them, the appendix of proposals with the paragraphs each cites; loss under 1 %.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { goldDifferences, indexFixture } from '../../../test/support/gold-table.js';
import { chooseKind } from '../registry.js';
import { GOLD as VALDORIA } from './fixtures/greta-report-r2-valdoria-2019.gold.js';
import { GOLD as LUSANIE } from './fixtures/greta-report-r1-lusanie-2013-fr.gold.js';

const FIXTURES = [
  { name: 'second-round report (English)', gold: VALDORIA },
  { name: 'first-round report (French)', gold: LUSANIE },
];

describe.each(FIXTURES)('$name', ({ gold }) => {
  const indexed = indexFixture(gold);
  it('gives exactly the items of the gold table', () => {
    expect(goldDifferences(indexed.items, gold)).toEqual([]);
  });
  it('loses less than 1 % of the text', () => {
    expect(indexed.report.loss.lostShare, indexed.report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });
  it('resolves every footnote marker', () => {
    expect(indexed.report.footnotes).toMatchObject({ unresolved: 0, notesWithoutMarker: [] });
  });
  it('is detected as an evaluation report, with evidence', () => {
    const choice = chooseKind(readFileSync(gold.file, 'utf8'));
    expect(choice.kind.kind).toBe('greta-report');
    expect(choice.detection.evidence.length).toBeGreaterThanOrEqual(3);
  });
});
