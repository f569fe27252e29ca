// The three real UN documents (test/fixtures/un/, unmodified PDFs) against the gold read off
// their pages: dropped into a folder without a manifest, as a new user would, each must give
// every paragraph and recommendation of its gold in reading order — hanging indents, justified
// lines set word by word, running headers over "Page N", endnotes holding the list of
// stakeholders — lose less than 1 % of its text, and say what it dropped and why.
import { beforeAll, describe, expect, it } from 'vitest';
import { SLOVENIA_2010 } from './un/slovenia-2010.gold.js';
import { ITALY_NATIONAL_REPORT_2009 } from './un/italy-national-report-2009.gold.js';
import { ITALY_STAKEHOLDERS_2019 } from './un/italy-stakeholders-2019.gold.js';
import { indexFixtures, type FixtureRun } from '../support/un-index-run.js';

const GOLD = [SLOVENIA_2010, ITALY_NATIONAL_REPORT_2009, ITALY_STAKEHOLDERS_2019];
let run: FixtureRun;
beforeAll(async () => {
  run = await indexFixtures(GOLD.map((g) => g.file));
}, 120_000);

describe('real UN documents', () => {
  it.each(GOLD.map((g) => [g.file.split('/').pop(), g] as const))('%s reads as its gold', (_, gold) => {
    expect(run.check(gold)).toEqual([]);
    expect(run.lostShare(gold)).toBeLessThan(0.01);
  });

  it('drops the page furniture with its reasons, never as text', () => {
    const dropped = (file: string) => run.reports.find((r) => r.file === file)!.loss.droppedChars;
    expect(Object.keys(dropped('upr-wg-report-slovenia-2010.pdf'))).toEqual(expect.arrayContaining(['running header', 'page number', 'job number']));
    expect(Object.keys(dropped('upr-national-report-italy-2009.pdf'))).toEqual(expect.arrayContaining(['running header', 'job number']));
    expect(Object.keys(dropped('upr-stakeholder-summary-italy-2019.pdf'))).toEqual(expect.arrayContaining(['running header', 'job number', 'notes heading']));
    const texts = run.items.map((i) => i.text).join('\n');
    expect(texts).not.toMatch(/GE\.\d\d-\d{5}/);
    expect(texts).not.toMatch(/^A\/HRC\/\S+$|Page \d+$/m);
    for (const item of run.items) for (const heading of item.section ?? []) expect(heading).not.toMatch(/^(?:A\/HRC\/|GE\.\d|Page \d)/);
  });

  it('no item is longer than the longest paragraph of its kind in the documents', () => {
    const longest = Math.max(...run.items.filter((i) => i.type === 'paragraph').map((i) => i.text.length));
    expect(longest).toBeLessThan(3000);
    for (const item of run.items.filter((i) => i.type === 'recommendation')) expect(item.text.length).toBeLessThan(1200);
  });
});
