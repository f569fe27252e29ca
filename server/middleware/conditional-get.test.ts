import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits } from './conditional-get.js';

describe('ifNoneMatchHits (weak comparison, RFC 9110)', () => {
  const etag = 'W/"abc-1"';
  it.each<[string | undefined, boolean, string]>([
    [undefined, false, 'no header'],
    ['W/"abc-1"', true, 'same weak tag'],
    ['"abc-1"', true, 'strong form of the same tag'],
    ['"x", W/"abc-1"', true, 'one of a list'],
    ['*', true, 'any'],
    ['W/"abc-2"', false, 'another version'],
    ['abc-1', false, 'unquoted is not the tag'],
    ['', false, 'empty'],
  ])('%s → %s (%s)', (header, expected) => {
    expect(ifNoneMatchHits(header, etag)).toBe(expected);
  });
});
