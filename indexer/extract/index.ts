// Extract stage: bytes of a source file → text in the conventions the layout stage reads.
import type { ExtractedText } from '../types.js';
import { ExtractError } from './errors.js';
import { extractText } from './text.js';
import { extractPdf } from './pdf.js';

export { ExtractError } from './errors.js';

const PDF_MAGIC = '%PDF-';

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
}

export async function extractDocument(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  if (/\.pdf$/i.test(fileName)) {
    if (bytes.length === 0) throw new ExtractError('empty', fileName, 'the PDF file is empty (0 bytes)');
    if (!looksLikePdf(bytes)) throw new ExtractError('not-pdf', fileName, 'the file is named .pdf but is not a PDF (no %PDF- header)');
    return extractPdf(bytes, fileName);
  }
  if (looksLikePdf(bytes)) return extractPdf(bytes, fileName);
  const { text } = extractText(bytes, fileName);
  return { text };
}
