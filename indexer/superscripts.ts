// Footnote numbers printed as Unicode superscripts ("¹⁰⁵"): read by the layout and footnote
// stages, written by the PDF extractor, which rebuilds the text renditions' convention.
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscriptToNumber(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return n;
}

export function numberToSuperscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}
