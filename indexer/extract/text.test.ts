import { describe, expect, it } from 'vitest';
import { extractText } from './text.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

const cases: { note: string; input: Uint8Array; text: string; warned: boolean }[] = [
  { note: 'UTF-8 as is', input: bytes('Česká republika – „zpráva“\n'), text: 'Česká republika – „zpráva“\n', warned: false },
  { note: 'byte-order mark dropped', input: bytes([0xef, 0xbb, 0xbf], 'Text\n'), text: 'Text\n', warned: false },
  { note: 'CRLF and lone CR become LF', input: bytes('a\r\nb\rc\n'), text: 'a\nb\nc\n', warned: false },
  { note: 'Windows-1250 (Czech) read as such, with a warning', input: bytes('Ministerstvo vnitra ', [0xc8], 'esk', [0xe9], ' republiky, ochrana d', [0xec], 't', [0xed], ' a p', [0xf8], 'ed', [0xe8], 'asn', [0xfd]), text: 'Ministerstvo vnitra České republiky, ochrana dětí a předčasný', warned: true },
  { note: 'Windows-1250 (Polish)', input: bytes('Ministerstwo Spraw Wewn', [0xea], 'trznych, ochrona dzieci przed wykorzystywaniem, ', [0xb3], [0xb9], 'czno', [0x9c], [0xe6]), text: 'Ministerstwo Spraw Wewnętrznych, ochrona dzieci przed wykorzystywaniem, łączność', warned: true },
  { note: 'Windows-1252 (French), not Windows-1250', input: bytes('Le Comit', [0xe9], ' invite les autorit', [0xe9], 's ', [0xe0], ' renforcer la protection des ', [0xe9], 'l', [0xe8], 'ves, tr', [0xe8], 's ', [0xe0], ' c', [0xf4], 't', [0xe9]), text: 'Le Comité invite les autorités à renforcer la protection des élèves, très à côté', warned: true },
  { note: 'Windows-1252 (German)', input: bytes('Gr', [0xf6], [0xdf], 'e f', [0xfc], 'r Kinder und Jugendliche, Ma', [0xdf], 'nahmen gegen Menschenhandel'), text: 'Größe für Kinder und Jugendliche, Maßnahmen gegen Menschenhandel', warned: true },
  { note: 'Windows-1251 (Russian)', input: bytes([0xc7, 0xe0, 0xf9, 0xe8, 0xf2, 0xe0], ' ', [0xe4, 0xe5, 0xf2, 0xe5, 0xe9]), text: 'Защита детей', warned: true },
  { note: 'UTF-16LE with its byte-order mark', input: new Uint8Array([0xff, 0xfe, ...[...'Zpráva'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]), text: 'Zpráva', warned: false },
];

describe('extractText', () => {
  it.each(cases)('$note', ({ input, text, warned }) => {
    const out = extractText(input, 'source.txt');
    expect(out.text).toBe(text);
    expect(out.warnings.length > 0).toBe(warned);
    if (warned) expect(out.warnings[0]).toMatch(/^source\.txt: not valid UTF-8, read as Windows-125\d/);
  });

  it('takes the code page the manifest names over the guess', () => {
    const czech = bytes('ochrana d', [0xec], 't', [0xed]);
    expect(extractText(czech, 'source.txt', 'windows-1252').text).toBe('ochrana dìtí');
    expect(extractText(czech, 'source.txt', 'windows-1252').warnings[0]).toMatch(/as manifest\.json says/);
  });
});
