// The UN review fixtures written for the readers, against the gold written before the readers
// ran on them: each document indexed as a new user would (no manifest), then the links made
// across documents — positions answering the report's recommendations, notes citing the
// concluding observations and the review report by their symbols.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { EXAMPLIA_2018, RURITANIA_2016 } from '../../indexer/segment/un-upr-report/upr-report.gold.js';
import { EXAMPLIA_ADDENDUM, RURITANIA_ADDENDUM } from '../../indexer/segment/un-positions/positions.gold.js';
import { COMPILATION_EXAMPLIA, CRC_EXAMPLIA } from '../../indexer/segment/un-observations/observations.gold.js';
import { NATIONAL_REPORT_RURITANIE, STAKEHOLDERS_EXAMPLIA } from '../../indexer/segment/un-submissions/submissions.gold.js';
import { indexFixtures, type FixtureRun } from '../support/un-index-run.js';

const ALONE = [EXAMPLIA_2018, RURITANIA_2016, CRC_EXAMPLIA, COMPILATION_EXAMPLIA, STAKEHOLDERS_EXAMPLIA, NATIONAL_REPORT_RURITANIE];
const WITH_ADDENDA = [EXAMPLIA_2018, RURITANIA_2016, EXAMPLIA_ADDENDUM, RURITANIA_ADDENDUM];

let alone: FixtureRun;
let withAddenda: FixtureRun;
beforeAll(async () => {
  alone = await indexFixtures(ALONE.map((g) => g.file));
  withAddenda = await indexFixtures(WITH_ADDENDA.map((g) => g.file));
}, 60_000);

const item = (run: FixtureRun, id: string): Item => {
  const found = run.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('each document read as its gold says', () => {
  it.each(ALONE.map((g) => [g.file.split('/').pop(), g] as const))('%s', (_, gold) => {
    expect(alone.check(gold)).toEqual([]);
    expect(alone.lostShare(gold)).toBeLessThan(0.01);
  });
  it.each([EXAMPLIA_ADDENDUM, RURITANIA_ADDENDUM].map((g) => [g.file.split('/').pop(), g] as const))('%s (with its report)', (_, gold) => {
    expect(withAddenda.check(gold)).toEqual([]);
    expect(withAddenda.lostShare(gold)).toBeLessThan(0.01);
  });
  it('fails nothing and warns of no position left without its recommendation', () => {
    expect([...alone.failures, ...withAddenda.failures]).toEqual([]);
    expect(withAddenda.warnings.filter((w) => /has no recommendation/.test(w))).toEqual([]);
  });
});

describe('across documents', () => {
  it('a recommendation shows the position its addendum gives, and the report\'s own position wins', () => {
    expect(item(withAddenda, 'upr-wg-report-examplia-2018/rec/118.4')).toMatchObject({ position: 'supported', explanation: expect.stringMatching(/^The national child helpline has been free of charge/) });
    expect(item(withAddenda, 'upr-wg-report-examplia-2018/rec/118.8')).toMatchObject({ position: 'noted' });
    expect(item(withAddenda, 'upr-wg-report-ruritania-2016/rec/98.1')).toMatchObject({ position: 'noted' });
    expect(item(withAddenda, 'upr-wg-report-ruritania-2016/rec/97.2').position).toBe('supported');
    expect(item(withAddenda, 'upr-wg-report-ruritania-2016/rec/99.1').position).toBe('noted');
    // Without its addendum, a recommendation still to be examined has no position.
    expect(item(alone, 'upr-wg-report-examplia-2018/rec/118.4').position).toBeUndefined();
  });

  it('a note citing a symbol points at the document and the paragraphs it names, when indexed', () => {
    const compiled = item(alone, 'upr-compilation-examplia-2017/para/8').refs?.documents;
    expect(compiled).toEqual([{ symbol: 'CRC/C/EXA/CO/5-6', paragraphs: [8], document: 'crc-concluding-observations-examplia-2018', items: ['crc-concluding-observations-examplia-2018/para/8'] }]);
    const helpline = item(alone, 'crc-concluding-observations-examplia-2018/para/8(b)').refs?.documents;
    expect(helpline).toEqual([{ symbol: 'A/HRC/38/12', recommendations: ['118.4'], document: 'upr-wg-report-examplia-2018', items: ['upr-wg-report-examplia-2018/rec/118.4'] }]);
    // A paragraph the excerpt does not print resolves to the document only; a document not indexed stays a symbol.
    expect(item(alone, 'upr-compilation-examplia-2017/para/2').refs?.documents).toEqual([
      { symbol: 'A/HRC/22/13', recommendations: Array.from({ length: 12 }, (_, i) => `97.${i + 1}`).concat(['98.1', '98.2', '98.3']) },
      { symbol: 'CRC/C/EXA/CO/5-6', paragraphs: [41], document: 'crc-concluding-observations-examplia-2018' },
    ]);
    // "Ibid., para. 13" after a note citing CERD's observations is paragraph 13 of those.
    expect(item(alone, 'upr-compilation-examplia-2017/para/5').refs?.documents).toEqual([{ symbol: 'CERD/C/EXA/CO/19-21', paragraphs: [12, 13] }]);
  });
});

describe('a report saved without any line break', () => {
  it('still gives every recommendation with its States, no item longer than a paragraph, and says it cut', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'run-on-'));
    const file = join(dir, 'upr-wg-report-run-on.txt');
    writeFileSync(file, readFileSync(RURITANIA_2016.file, 'utf8').replace(/\s*\n\s*/g, ' '));
    const run = await indexFixtures([file]);
    const recommendations = run.items.filter((i) => i.type === 'recommendation');
    const wanted = RURITANIA_2016.items.filter((g) => g.type === 'recommendation');
    expect(recommendations.map((r) => [r.number, r.recommendingStates])).toEqual(wanted.map((g) => [g.number, g.states]));
    for (const i of run.items) expect(i.text.length).toBeLessThanOrEqual(2000);
    expect(run.reports[0].warnings.join(' ')).toMatch(/no paragraph breaks and were cut/);
    expect(run.reports[0].loss.lostShare).toBeLessThan(0.01);
  });
});

describe('a list of positions without an addendum\'s symbol', () => {
  it('answers the report it names in its text', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'positions-'));
    const file = join(dir, 'positions-examplia.txt');
    writeFileSync(file, readFileSync(EXAMPLIA_ADDENDUM.file, 'utf8').replaceAll('A/HRC/38/12/Add.1', 'UPR-POSITIONS-EXA'));
    const run = await indexFixtures([EXAMPLIA_2018.file, file]);
    expect(item(run, 'positions-examplia/pos/118.2').respondsTo).toBe('upr-wg-report-examplia-2018/rec/118.2');
    expect(item(run, 'upr-wg-report-examplia-2018/rec/118.2').position).toBe('noted');
  });
});
