// English ordinal words as covers print them ("Thirty-fourth session", "seventh session").
const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** "Thirty-fourth" → 34, "seventh" → 7, "34th" → 34; undefined for anything else. */
export function ordinalNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const unit = UNITS.indexOf(w);
  if (unit > 0) return unit;
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  for (let t = 2; t < TENS.length; t++) {
    if (w === `${TENS[t]}ieth`) return t * 10;
    const m = new RegExp(`^${TENS[t]}y-(\\w+)$`).exec(w);
    if (m && UNITS.indexOf(m[1]) > 0) return t * 10 + UNITS.indexOf(m[1]);
  }
  return undefined;
}
