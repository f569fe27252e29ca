// Plain-text sources. UTF-8 is expected; a file that is not valid UTF-8 is read in the legacy
// code page its manifest entry names (`encoding`), or else in the one that reads best (see
// legacy-encoding.ts), and a warning says which, rather than refusing a readable document. UTF-16 with a byte-order mark
// is read as such. Bytes that are not text at all are refused ('binary').
import type { ExtractedText } from '../types.js';
import { ExtractError } from './errors.js';
import { decodeLegacy } from './legacy-encoding.js';

export interface ExtractedTextWithWarnings extends ExtractedText {
  /** Things a person should know about how the file was read (e.g. its encoding was guessed). */
  warnings: string[];
}

/** Share of control bytes (other than tab, line breaks, form feed) above which a ".txt" is binary. */
const MAX_CONTROL_SHARE = 0.01;

function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;
}

function utf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return undefined;
}

export function extractText(bytes: Uint8Array, name: string, encoding?: string): ExtractedTextWithWarnings {
  const warnings: string[] = [];
  let text = utf16(bytes);
  if (text === undefined) {
    let control = 0;
    for (const b of bytes) if (isControl(b)) control++;
    if (bytes.includes(0) || control > bytes.length * MAX_CONTROL_SHARE) {
      throw new ExtractError('binary', name, 'the file holds binary data, not text; save the document as UTF-8 text or PDF');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const legacy = decodeLegacy(bytes, encoding);
      text = legacy.text;
      warnings.push(legacy.guessed
        ? `${name}: not valid UTF-8, read as ${legacy.name} (the code page that reads best); set "encoding" in manifest.json or save it as UTF-8 to be sure of its characters`
        : `${name}: not valid UTF-8, read as ${legacy.name} as manifest.json says`);
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ExtractError('empty', name, 'the file is empty; add its text or remove it from the sources folder');
  return { text, warnings };
}
