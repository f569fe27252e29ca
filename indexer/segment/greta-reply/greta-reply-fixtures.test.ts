// Replies of other Parties and rounds, written in the layouts of the series (quoted GRETA
// paragraphs, thematic headings, the Committee of the Parties' text quoted, French), against
// gold tables read off them by hand: every item, its fields and links, loss under 1 %.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { goldDifferences, indexFixture } from '../../../test/support/gold-table.js';
import { chooseKind } from '../registry.js';
import { GOLD as NORLAND } from './fixtures/cp-reply-r1-norland-2015.gold.js';
import { GOLD as VALMORIE } from './fixtures/cp-reply-r2-valmorie-2018-fr.gold.js';
import { GOLD as KESTRIA } from './fixtures/cp-reply-thematic-r1-kestria-2014.gold.js';
import { GOLD as DURIA } from './fixtures/cp-reply-thematic-r3-duria-2021.gold.js';

const FIXTURES = [
  { name: 'first-round reply quoting numbered GRETA paragraphs and the CP text', gold: NORLAND },
  { name: 'second-round reply in French', gold: VALMORIE },
  { name: 'first-round reply under thematic headings', gold: KESTRIA },
  { name: 'third-round reply under article headings, CP text quoted', gold: DURIA },
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
  it('is detected as a reply, with evidence', () => {
    const choice = chooseKind(readFileSync(gold.file, 'utf8'));
    expect(choice.kind.kind).toBe('greta-reply');
    expect(choice.detection.evidence.length).toBeGreaterThanOrEqual(3);
  });
});
