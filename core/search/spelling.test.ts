// The one-edit shortcut against the full table: both must agree on every pair of words.
import { describe, expect, it } from 'vitest';
import type { PostingsIndex } from './postings.js';
import { editDistance, SpellingCorrector, withinOneEdit } from './spelling.js';

/** The table's distance with no early exit: the reference. */
const fullDistance = (a: string, b: string) => editDistance(a, b, Math.max(a.length, b.length) + 2);

describe('withinOneEdit', () => {
  it.each<[string, string, 0 | 1 | 2]>([
    ['helpline', 'helpline', 0], ['helpline', 'helpine', 1], ['helpine', 'helpline', 1], ['helpline', 'hlepline', 1],
    ['helpline', 'helpliens', 2], ['helpline', 'helpling', 1], ['helpline', 'xelpline', 1], ['helpline', 'elpline', 1],
    ['helpline', 'helplinex', 1], ['abc', 'cba', 2], ['ab', 'ba', 1], ['', 'a', 1], ['', '', 0], ['abcd', 'ab', 2],
    ['victims', 'victmis', 1], ['victims', 'vitcmis', 2],
  ])('%s ~ %s: %i', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(Math.min(2, fullDistance(a, b))).toBe(expected);
  });

  it('agrees with the table on random words of a small alphabet (where near misses are common)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: Math.floor(random() * 7) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    const mutate = (w: string) => {
      const at = Math.floor(random() * (w.length + 1));
      const kind = Math.floor(random() * 4);
      if (kind === 0) return w.slice(0, at) + 'abc'[Math.floor(random() * 3)] + w.slice(at);
      if (kind === 1) return w.slice(0, at) + w.slice(at + 1);
      if (kind === 2) return w.slice(0, at) + 'abc'[Math.floor(random() * 3)] + w.slice(at + 1);
      return w.slice(0, at) + w.slice(at + 1, at + 2) + w.slice(at, at + 1) + w.slice(at + 2);
    };
    let ones = 0;
    for (let n = 0; n < 5000; n++) {
      const a = word();
      const b = n % 2 ? mutate(a) : word();
      const expected = Math.min(2, fullDistance(a, b));
      if (expected === 1) ones++;
      expect(withinOneEdit(a, b), `${a} ~ ${b}`).toBe(expected);
      expect(editDistance(a, b, 1), `${a} ~ ${b} within 1`).toBe(Math.min(2, expected));
    }
    expect(ones).toBeGreaterThan(1000);
  });
});

describe('SpellingCorrector', () => {
  const vocabulary = ['helpline', 'helplines', 'victim', 'trafficking', 'traffic'];
  const index = () => {
    let dfCalls = 0;
    const stub = {
      vocabulary,
      surface: (id: number) => vocabulary[id],
      printedForms: vocabulary,
      df: (id: number) => { dfCalls++; return id + 1; },
      get dfCalls() { return dfCalls; },
    };
    return stub;
  };

  it('corrects a word once, then answers it again from memory, with or without a correction', () => {
    const postings = index();
    const corrector = new SpellingCorrector(postings as unknown as PostingsIndex);
    expect(corrector.correct('trafficing', 'trafficing')).toEqual({ term: 'trafficking', display: 'trafficking' });
    const scanned = postings.dfCalls;
    expect(scanned).toBeGreaterThan(0);
    expect(corrector.correct('trafficing', 'trafficing')).toEqual({ term: 'trafficking', display: 'trafficking' });
    expect(corrector.correct('zzzzzzz', 'zzzzzzz')).toBeUndefined();
    expect(corrector.correct('zzzzzzz', 'zzzzzzz')).toBeUndefined();
    expect(postings.dfCalls).toBe(scanned);
  });

  it('keeps answering correctly after its memory fills and is emptied', () => {
    const corrector = new SpellingCorrector(index() as unknown as PostingsIndex);
    for (let n = 0; n < 2500; n++) corrector.correct(`word${String.fromCharCode(97 + (n % 26))}${n}`, `w${n}`);
    expect(corrector.correct('helpine', 'helpine')).toEqual({ term: 'helpline', display: 'helpline' });
    expect(corrector.correct('vctim', 'vctim')).toEqual({ term: 'victim', display: 'victim' });
  });
});
