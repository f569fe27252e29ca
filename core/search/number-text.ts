// Lists of non-negative integers as compact text, for the snapshot's postings: a cold isolate
// then JSON.parses one string instead of thousands of number arrays (less to allocate, less
// garbage at start-up), and decodes a term's postings only when a query first needs them.
// Each number is written in base 32, most significant digit first: every digit but the last
// from one alphabet, the last from another, so no separator is needed and a small number (the
// usual delta or word count) takes one character. All characters are JSON-safe.
const LAST = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const MORE = 'WXYZabcdefghijklmnopqrstuvwxyz-_';

const value = new Int8Array(128).fill(-1);
for (let i = 0; i < 32; i++) { value[LAST.charCodeAt(i)] = i; value[MORE.charCodeAt(i)] = 32 + i; }

export function encodeNumbers(numbers: readonly number[]): string {
  let text = '';
  for (const n of numbers) {
    if (!(Number.isInteger(n) && n >= 0)) throw new Error(`cannot encode ${n}: only whole numbers ≥ 0`);
    let digits = LAST[n % 32];
    for (let rest = Math.floor(n / 32); rest > 0; rest = Math.floor(rest / 32)) digits = MORE[rest % 32] + digits;
    text += digits;
  }
  return text;
}

/**
 * The numbers written in text[start, end): a string, or its ASCII bytes (a packed snapshot's
 * postings, read in place).
 */
export function decodeNumbers(text: string | Uint8Array, start = 0, end = text.length): number[] {
  const numbers: number[] = [];
  const bytes = typeof text === 'string' ? undefined : text;
  const chars = typeof text === 'string' ? text : '';
  let n = 0;
  let pending = false;
  for (let i = start; i < end; i++) {
    const digit = value[bytes ? bytes[i] : chars.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`not an encoded number list: ${JSON.stringify(bytes ? String.fromCharCode(bytes[i]) : chars[i])} at ${i}`);
    if (digit >= 32) { n = n * 32 + digit - 32; pending = true; continue; }
    numbers.push(n * 32 + digit);
    n = 0;
    pending = false;
  }
  if (pending) throw new Error('encoded number list ends in the middle of a number');
  return numbers;
}
