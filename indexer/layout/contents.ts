// A table of contents is structure, not content: its entries repeat the headings that follow,
// with page numbers. Its lines are recorded as dropped ("table of contents") so that the loss
// measure does not count them, and stay in the layout for readers that use the entries to
// recognise headings. An entry is a title with a page number in a cell of its own or after
// dot leaders; a run of entries is a table of contents when a contents title stands above it,
// when its entries use dot leaders, or when it is a long run near the start of the document.
import type { PhysicalLine } from './physical-lines.js';

const ENTRY = /^(?=.*\p{L}).{1,200}?(?:\t+\s*|\s*[.…·]{3,}\s*\t?\s*)(\d{1,4})\s*$/u;
const LEADERS = /[.…·]{3,}/;
/** Titles printed above a contents list, in the languages of the series. */
const CONTENTS_TITLE = /^\W*(?:table\s+of\s+contents?|contents?|sommaire|table\s+des\s+mati[eè]res|index|obsah|inhalt|[íi]ndice|spis\s+tre[śs]ci|sadr[žz]aj|tartalom|sisukord|turinys|saturs)\W*(?:\d{1,3})?\s*$/iu;
const MIN_ENTRIES = 3;
/** Without a title or leaders, a run this long near the start is still a contents list. */
const MIN_BARE_ENTRIES = 5;
const NEAR_START = 0.2;
/** A wrapped entry title: a short line with no sentence end, between two entries. */
const MAX_WRAPPED = 160;

export function findContentsLines(lines: readonly PhysicalLine[], sourceLength: number): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!ENTRY.test(lines[i].text)) { i++; continue; }
    const run: number[] = [];
    let lastPage = 0;
    let j = i;
    for (; j < lines.length; j++) {
      const text = lines[j].text;
      if (text.trim() === '') continue;
      const m = ENTRY.exec(text);
      if (m) {
        const page = Number(m[1]);
        if (page < lastPage) break;
        lastPage = page;
        run.push(j);
        continue;
      }
      // A title wrapped over two lines: the next non-blank line must be an entry.
      const next = nextNonBlank(lines, j + 1);
      if (text.length <= MAX_WRAPPED && !/[.;:!?]\s*$/.test(text) && next >= 0 && ENTRY.test(lines[next].text)) {
        run.push(j);
        continue;
      }
      break;
    }
    const entries = run.filter((k) => ENTRY.test(lines[k].text));
    const titleIndex = previousNonBlank(lines, i - 1);
    const titled = titleIndex >= 0 && CONTENTS_TITLE.test(lines[titleIndex].text.replace(/\*+/g, ''));
    const leaders = entries.filter((k) => LEADERS.test(lines[k].text)).length * 2 >= entries.length;
    const early = lines[i].start <= sourceLength * NEAR_START && entries.length >= MIN_BARE_ENTRIES;
    if (entries.length >= MIN_ENTRIES && (titled || leaders || early)) {
      if (titled) out.add(titleIndex);
      for (const k of run) out.add(k);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

function nextNonBlank(lines: readonly PhysicalLine[], from: number): number {
  for (let k = from; k < lines.length; k++) if (lines[k].text.trim() !== '') return k;
  return -1;
}

function previousNonBlank(lines: readonly PhysicalLine[], from: number): number {
  for (let k = from; k >= 0; k--) if (lines[k].text.trim() !== '') return k;
  return -1;
}
