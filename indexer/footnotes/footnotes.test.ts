import { describe, expect, it } from 'vitest';
import { buildLayout } from '../layout/layout.js';
import { findSuperscriptMarkers, stripSuperscriptMarkers } from './find-markers.js';
import { parseCitations } from './parse-citations.js';
import { resolveNotes } from './resolve.js';
import { attachFootnotes } from './attach.js';
import { stripPlainMarkers } from './strip-markers.js';
import type { DraftItem } from '../types.js';

const citationCases: { text: string; recommendations: string[]; paragraphs: number[]; note: string }[] = [
  { text: 'Recommendation II-6.', recommendations: ['II-6'], paragraphs: [], note: 'one recommendation' },
  { text: 'Recommendations III-3 and III-7.', recommendations: ['III-3', 'III-7'], paragraphs: [], note: 'joined by and' },
  { text: 'Recommendations V-4, V-7, V-12, V-15.', recommendations: ['V-4', 'V-7', 'V-12', 'V-15'], paragraphs: [], note: 'comma list' },
  { text: 'Recs. II-6, II-8.', recommendations: ['II-6', 'II-8'], paragraphs: [], note: 'abbreviated word' },
  { text: 'R II-6 and R II-8.', recommendations: ['II-6', 'II-8'], paragraphs: [], note: 'the report\'s own "R" label' },
  { text: 'Section II-6 of the Act.', recommendations: [], paragraphs: [], note: 'an id-shaped number without a recommendation word' },
  { text: 'Para. 73.', recommendations: [], paragraphs: [73], note: 'one paragraph' },
  { text: 'Paras. 71, 73.', recommendations: [], paragraphs: [71, 73], note: 'paragraph list' },
  { text: 'Para.271.', recommendations: [], paragraphs: [271], note: 'no space after the dot' },
  { text: 'Paras. 71-73.', recommendations: [], paragraphs: [71, 72, 73], note: 'range' },
  { text: 'See Rule 30 (General comments, proposals and opinions) of the Rules of Procedure.', recommendations: [], paragraphs: [], note: 'explanation, no citation' },
  { text: '<https://www.weprotect.org/>', recommendations: [], paragraphs: [], note: 'link' },
  { text: 'See Article 17 II-3 of the Directive.', recommendations: [], paragraphs: [], note: 'an id-like token without the word Recommendation' },
  { text: 'Recommandations VI-1 et VI-2.', recommendations: ['VI-1', 'VI-2'], paragraphs: [], note: 'French, joined by et' },
  { text: 'Par. 24 ; voir aussi le par. 25.', recommendations: [], paragraphs: [24, 25], note: 'French abbreviation, twice' },
  { text: 'Paragraphes 21 à 23.', recommendations: [], paragraphs: [21, 22, 23], note: 'French range with à' },
  { text: '§ 26.', recommendations: [], paragraphs: [26], note: 'section sign' },
  { text: 'See paragraph 6 above.', recommendations: [], paragraphs: [6], note: 'paragraph written out' },
  { text: 'See, Article 17§2: "Member States shall ensure …"', recommendations: [], paragraphs: [], note: 'a paragraph of an article, not of the report' },
  { text: 'La décision a été adoptée par 3 voix contre 2.', recommendations: [], paragraphs: [], note: 'the French preposition par' },
];

describe('parseCitations', () => {
  it.each(citationCases)('$note: $text', ({ text, recommendations, paragraphs }) => {
    expect(parseCitations(text)).toEqual({ recommendations, paragraphs });
  });
});

describe('resolveNotes', () => {
  const note = (n: number, text: string) => ({ n, text, start: 0, end: 0 });

  it('resolves an Ibid. chain to the last note that cited something', () => {
    const { byNumber, unresolvedIbids } = resolveNotes([note(30, 'Para. 167.'), note(31, 'Ibid.'), note(32, 'Ibid.'), note(33, 'Para. 165.')]);
    expect(byNumber.get(31)).toMatchObject({ ibidOf: 30, refs: { paragraphs: [167] } });
    expect(byNumber.get(32)).toMatchObject({ ibidOf: 30, refs: { paragraphs: [167] } });
    expect(byNumber.get(33)?.refs?.paragraphs).toEqual([165]);
    expect(unresolvedIbids).toEqual([]);
  });

  it('leaves an Ibid. with nothing before it unresolved', () => {
    const { byNumber, unresolvedIbids } = resolveNotes([note(1, 'Ibid.')]);
    expect(unresolvedIbids).toEqual([1]);
    expect(byNumber.get(1)?.refs).toBeUndefined();
  });
});

describe('markers', () => {
  const source = [
    'The Committee **requests** that the Czech Republic ensures in its legal framework⁴ that a child:',
    ' - their own images;',
    '- to introduce a definition^{16, 17}',
    '- a sentence with a marker that has no note.⁹⁹',
    'A paragraph with no marker.',
    '',
    '⁴ The expression “legal framework” is not limited to legislation.',
    '',
    '¹⁶ Explanation.',
    '',
    '¹⁷ Recommendation II-1.',
    '',
    '¹⁸ Recommendation II-3.',
  ].join('\n');
  const layout = buildLayout(source);

  it('finds superscripts and braced lists, not the note numbers themselves', () => {
    expect(findSuperscriptMarkers(layout).map((m) => m.n)).toEqual([4, 16, 17, 99]);
  });

  it('attaches markers to the item that carries them and reports the rest', () => {
    const lines = layout.lines;
    const drafts: DraftItem[] = lines.slice(0, 4).map((l, i) => ({ key: `k${i}`, type: 'recommendation', text: l.text, start: l.start, end: l.end }));
    const { byNumber } = resolveNotes(layout.notes);
    const result = attachFootnotes(drafts, findSuperscriptMarkers(layout), byNumber);
    expect(result.annotated[0].footnotes.map((f) => f.n)).toEqual([4]);
    expect(result.annotated[2].refs).toEqual({ recommendations: ['II-1'], paragraphs: [] });
    expect(result.unresolvedMarkers.map((m) => m.n)).toEqual([99]);
    expect(result.notesWithoutMarker).toEqual([18]);
  });

  it('strips markers from text', () => {
    expect(stripSuperscriptMarkers('framework⁴ that … videos.¹⁰⁵ and Guidelines”](#)^{16, 17}')).toBe('framework that … videos. and Guidelines”](#)');
  });

  it('strips plain-digit markers where they stand, not look-alike numbers', () => {
    const src = 'Section 192 applies to adults:1 see indent 25 of 2017.';
    const markers = [
      { n: 1, start: src.indexOf(':1') + 1, end: src.indexOf(':1') + 2 },
      { n: 5, start: src.indexOf('25') + 1, end: src.indexOf('25') + 2 },
    ];
    expect(stripPlainMarkers(src, markers, src)).toBe('Section 192 applies to adults: see indent 2 of 2017.');
  });
});
