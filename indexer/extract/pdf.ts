// PDF sources: pdf-parse (pdf.js underneath) reads the page text items in a worker
// thread; the layout rebuilds text in the .txt conventions from their positions, sizes
// and fonts. Node-only: the indexer uses it, the server never does.
import type { ExtractedText } from '../types.js';
import { ExtractError } from './errors.js';
import { pagesToText } from './pdf-layout.js';
import { endsWithEofMarker, readPdfPages, type ReadPdfOptions } from './pdf-reader.js';

/** A PDF header may stand anywhere in the first 1024 bytes (some writers put junk first). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

export async function extractPdf(bytes: Uint8Array, name: string, options: ReadPdfOptions = {}): Promise<ExtractedText> {
  if (bytes.length === 0) throw new ExtractError('empty', name, 'the file is empty (0 bytes); copy the PDF again or remove it');
  if (!hasPdfHeader(bytes)) throw new ExtractError('not-pdf', name, 'the file is named .pdf but is not a PDF (no %PDF- header); check what was saved under this name');
  // pdf.js rebuilds a damaged cross-reference table and would index half a document
  // without complaint: a file cut short is refused before it is read.
  if (!endsWithEofMarker(bytes)) {
    throw new ExtractError('truncated', name, `the PDF is truncated (no %%EOF end marker after ${bytes.length} bytes); download or copy it again`);
  }
  const pages = await readPdfPages(bytes, name, options);
  const extracted = pagesToText(pages);
  if (extracted.text.trim() === '') {
    throw new ExtractError('no-text', name, 'the PDF has no text layer (a scan?); run OCR on it and index the result');
  }
  return extracted;
}
