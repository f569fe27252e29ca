// Plain-text sources: decode as UTF-8, or as Windows-1250 (the Czech legacy code page)
// when the bytes are not valid UTF-8, so a wrongly saved file is still indexed.
import type { ExtractedText } from '../types.js';
import { ExtractError } from './errors.js';

/** Share of control bytes above which a ".txt" is really a binary file. */
const MAX_CONTROL_SHARE = 0.01;

export function extractText(bytes: Uint8Array, name: string): ExtractedText & { warnings: string[] } {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new ExtractError('empty', name, 'the file is empty; add its text or remove it from the seeds folder');
  }
  let control = 0;
  for (const b of bytes) if (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  if (bytes.includes(0) || control / bytes.length > MAX_CONTROL_SHARE) {
    throw new ExtractError('binary', name, 'the file holds binary data, not text; export the document as UTF-8 text or PDF');
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1250').decode(bytes);
    warnings.push(`${name}: not valid UTF-8; read as Windows-1250 — save it as UTF-8 to be sure of its characters`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { text, warnings };
}
