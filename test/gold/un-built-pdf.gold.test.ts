// PDF renditions of the written UN fixtures, typeset by LibreOffice the way the United Nations
// prints (scripts/build-un-fixture-pdfs.ts; committed in test/fixtures/un/built/): hanging
// indents, justified text, real footnotes, running header and page numbers, page breaks where
// the typesetter put them. Each must give the same items as its text, checked against the
// same gold.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfPages } from '../../indexer/extract/pdf-reader.js';
import { buildPageLines, lineText } from '../../indexer/extract/pdf-lines.js';
import { EXAMPLIA_2018 } from '../../indexer/segment/un-upr-report/upr-report.gold.js';
import { EXAMPLIA_ADDENDUM } from '../../indexer/segment/un-positions/positions.gold.js';
import { COMPILATION_EXAMPLIA } from '../../indexer/segment/un-observations/observations.gold.js';
import type { GoldDocument } from '../support/un-gold.js';
import { indexFixtures, type FixtureRun } from '../support/un-index-run.js';

const built = (gold: GoldDocument): GoldDocument => ({ ...gold, file: `test/fixtures/un/built/${gold.file.split('/').pop()!.replace(/\.txt$/, '.pdf')}` });
const REPORT = built(EXAMPLIA_2018);
const ADDENDUM = built(EXAMPLIA_ADDENDUM);
const COMPILATION = built(COMPILATION_EXAMPLIA);

let alone: FixtureRun;
let withAddendum: FixtureRun;
beforeAll(async () => {
  alone = await indexFixtures([REPORT.file, COMPILATION.file]);
  withAddendum = await indexFixtures([REPORT.file, ADDENDUM.file]);
}, 120_000);

describe('PDF renditions of the written fixtures, against the text\'s gold', () => {
  it.each([['Working Group report', REPORT], ['compilation', COMPILATION]] as const)('%s', (_, gold) => {
    expect(alone.check(gold)).toEqual([]);
    expect(alone.lostShare(gold)).toBeLessThan(0.01);
  });
  it('addendum, with its report', () => {
    expect(withAddendum.check(ADDENDUM)).toEqual([]);
    expect(withAddendum.lostShare(ADDENDUM)).toBeLessThan(0.01);
  });

  it('sets a recommendation over a page break (the trap is there), and the reader joins it back', async () => {
    const pages = await readPdfPages(new Uint8Array(readFileSync(REPORT.file)), REPORT.file);
    // Lines printed at the top of a page, below its running header, that go on a sentence.
    const carried = pages.slice(1).map((page, p) => buildPageLines(page, p + 1, 10).map(lineText).find((t) => t !== '' && !/^A\/HRC\//.test(t)) ?? '')
      .filter((t) => /^\p{Ll}/u.test(t));
    const recommendations = alone.items.filter((i) => i.type === 'recommendation' && i.document === 'upr-wg-report-examplia-2018');
    const across = recommendations.filter((r) => carried.some((t) => r.text.includes(t.slice(0, 40).replace(/\s*\(.*$/, ''))));
    expect(across.length).toBeGreaterThan(0);
  });
});
