// The checks every fixture of a family passes against its gold table: exactly the gold
// items, loss under 1 %, every footnote marker resolved, and detection of the right kind
// from the text alone, with evidence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseKind } from '../../indexer/segment/registry.js';
import { goldDifferences, indexFixture, type GoldDocument } from './gold-table.js';

export function goldSuite(fixtures: readonly { name: string; gold: GoldDocument }[]): void {
  describe.each(fixtures)('$name', ({ gold }) => {
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
    it(`is detected as ${gold.kind} from its text, with evidence`, () => {
      const choice = chooseKind(readFileSync(gold.file, 'utf8'));
      expect(choice.kind.kind).toBe(gold.kind);
      expect(choice.detection.evidence.length).toBeGreaterThanOrEqual(3);
    });
  });
}
