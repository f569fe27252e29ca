// The indexer end to end on the seeds and on broken input: reports by name, never loses
// the good documents, and writes the same bytes for the same input.
import { describe, expect, it, beforeAll } from 'vitest';
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndexer, NothingIndexedError, type IndexerRun } from '../../indexer/pipeline.js';
import { Item } from '../../core/schema.js';

const SEEDS = 'seeds';

async function tempDir(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `${name}-`));
}

async function readCorpus(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) out[f] = await readFile(join(dir, f), 'utf8');
  return out;
}

describe('indexer on the seeds', () => {
  let run: IndexerRun;
  let out: string;
  beforeAll(async () => {
    out = await tempDir('corpus');
    run = await runIndexer({ seedsDir: SEEDS, outDir: out });
  });

  it('indexes all five documents with no failure', () => {
    expect(run.failures).toEqual([]);
    expect(run.reports.map((r) => r.document).sort()).toEqual([
      'global-alliance-report-cz-2014',
      'greta-reply-cz-2025',
      'lanzarote-factsheet-cz-2023',
      'lanzarote-questionnaire-reply-cz-2018',
      'national-strategy-thb-cz-2020',
    ]);
  });

  it('writes items that satisfy the shared schema, with unique ids', async () => {
    const items = JSON.parse(await readFile(join(out, 'items.json'), 'utf8')) as unknown[];
    const parsed = items.map((i) => Item.parse(i));
    expect(new Set(parsed.map((i) => i.id)).size).toBe(parsed.length);
    for (const i of parsed) expect(i.themes.length, `${i.id} has no theme`).toBeGreaterThan(0);
  });

  it('leaves almost no source text outside items', () => {
    for (const r of run.reports) expect(r.loss.lostShare, `${r.document}: ${r.loss.lostLines.join(" | ")}`).toBeLessThan(0.01);
  });

  it('matches the committed corpus/ (run `npm run index` after changing the indexer or seeds)', async () => {
    const built = await readCorpus(out);
    const committed = await readCorpus('corpus');
    // report.json records the hash of the code that built it; the rest must be identical.
    for (const file of Object.keys(built).filter((f) => f !== 'report.json')) {
      expect(committed[file] === built[file], `corpus/${file} is stale`).toBe(true);
    }
  });

  it('is deterministic: a second run writes the same bytes', async () => {
    const again = await tempDir('corpus-again');
    await runIndexer({ seedsDir: SEEDS, outDir: again });
    expect(await readCorpus(again)).toEqual(await readCorpus(out));
  });
});

describe('indexer on broken input', () => {
  it('reports each broken file by name and still indexes the good ones', async () => {
    const dir = await tempDir('seeds-broken');
    await copyFile(join(SEEDS, 'global-alliance-report-cz-2014.txt'), join(dir, 'good.txt'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    await writeFile(join(dir, 'not-a-pdf.pdf'), 'hello, I am text');
    await writeFile(join(dir, 'empty.pdf'), '');
    const pdf = await readFile('test/fixtures/pdf/lanzarote-r2-factsheet-cz-2023.pdf');
    await writeFile(join(dir, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(51 * 1024 * 1024, 'a'));
    // "Ochrana dětí" (child protection) saved as Windows-1250, not UTF-8.
    await writeFile(join(dir, 'legacy.txt'), Buffer.from([...Buffer.from('Ochrana d', 'latin1'), 0xec, ...Buffer.from('t\u00ed before 2019.\n\nThe Ministry will act.\n', 'latin1')]));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ file: 'good.txt', id: 'Bad Id!', year: 'soon' }] }));
    const run = await runIndexer({ seedsDir: dir, outDir: await tempDir('corpus-broken') });
    const failed = Object.fromEntries(run.failures.map((f) => [f.file, f.reason]));
    expect(Object.keys(failed).sort()).toEqual(['binary.txt', 'empty.pdf', 'empty.txt', 'huge.txt', 'not-a-pdf.pdf', 'truncated.pdf']);
    expect(failed['huge.txt']).toMatch(/larger than/);
    for (const reason of Object.values(failed)) expect(reason.length).toBeGreaterThan(10);
    expect(run.warnings.join('\n')).toMatch(/manifest\.json good\.txt: .*id/);
    expect(run.reports.map((r) => r.file)).toEqual(['good.txt', 'legacy.txt']);
    expect(run.reports[0].inferred).toBe(true);
    // The wrongly encoded file is read as the Czech legacy code page, not lost.
    expect(run.items.some((i) => i.document === 'legacy' && i.text.includes('Ochrana dětí'))).toBe(true);
    expect(run.reports[1].warnings.join(' ')).toMatch(/Windows-1250/);
  });

  it('fails with a clear message when nothing usable is left', async () => {
    const dir = await tempDir('seeds-empty');
    await writeFile(join(dir, 'empty.txt'), '');
    await expect(runIndexer({ seedsDir: dir, outDir: await tempDir('corpus-none') })).rejects.toThrow(NothingIndexedError);
    await expect(runIndexer({ seedsDir: dir, outDir: await tempDir('corpus-none') })).rejects.toThrow(/empty\.txt/);
  });

  it('indexes a file of unknown kind with metadata inferred from its text', async () => {
    const dir = await tempDir('seeds-unknown');
    await writeFile(join(dir, 'note-2021.txt'), 'Annual note of the Lanzarote Committee\n\nAdopted on 3 March 2021.\n\nThe Committee met twice.\n');
    const run = await runIndexer({ seedsDir: dir, outDir: await tempDir('corpus-unknown') });
    expect(run.reports[0]).toMatchObject({ document: 'note-2021', inferred: true, kind: 'generic' });
    expect(run.items.every((i) => i.body === 'Lanzarote Committee' && i.year === 2021)).toBe(true);
    expect(run.reports[0].warnings.join(' ')).toMatch(/no manifest entry/);
  });
});
