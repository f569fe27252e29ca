// Factsheets and the implementation reports they cite, indexed together: each note's refs
// resolve to the report's own items (gold: implementation-report.gold.ts, CROSS_REFERENCES),
// chosen by the manifest's "cites" or by the same body and round.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { runIndexer, type IndexerRun } from '../../indexer/pipeline.js';
import { FACTSHEET_FIXTURES } from '../../indexer/segment/factsheet/factsheet-fixtures.gold.js';
import { CROSS_REFERENCES, REPORT_FIXTURES } from '../../indexer/segment/implementation-report/implementation-report.gold.js';
import type { GoldDocument } from '../support/fixture-gold.js';

const FOLDERS: [GoldDocument[], string][] = [
  [FACTSHEET_FIXTURES, '../../indexer/segment/factsheet/fixtures/'],
  [REPORT_FIXTURES, '../../indexer/segment/implementation-report/fixtures/'],
];

async function indexTogether(golds: [GoldDocument, string][], extra: object[] = []): Promise<IndexerRun> {
  const dir = await mkdtemp(join(tmpdir(), 'seeds-xref-'));
  for (const [gold, folder] of golds) await copyFile(new URL(`${folder}${gold.file}`, import.meta.url), join(dir, gold.file));
  const documents = [...golds.map(([g]) => ({ ...g.meta, file: g.file, format: 'txt' })), ...extra];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return runIndexer({ seedsDir: dir, outDir: await mkdtemp(join(tmpdir(), 'corpus-xref-')) });
}

const notesOf = (items: Item[], document: string) =>
  new Map(items.filter((i) => i.document === document).flatMap((i) => i.footnotes ?? []).map((f) => [f.n, f]));

describe('notes resolved to the items of the report they cite', () => {
  let run: IndexerRun;
  beforeAll(async () => {
    run = await indexTogether(FOLDERS.flatMap(([golds, folder]) => golds.map((g): [GoldDocument, string] => [g, folder])));
  }, 120_000);

  it('indexes every document without failure', () => {
    expect(run.failures).toEqual([]);
    expect(run.warnings.filter((w) => /cites/.test(w))).toEqual([]);
  });

  it.each(CROSS_REFERENCES)('$citing → $report', ({ citing, report, notes }) => {
    const actual = notesOf(run.items, citing);
    const expected = Object.entries(notes).map(([n, keys]) => [Number(n), keys.map((k) => `${report}/${k}`)]);
    expect(expected.map(([n]) => [n, actual.get(n as number)?.targets])).toEqual(expected);
    // Every target is an item of the report that exists.
    const ids = new Set(run.items.map((i) => i.id));
    for (const [, targets] of expected) for (const t of targets as string[]) expect(ids.has(t), t).toBe(true);
  });

  it('resolves "Recommendation II-6" to the report\'s recommendation II-6, "Para. 73" to its paragraph 73', () => {
    const rec = run.items.find((i) => i.id === 'lanzarote-implementation-report-r2-2022/rec/II-3')!;
    expect(rec).toMatchObject({ type: 'recommendation', number: 'II-3', urgency: 'request' });
    const para = run.items.find((i) => i.id === 'lanzarote-implementation-report-r1-2018/para/17')!;
    expect(para).toMatchObject({ number: '17', type: 'recommendation' });
  });

  it('does not resolve a report\'s own notes (they cite other documents as often)', () => {
    const own = notesOf(run.items, 'lanzarote-implementation-report-r2-2022').get(4)!;
    expect(own.refs?.paragraphs).toEqual([3, 4, 5, 6]);
    expect(own.targets).toBeUndefined();
  });
});

describe('choosing the cited report', () => {
  it('takes the report of the same body and round when the manifest names none, and every language version of it', async () => {
    const pt = FACTSHEET_FIXTURES.find((g) => g.meta.country === 'PT')!;
    const [en, , fr] = REPORT_FIXTURES;
    const run = await indexTogether([
      [{ ...pt, meta: { ...pt.meta, cites: undefined } }, FOLDERS[0][1]],
      [en, FOLDERS[1][1]],
      [fr, FOLDERS[1][1]],
    ]);
    const note = notesOf(run.items, pt.meta.id).get(2)!; // "Recommendation II-1"
    expect(note.targets).toEqual([`${en.meta.id}/rec/II-1`, `${fr.meta.id}/rec/II-1`]);
  }, 120_000);

  it('resolves nothing, and says so, when "cites" names a document that is not indexed', async () => {
    const pt = FACTSHEET_FIXTURES.find((g) => g.meta.country === 'PT')!;
    const run = await indexTogether([[{ ...pt, meta: { ...pt.meta, cites: 'no-such-report' } }, FOLDERS[0][1]], [REPORT_FIXTURES[0], FOLDERS[1][1]]]);
    expect(run.items.flatMap((i) => i.footnotes ?? []).some((f) => f.targets)).toBe(false);
    expect(run.warnings.some((w) => w.includes('no-such-report'))).toBe(true);
  }, 120_000);

  it('leaves notes of a round without an indexed report unresolved', async () => {
    const mt = FACTSHEET_FIXTURES.find((g) => g.meta.country === 'MT')!;
    const run = await indexTogether([[mt, FOLDERS[0][1]], [REPORT_FIXTURES[0], FOLDERS[1][1]]]);
    expect(run.items.flatMap((i) => i.footnotes ?? []).some((f) => f.targets)).toBe(false);
  }, 120_000);
});
