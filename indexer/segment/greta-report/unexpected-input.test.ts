// Text a reader does not expect must not vanish: each GRETA reader reads the other kind's
// documents and the seeds of other families, and still keeps all but a sliver of their
// text in items (what it cannot structure becomes paragraphs), as the loss measure sees it.
import { describe, expect, it } from 'vitest';
import { indexFixture } from '../../../test/support/gold-table.js';
import { SEED_FILES } from '../../../test/support/segment-fixture.js';

const REPLIES = ['cp-reply-r1-norland-2015.txt', 'cp-reply-r2-valmorie-2018-fr.txt', 'cp-reply-thematic-r1-kestria-2014.txt', 'cp-reply-thematic-r3-duria-2021.txt']
  .map((f) => `indexer/segment/greta-reply/fixtures/${f}`);
const REPORTS = ['greta-report-r2-valdoria-2019.txt', 'greta-report-r1-lusanie-2013-fr.txt'].map((f) => `indexer/segment/greta-report/fixtures/${f}`);
const SEEDS = SEED_FILES.map((f) => `seeds/${f}`);

const cases = [
  ...[...REPORTS, ...SEEDS.filter((f) => !f.includes('greta'))].map((file) => ({ kind: 'greta-reply', file })),
  ...[...REPLIES, ...SEEDS].map((file) => ({ kind: 'greta-report', file })),
];

describe('GRETA readers on documents of other layouts', () => {
  it.each(cases)('$kind reader on $file loses under 1 %', ({ kind, file }) => {
    const { report, items } = indexFixture({ file, kind });
    expect(items.length).toBeGreaterThan(0);
    expect(report.loss.lostShare, report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });
});
