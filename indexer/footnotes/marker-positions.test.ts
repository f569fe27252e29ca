import { describe, expect, it } from 'vitest';
import { findSuperscriptMarkers } from './find-markers.js';
import { markerOffsets } from './marker-positions.js';
import { stripMarkers } from './strip-markers.js';

/** Markers found in a one-line source, then taken out as the indexer does. */
function placed(source: string, plain: { n: number; digits: string; after: string }[] = []) {
  const layout = { source, lines: [{ start: 0, end: source.length }], notes: [], dropped: [] } as never;
  const superscripts = findSuperscriptMarkers(layout);
  const plainMarkers = plain.map(({ n, digits, after }) => {
    const start = source.indexOf(after) + after.length;
    return { n, start, end: start + digits.length };
  });
  const text = stripMarkers(source, plainMarkers, source).replace(/\s+/g, ' ').trim();
  const at = markerOffsets(text, [...superscripts, ...plainMarkers], source, 0);
  // The text with each marker put back as [n], to read the positions.
  const marks = [...at].flatMap(([n, offsets]) => offsets.map((o) => [o, n] as const)).sort((a, b) => b[0] - a[0]);
  return marks.reduce((out, [o, n]) => `${out.slice(0, o)}[${n}]${out.slice(o)}`, text);
}

describe('markerOffsets', () => {
  it('puts superscript markers back after the word or stop they followed', () => {
    expect(placed('Parties should criminalise grooming⁴ and   sextortion.¹² Both apply.'))
      .toBe('Parties should criminalise grooming[4] and sextortion.[12] Both apply.');
  });

  it('places plain-digit markers, and a note marked twice at both places', () => {
    expect(placed('when adults:7 possess images; see adults:7 again', [{ n: 7, digits: '7', after: 'when adults:' }, { n: 7, digits: '7', after: 'see adults:' }]))
      .toBe('when adults:[7] possess images; see adults:[7] again');
  });

  it('gives no position to a marker whose words are not in the final text', () => {
    const at = markerOffsets('Other words.', [{ n: 3, start: 10, end: 11 }], 'Some text.³', 0);
    expect(at.size).toBe(0);
  });
});
