// The PDF renditions of three seeds must give the same items as their text versions: the
// factsheet's recommendations (text, urgency, addressee, cited ids), the strategy's tasks
// (every field) and the questionnaire reply's questions and answers (a word-processor PDF
// with the questionnaire in bold and real footnotes). Differences are listed item by item in
// the failure message.
// Renditions differ only in typography the converters chose (straight or curly quotes,
// line breaks inside table cells), which is normalised before comparing (test/support/pdf-parity.ts).
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { differences, indexBoth as both } from '../support/pdf-parity.js';

describe('PDF and text renditions give the same items', () => {
  it('factsheet recommendations', async () => {
    const { fromText, fromPdf } = await both('lanzarote-factsheet-cz-2023', 'test/fixtures/pdf/lanzarote-r2-factsheet-cz-2023.pdf');
    expect(fromText.filter((i) => i.type === 'recommendation')).toHaveLength(66);
    expect(differences('recommendation', ['text', 'urgency', 'addressee', 'refs', 'footnotes'], fromText, fromPdf)).toEqual([]);
  });

  it('Global Alliance goals and answers (a PDF laid out by LibreOffice: scripts/pdf-renditions/make-pdf.ts)', async () => {
    const { fromText, fromPdf } = await both('global-alliance-report-cz-2014', 'test/fixtures/pdf/global-alliance-report-cz-2014.pdf');
    expect(fromText.filter((i) => i.type === 'answer')).toHaveLength(21);
    for (const type of ['goal', 'answer'] as const) {
      expect(differences(type, ['number', 'title', 'text', 'parentId', 'respondsTo', 'commitment'], fromText, fromPdf)).toEqual([]);
    }
  });

  it('strategy tasks', async () => {
    const { fromText, fromPdf } = await both('national-strategy-thb-cz-2020', 'test/fixtures/pdf/national-strategy-thb-cz-2020-2023.pdf');
    expect(fromText.filter((i) => i.type === 'task')).toHaveLength(13);
    const fields: (keyof Item)[] = ['number', 'title', 'text', 'description', 'goal', 'indicators', 'financing', 'responsible', 'cooperating', 'targetGroup', 'start', 'deadline'];
    expect(differences('task', fields, fromText, fromPdf)).toEqual([]);
  });
});

describe('PDF and text renditions give the same items: questionnaire reply', () => {
  it('questions and answers, with numbers, links, sections and footnotes', async () => {
    const { fromText, fromPdf } = await both('lanzarote-questionnaire-reply-cz-2018', 'test/fixtures/pdf/lanzarote-r2-questionnaire-reply-cz.pdf');
    expect(fromText.filter((i) => i.type === 'question')).toHaveLength(60);
    expect(fromText.filter((i) => i.type === 'answer')).toHaveLength(51);
    const fields: (keyof Item)[] = ['number', 'title', 'text', 'section', 'parentId', 'respondsTo', 'footnotes'];
    expect(differences('question', fields, fromText, fromPdf)).toEqual([]);
    expect(differences('answer', fields, fromText, fromPdf)).toEqual([]);
    expect(fromPdf.filter((i) => i.type === 'paragraph')).toEqual([]);
  });
});

describe('a PDF dropped into a seeds folder without a manifest entry', () => {
  it('is indexed with its kind detected and its metadata read from its text', async () => {
    const { mkdtemp, copyFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runIndexer } = await import('../../indexer/pipeline.js');
    const dir = await mkdtemp(join(tmpdir(), 'seeds-pdf-'));
    await copyFile('test/fixtures/pdf/lanzarote-r2-factsheet-cz-2023.pdf', join(dir, 'factsheet.pdf'));
    const run = await runIndexer({ seedsDir: dir, outDir: await mkdtemp(join(tmpdir(), 'corpus-pdf-')) });
    expect(run.failures).toEqual([]);
    expect(run.reports[0]).toMatchObject({ document: 'factsheet', kind: 'factsheet', inferred: true });
    const recs = run.items.filter((i) => i.type === 'recommendation');
    expect(recs).toHaveLength(66);
    expect(recs.every((r) => r.body === 'Lanzarote Committee' && r.year === 2023)).toBe(true);
    expect(run.reports[0].footnotes.unresolved).toBe(0);
  });
});
