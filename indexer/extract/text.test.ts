import { describe, expect, it } from 'vitest';
import { extractText } from './text.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

const cases: { note: string; input: Uint8Array; text: string; warned: boolean }[] = [
  { note: 'UTF-8 as is', input: bytes('Česká republika – „zpráva“\n'), text: 'Česká republika – „zpráva“\n', warned: false },
  { note: 'byte-order mark dropped', input: bytes([0xef, 0xbb, 0xbf], 'Text\n'), text: 'Text\n', warned: false },
  { note: 'CRLF and lone CR become LF', input: bytes('a\r\nb\rc\n'), text: 'a\nb\nc\n', warned: false },
  { note: 'Windows-1250 read as such, with a warning', input: bytes('Ministerstvo vnitra ', [0xc8], 'esk', [0xe9], ' republiky'), text: 'Ministerstvo vnitra České republiky', warned: true },
  { note: 'UTF-16LE with its byte-order mark', input: new Uint8Array([0xff, 0xfe, ...[...'Zpráva'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]), text: 'Zpráva', warned: false },
];

describe('extractText', () => {
  it.each(cases)('$note', ({ input, text, warned }) => {
    const out = extractText(input, 'source.txt');
    expect(out.text).toBe(text);
    expect(out.warnings.length > 0).toBe(warned);
    if (warned) expect(out.warnings[0]).toMatch(/^source\.txt: .*Windows-1250/);
  });
});
