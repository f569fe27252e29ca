import { describe, expect, it } from 'vitest';
import { buildLayout } from './layout.js';

const joinCases: { input: string; expected: string[]; note: string }[] = [
  { input: '- to introduce explicit references to conduct concerning CSGSIV,\n\nidentifying the circumstances.', expected: ['- to introduce explicit references to conduct concerning CSGSIV, identifying the circumstances.'], note: 'page break inside a sentence, next starts lower case' },
  { input: 'sexual coercion in general.¹² The\n\nCzech Republic also stated that threat is an element.', expected: ['sexual coercion in general.¹² The Czech Republic also stated that threat is an element.'], note: 'line ends on an article' },
  { input: '- to ensure that training for law-\n\nenforcement, prosecutors and judges contains a practical element.', expected: ['- to ensure that training for law-enforcement, prosecutors and judges contains a practical element.'], note: 'hyphen at a page break' },
  { input: 'Are there activities addressed to \nchildren, about the risks they face?', expected: ['Are there activities addressed to children, about the risks they face?'], note: 'hard wrap with trailing space' },
  { input: 'Promising practice\n\nIn the Czech Republic, law enforcement agents can benefit.', expected: ['Promising practice', 'In the Czech Republic, law enforcement agents can benefit.'], note: 'heading stays apart' },
  { input: 'The Committee invites the Czech Republic:\n- to establish units;\n- to provide training.', expected: ['The Committee invites the Czech Republic:', '- to establish units;', '- to provide training.'], note: 'bullets stay apart' },
  { input: 'a.\tTask No. 1.1\nTitle\tA study', expected: ['a.\tTask No. 1.1', 'Title\tA study'], note: 'table rows stay apart' },
  { input: 'The working groups of the national coordination mechanism met four times in the year under review. In addition, the Ministry of the Interior chairs the Interdepartmental Coordination\n\nGroup for Combating Trafficking in Human Beings and meets regularly.', expected: ['The working groups of the national coordination mechanism met four times in the year under review. In addition, the Ministry of the Interior chairs the Interdepartmental Coordination Group for Combating Trafficking in Human Beings and meets regularly.'], note: 'long paragraph cut mid-sentence before a capital' },
  { input: 'VIII. Promoting awareness of the risks of sexual exploitation and sexual abuse faced by children generating and/or sharing sexual images and/or videos\n\nThe Articles 5, 6 and 8 of the Convention establish that States Parties should act.', expected: ['VIII. Promoting awareness of the risks of sexual exploitation and sexual abuse faced by children generating and/or sharing sexual images and/or videos', 'The Articles 5, 6 and 8 of the Convention establish that States Parties should act.'], note: 'a long numbered heading is not a paragraph cut short' },
  { input: 'When children between \n15 to 18 years produce images, it is not criminal.', expected: ['When children between 15 to 18 years produce images, it is not criminal.'], note: 'a number opening a wrapped line is not a list label' },
  { input: 'WIPE of data (safe deleting \n– options of deleting).', expected: ['WIPE of data (safe deleting – options of deleting).'], note: 'a dash opening a wrapped line mid-sentence is punctuation' },
  { input: 'First answer ends here.\n\n\n\n4\n\nQuestion 5. Research', expected: ['First answer ends here.', 'Question 5. Research'], note: 'lone page number dropped' },
];

describe('buildLayout joins', () => {
  it.each(joinCases)('$note', ({ input, expected }) => {
    expect(buildLayout(input).lines.map((l) => l.text)).toEqual(expected);
  });

  it('keeps offsets of joined lines spanning the source', () => {
    const src = 'concerning CSGSIV,\n\n¹ A note.\n\nidentifying the circumstances.';
    const [line] = buildLayout(src).lines;
    expect(src.slice(line.start, line.end)).toContain('identifying the circumstances.');
    expect(line.start).toBe(0);
  });
});

describe('buildLayout notes', () => {
  it('lifts superscript notes out, including one continued after a page break', () => {
    const src = [
      'Body text.¹⁶',
      '',
      '¹⁶ The Guidelines also refer to the term, see [“Luxembourg Terminology](#)',
      '',
      '[Guidelines”](#), pages 38-40 in particular.',
      '',
      '¹⁷ Recommendation II-1.',
    ].join('\n');
    const layout = buildLayout(src);
    expect(layout.notes.map((n) => n.n)).toEqual([16, 17]);
    expect(layout.notes[0].text).toMatch(/Terminology\]\(#\) \[Guidelines”\]\(#\), pages 38-40 in particular\.$/);
    expect(layout.lines.map((l) => l.text)).toEqual(['Body text.¹⁶']);
  });

  it('takes plain-number notes only in sequence, wrapped over lines', () => {
    const src = [
      'Section 192 applies.',
      '1 If the replies of Parties are still valid, please refer',
      'to them.',
      ' (3) Whoever produces such works shall be sentenced.',
      '2 cases were reported in 2017.',
      '',
      '2 This question does not suggest criminalisation.',
    ].join('\n');
    const layout = buildLayout(src);
    expect(layout.notes.map((n) => [n.n, n.text])).toEqual([
      [1, 'If the replies of Parties are still valid, please refer to them.'],
      [2, 'This question does not suggest criminalisation.'],
    ]);
    // "2 cases were reported" is body text: a lower-case word after the number is a count, not a note.
    expect(layout.lines.map((l) => l.text.trim())).toContain('(3) Whoever produces such works shall be sentenced.');
  });
});
