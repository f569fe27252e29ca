import { describe, expect, it } from 'vitest';
import { decodeEntities, parseHighlight, truncateWords } from './highlight.js';

describe('parseHighlight', () => {
  it.each([
    { input: 'a <mark>helpline</mark> for children', expected: [
      { text: 'a ', marked: false }, { text: 'helpline', marked: true }, { text: ' for children', marked: false }],
    note: 'marked words become marked pieces' },
    { input: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>police</mark>', expected: [
      { text: '<script>alert(1)</script> & ', marked: false }, { text: 'police', marked: true }],
    note: 'escaped markup is decoded to text, never to elements' },
    { input: '<b>bold</b> <mark>x</mark>', expected: [{ text: '<b>bold</b> ', marked: false }, { text: 'x', marked: true }],
      note: 'any other tag stays literal text' },
    { input: 'O&#39;Brien said &quot;no&quot;', expected: [{ text: 'O\'Brien said "no"', marked: false }], note: 'quotes' },
    { input: '', expected: [], note: 'empty snippet' },
  ])('$note', ({ input, expected }) => {
    expect(parseHighlight(input)).toEqual(expected);
  });

  it('decodes each entity once (no double decoding)', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('truncateWords', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(truncateWords('one\n two   three', 50)).toBe('one two three');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(truncateWords('The Committee invites the Parties to act, promptly.', 30)).toBe('The Committee invites the…');
  });
});
