// Extract stage: bytes of a source file → text in the conventions the layout stage reads.
// A PDF is recognised by its name or its header; anything else is read as text. Every
// failure is an ExtractError naming the file and the reason (see errors.ts).
import type { ExtractedText } from '../types.js';
import { extractPdf } from './pdf.js';
import type { ReadPdfOptions } from './pdf-reader.js';
import { extractText } from './text.js';

export { ExtractError, type ExtractErrorCode } from './errors.js';

export interface ExtractResult extends ExtractedText {
  /** How the file was read when that needs a person's attention (a guessed encoding). */
  warnings: string[];
}

/** A PDF saved under another name: its first bytes are the PDF header. */
const startsLikePdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';

export async function extractDocument(bytes: Uint8Array, fileName: string, options: ReadPdfOptions & { encoding?: string } = {}): Promise<ExtractResult> {
  if (/\.pdf$/i.test(fileName) || startsLikePdf(bytes)) {
    return { ...(await extractPdf(bytes, fileName, options)), warnings: [] };
  }
  return extractText(bytes, fileName, options.encoding);
}
