// PDF sources through pdf-parse (pdf.js underneath). Node-only: the indexer uses it, the
// server never does. Failures are mapped to ExtractError codes a person can act on.
import { PDFParse } from 'pdf-parse';
import type { ExtractedText } from '../types.js';
import { ExtractError } from './errors.js';
import { pagesToText } from './pdf-layout.js';
import { readPdfPages } from './pdf-text-items.js';

/** A PDF that takes longer than this to parse is reported, not waited for. */
const PARSE_TIMEOUT_MS = 30_000;

function classify(error: unknown, name: string, bytes: Uint8Array): ExtractError {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/password|encrypt/i.test(message)) return new ExtractError('encrypted', name, 'the PDF is encrypted (password-protected); provide an unprotected copy');
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) return new ExtractError('truncated', name, `the PDF is truncated (no end-of-file marker after ${bytes.length} bytes); download it again`);
  return new ExtractError('unreadable', name, `the PDF could not be parsed (${message.slice(0, 200)})`);
}

async function withTimeout<T>(work: Promise<T>, name: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExtractError('timeout', name, `parsing took longer than ${PARSE_TIMEOUT_MS / 1000} s; the PDF may be damaged`)), PARSE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function extractPdf(bytes: Uint8Array, name: string): Promise<ExtractedText> {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) {
    throw new ExtractError('truncated', name, `the PDF is truncated (no end-of-file marker after ${bytes.length} bytes); download it again`);
  }
  // pdf.js may detach the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: 0 });
  try {
    const pages = await withTimeout(readPdfPages(parser), name);
    const extracted = pagesToText(pages);
    if (extracted.text.trim().length === 0) {
      throw new ExtractError('no-text', name, 'the PDF has no text layer (a scan?); run OCR on it first');
    }
    return extracted;
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw classify(e, name, bytes);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
