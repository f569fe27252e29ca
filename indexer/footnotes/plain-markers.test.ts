import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../layout/layout.js';
import type { Layout, Line } from '../types.js';
import { findPlainDigitMarkers, locatePlainDigitMarkers } from './plain-markers.js';

/**
 * A layout built by hand: each body line is a line, and each note text is placed after
 * the body (as at a page bottom) with its number. Notes may be numbered from any n, so a
 * case can speak of note 7 without printing notes 1–6.
 */
function layoutOf(body: string, notes: Record<number, string>): Layout {
  let source = '';
  const lines: Line[] = [];
  for (const text of body.split('\n')) {
    if (text.trim() !== '') lines.push({ text, start: source.length, end: source.length + text.length, gapBefore: false });
    source += text + '\n';
  }
  source += '\n';
  const noteTexts = Object.entries(notes).map(([n, text]) => {
    const start = source.length;
    source += `${n} ${text}\n`;
    return { n: Number(n), text, start, end: source.length - 1 };
  });
  return { source, lines, notes: noteTexts, dropped: [] };
}

interface Case {
  text: string;
  notes: Record<number, string>;
  /** Each expected marker as the text just before it and its note number. */
  expected: { n: number; after: string }[];
  notFound?: number[];
  note: string;
}

const NOTE = 'A note.';

const CASES: Case[] = [
  { text: 'Does national law criminalise cases when adults:1', notes: { 1: NOTE }, expected: [{ n: 1, after: 'adults:' }], note: 'digit glued after a colon' },
  { text: 'Question 12. Jurisdiction rules7\nPlease indicate which rules apply.', notes: { 7: NOTE }, expected: [{ n: 7, after: 'rules' }], note: 'digit glued to a word' },
  { text: 'Does national law criminalise cases when children: 4\na. produce content?', notes: { 4: NOTE }, expected: [{ n: 4, after: 'children: ' }], note: 'after a colon and a space, at the end of the line' },
  {
    text: '10.1. For Parties having made a reservation in accordance with Article 20(3) indent 25\nWhat measures?\n10.2. For Parties that have not made a reservation in accordance with Article 20(3) indent 26',
    notes: { 5: NOTE, 6: NOTE },
    expected: [{ n: 5, after: 'indent 2' }, { n: 6, after: 'indent 2' }],
    note: '"indent 25" is "indent 2" + note 5: the notes that exist decide',
  },
  {
    text: 'The Ministry funded the Safety Line in 2017\nas a specific service.',
    notes: { 7: NOTE },
    expected: [],
    notFound: [7],
    note: 'a year ending a line is not "201" + note 7',
  },
  {
    text: 'The Ministry funded the Safety Line in 2017\nQuestion 12. Jurisdiction rules7',
    notes: { 7: NOTE },
    expected: [{ n: 7, after: 'rules' }],
    note: 'past a year, the marker glued to a word is found',
  },
  { text: 'See also answer 6. 1\nDoes national law criminalise cases when adults:1', notes: { 1: NOTE }, expected: [{ n: 1, after: 'adults:' }], note: '"6. 1" is a misprinted "6.1", not a marker' },
  { text: 'according to Section 192(1) of the Criminal Code', notes: { 1: NOTE }, expected: [], notFound: [1], note: 'a bracketed sub-section number is a label' },
  { text: 'a lump sum of CZK 10,000 and 1.5 times the loss', notes: { 1: NOTE, 5: NOTE }, expected: [], notFound: [1, 5], note: 'digits after a thousands or decimal separator belong to the number' },
  { text: 'see http://www.example.cz/page2 and www.site3.cz', notes: { 2: NOTE, 3: NOTE }, expected: [], notFound: [2, 3], note: 'digits inside a link' },
  { text: 'There are three levels:\n1. Basic bodies\n2. Experts.', notes: { 1: NOTE, 2: NOTE }, expected: [], notFound: [1, 2], note: 'list labels at the start of a line' },
  { text: 'IP addresses, IPv4 and IPv6, Section 193a', notes: { 4: NOTE, 6: NOTE, 3: NOTE }, expected: [], notFound: [3, 4, 6], note: 'digits inside technical names and "193a"' },
  {
    text: 'Section 25 applies here.\nThe rule is in Section 25',
    notes: { 5: NOTE },
    expected: [],
    notFound: [5],
    note: 'a section number the document cites elsewhere is not a number + marker',
  },
  {
    text: 'The tables2 show it.\nThe law applies to adults:1\nand the rules2 apply.',
    notes: { 1: NOTE, 2: NOTE },
    expected: [{ n: 1, after: 'adults:' }, { n: 2, after: 'rules' }],
    note: "note 2's marker comes after note 1's marker, not before it",
  },
];

describe('plain-digit footnote markers: cases', () => {
  it.each(CASES)('$note', ({ text, notes, expected, notFound }) => {
    const layout = layoutOf(text, notes);
    const result = locatePlainDigitMarkers(layout);
    const found = result.markers.map((m) => ({ n: m.n, after: layout.source.slice(Math.max(0, m.start - expectedLength(expected, m.n)), m.start) }));
    expect(found).toEqual(expected);
    for (const m of result.markers) expect(layout.source.slice(m.start, m.end)).toBe(String(m.n));
    expect(result.notFound).toEqual(notFound ?? []);
  });

  it('takes a marker only before its own note text (the note is printed below its marker)', () => {
    const layout = layoutOf('The law applies to adults', { 1: NOTE });
    // A "word1" after the note text: move the only body line after the note.
    const late = layout.source.length;
    const source = layout.source + 'later rules1\n';
    const moved: Layout = { ...layout, source, lines: [...layout.lines, { text: 'later rules1', start: late, end: late + 12, gapBefore: true }] };
    expect(locatePlainDigitMarkers(moved)).toEqual({ markers: [], notFound: [1] });
  });
});

function expectedLength(expected: { n: number; after: string }[], n: number): number {
  return expected.find((e) => e.n === n)?.after.length ?? 0;
}

describe('plain-digit footnote markers: the questionnaire reply seed', () => {
  const text = readFileSync(new URL('../../seeds/lanzarote-r2-questionnaire-reply-cz.txt', import.meta.url), 'utf8');
  const layout = buildLayout(text);
  // Read from the document: each note's marker and the words printed before it.
  const SEED_MARKERS = [
    { n: 1, before: 'criminalise cases when adults:' },
    { n: 2, before: 'criminalise cases when adults:' },
    { n: 3, before: 'criminalise cases when children:' },
    { n: 4, before: 'criminalise cases when children: ' },
    { n: 5, before: 'made a reservation in accordance with Article 20(3) indent 2' },
    { n: 6, before: 'not made a reservation in accordance with Article 20(3) indent 2' },
    { n: 7, before: 'Question 12. Jurisdiction rules' },
  ];

  it('has the seven note texts the markers are decided from', () => {
    expect(layout.notes.map((n) => n.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each(SEED_MARKERS)('finds note $n after "$before"', ({ n, before }) => {
    const marker = findPlainDigitMarkers(layout).find((m) => m.n === n);
    expect(marker).toBeDefined();
    expect(text.slice(marker!.start - before.length, marker!.start)).toBe(before);
    expect(text.slice(marker!.start, marker!.end)).toBe(String(n));
  });

  it('finds exactly one marker per note, in document order, and reports none missing', () => {
    const result = locatePlainDigitMarkers(layout);
    expect(result.notFound).toEqual([]);
    expect(result.markers.map((m) => m.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const starts = result.markers.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
