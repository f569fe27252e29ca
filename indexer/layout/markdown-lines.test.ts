// Markdown's line markers read away: a heading's hashes (its line starts after them, offsets
// still the source's), "*" bullets as "-"; bold, emphasis and a leading "+" (the text's own "plus") are not bullets.
import { describe, expect, it } from 'vitest';
import { splitPhysicalLines } from './physical-lines.js';
import { readMarkdownMarkers, withMarkdownMarkersRead } from './markdown-lines.js';

describe('Markdown line markers', () => {
  const source = ['## II. Legal frameworks ##', '* The Committee **requests** it.', '  + nested', '**Bold** line', '#hashtag', '*emphasis*'].join('\n');
  const lines = splitPhysicalLines(source);
  readMarkdownMarkers(lines);

  it('starts a heading after its hashes, closing hashes left out, offsets into the source', () => {
    expect(lines[0].text).toBe('II. Legal frameworks');
    expect(source.slice(lines[0].start, lines[0].end)).toBe('II. Legal frameworks');
  });

  it('reads "*" bullets as "-", one character for one, and leaves a leading "+" as printed', () => {
    expect(lines[1].text).toBe('- The Committee **requests** it.');
    expect(lines[2].text).toBe('  + nested');
    expect(lines[1].end - lines[1].start).toBe(lines[1].text.length);
  });

  it('leaves bold, emphasis and a hash without a space alone', () => {
    expect(lines.slice(3).map((l) => l.text)).toEqual(['**Bold** line', '#hashtag', '*emphasis*']);
  });

  it('gives detection the same reading', () => {
    expect(withMarkdownMarkersRead(source).split('\n').slice(0, 2)).toEqual(['II. Legal frameworks', '- The Committee **requests** it.']);
  });
});
