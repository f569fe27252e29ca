// The same implementation report with its recommendations labelled the ways the series prints
// them ("R II-1", "Recommendation II-1", in bold or not, "[II-1]", "► II-1." in a box): every
// form gives the same recommendations, with the label as their number, nothing of it left in
// their text, and nothing lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexText } from '../../../test/support/index-fixture.js';

const FIXTURE = readFileSync(new URL('./fixtures/implementation-report-r2-en.txt', import.meta.url), 'utf8');
const LABEL = /^R ([IVX]+-\d+) /gm;
const META = { id: 'ir', title: 'Implementation report', body: 'Lanzarote Committee', year: 2022, kind: 'implementation-report' };

const recommendations = (text: string) => {
  const indexed = indexText(text, 'ir.txt', META);
  return {
    recs: indexed.items.filter((i) => i.type === 'recommendation').map((i) => ({ id: i.id, number: i.number, urgency: i.urgency, opens: i.text.slice(0, 30) })),
    lost: indexed.report.loss.lostShare,
  };
};

describe('recommendation labels in every printed form', () => {
  const printed = recommendations(FIXTURE);

  it('reads the fixture\'s own "R II-1" labels as numbers', () => {
    expect(printed.recs.filter((r) => r.number).map((r) => r.number)).toEqual(['II-1', 'II-2', 'II-3', 'III-1', 'III-2']);
  });

  it.each([
    ['Recommendation II-1', 'Recommendation $1 '],
    ['**Recommendation II-1**', '**Recommendation $1** '],
    ['**Recommendation II-1:**', '**Recommendation $1:** '],
    ['[II-1]', '[$1] '],
    ['► II-1.', '► $1. '],
  ])('%s gives the same recommendations', (_, replacement) => {
    const variant = recommendations(FIXTURE.replace(LABEL, replacement));
    expect(variant.recs).toEqual(printed.recs);
    expect(variant.lost).toBeLessThan(0.01);
  });
});
