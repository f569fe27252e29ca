// Files that cannot be indexed: each is refused with an ExtractError that names the file
// and the reason, never a crash and never a hang.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractError, extractDocument, type ExtractErrorCode } from './index.js';
import { makeTestPdf } from '../../test/support/make-test-pdf.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${name}`, import.meta.url)));
const factsheetPdf = fixture('lanzarote-r2-factsheet-cz-2023.pdf');
const factsheetTxt = new Uint8Array(readFileSync(new URL('../../seeds/lanzarote-r2-factsheet-cz-2023.txt', import.meta.url)));
const ascii = (s: string) => new TextEncoder().encode(s);

interface BadCase {
  note: string;
  name: string;
  bytes: () => Uint8Array;
  code: ExtractErrorCode;
  /** Words the message must hold so that a person knows what to do. */
  says: RegExp;
  timeoutMs?: number;
}

const cases: BadCase[] = [
  { note: 'an empty .pdf', name: 'empty.pdf', bytes: () => new Uint8Array(0), code: 'empty', says: /empty/ },
  { note: 'a .txt of blank lines', name: 'blank.txt', bytes: () => ascii(' \n\r\n\t\n'), code: 'empty', says: /empty/ },
  { note: 'text bytes under a .pdf name', name: 'factsheet.pdf', bytes: () => factsheetTxt, code: 'not-pdf', says: /not a PDF/ },
  { note: 'a real PDF cut in half', name: 'half.pdf', bytes: () => factsheetPdf.slice(0, factsheetPdf.length >> 1), code: 'truncated', says: /truncated.*again/ },
  { note: 'a password-protected PDF (qpdf, AES-256)', name: 'encrypted-aes256.pdf', bytes: () => fixture('encrypted-aes256.pdf'), code: 'encrypted', says: /password/ },
  { note: 'a PDF header over garbage', name: 'garbage.pdf', bytes: () => ascii('%PDF-1.4\n' + 'x'.repeat(500) + '\n%%EOF\n'), code: 'unreadable', says: /could not read/ },
  { note: 'a PDF with pages but no text (a scan)', name: 'scan.pdf', bytes: () => makeTestPdf([[], []]), code: 'no-text', says: /OCR/ },
  { note: 'binary bytes under a .txt name', name: 'photo.txt', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), code: 'binary', says: /binary/ },
  { note: 'a PDF that takes longer than the time bound', name: 'slow.pdf', bytes: () => factsheetPdf, code: 'timeout', says: /longer than/, timeoutMs: 1 },
];

describe('extractDocument refuses what it cannot read', () => {
  it.each(cases)('$note → $code', async ({ name, bytes, code, says, timeoutMs }) => {
    const error = await extractDocument(bytes(), name, { timeoutMs }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    const e = error as ExtractError;
    expect(e.code).toBe(code);
    expect(e.file).toBe(name);
    expect(e.message.startsWith(`${name}: `)).toBe(true);
    expect(e.message).toMatch(says);
  });

  it('reads a PDF saved under a .txt name as a PDF', async () => {
    const pdf = makeTestPdf([[{ x: 72, y: 100, text: 'Recommendation saved under the wrong name.' }]]);
    const { text } = await extractDocument(pdf, 'mislabelled.txt');
    expect(text.trim()).toBe('Recommendation saved under the wrong name.');
  });

  it('still reads the whole PDF after a refusal (the worker of a timed-out read is gone)', async () => {
    await expect(extractDocument(factsheetPdf, 'slow.pdf', { timeoutMs: 1 })).rejects.toMatchObject({ code: 'timeout' });
    const { text } = await extractDocument(factsheetPdf, 'factsheet.pdf');
    expect(text).toContain('FACTSHEET – CZECH REPUBLIC');
  });
});
