import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNumbers, encodeNumbers } from './number-text.js';

describe('numbers as text', () => {
  it('round-trips any list of whole numbers, and a slice of the text decodes its numbers', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 40 })), fc.array(fc.nat()), (a, b) => {
      const first = encodeNumbers(a);
      const text = first + encodeNumbers(b);
      expect(decodeNumbers(text)).toEqual([...a, ...b]);
      expect(decodeNumbers(text, first.length)).toEqual(b);
    }));
  });

  it('writes small numbers in one character and needs no separator', () => {
    expect(encodeNumbers([0, 5, 31])).toBe('05V');
    expect(encodeNumbers([32, 1000]).length).toBe(4);
    expect(JSON.parse(JSON.stringify(encodeNumbers([1, 99, 123456])))).toBe(encodeNumbers([1, 99, 123456]));
  });

  it('refuses what it cannot write or read', () => {
    expect(() => encodeNumbers([-1])).toThrow(/whole numbers/);
    expect(() => encodeNumbers([1.5])).toThrow(/whole numbers/);
    expect(() => decodeNumbers('1,2')).toThrow(/not an encoded number list/);
    expect(() => decodeNumbers('W')).toThrow(/middle of a number/);
  });
});
