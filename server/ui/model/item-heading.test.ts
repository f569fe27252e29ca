import { describe, expect, it } from 'vitest';
import { isLeadIn, itemHeading, itemHeadingParts, itemLabel } from './item-heading.js';

const item = (fields: Partial<Parameters<typeof itemHeading>[0]> & { id: string }) =>
  ({ document: 'd', type: 'recommendation' as const, text: 'Some text.', ...fields });

describe('item headings', () => {
  it.each([
    { input: item({ id: 'd/rec/II-6' }), expected: 'Recommendation II-6', note: 'the number from the id' },
    { input: item({ id: 'd/rec/4.2', number: '4.2' }), expected: 'Recommendation 4.2', note: 'the printed number' },
    { input: item({ id: 'd/task/1.1', type: 'task', number: '1.1', title: 'A study' }), expected: 'Task 1.1 – A study', note: 'number and own title' },
    {
      input: item({ id: 'd/rec/II-1', title: 'The Committee invites all Parties, including the Country:', text: 'to introduce a definition of abuse material.' }),
      expected: 'Recommendation II-1 – to introduce a definition of abuse material.', note: 'a lead-in title gives way to the content',
    },
    {
      input: item({ id: 'd/reply/1/commitment/1', type: 'commitment', text: 'Starting in 2026, data will be split by sex.' }),
      expected: 'Starting in 2026, data will be split by sex.', note: 'a promise is named by what it promises, not "Promise"',
    },
    { input: item({ id: 'd/obs/VII/2', type: 'observation' }), expected: 'Observation VII/2', note: 'chapter and number' },
    { input: item({ id: 'd/rec/V-4+V-7+V-12+V-15' }), expected: 'Recommendations V-4, V-7, V-12, V-15', note: 'one item for several numbers' },
    { input: item({ id: 'd/rec/II-6/a' }), expected: 'Recommendation II-6/a', note: 'a lettered part' },
    { input: item({ id: 'd/goal/2.2/A/commitment/1', type: 'commitment', text: '' }), expected: 'Promise', note: 'no words at all: the type' },
  ])('$note', ({ input, expected }) => {
    expect(itemHeading(input)).toBe(expected);
  });

  it('cuts long content at a word', () => {
    const heading = itemHeading(item({ id: 'd/x/words/here', type: 'commitment', text: 'word '.repeat(60) }));
    expect(heading.length).toBeLessThanOrEqual(111);
    expect(heading.endsWith('word…')).toBe(true);
  });

  it('gives a numbered item its words where no text is shown next to it', () => {
    expect(itemHeading(item({ id: 'd/reply/1', type: 'response', number: '1', text: 'We will act.' }), true)).toBe('Reply 1 – We will act.');
  });

  it('marks when the subject is the title, so search highlights may apply to it', () => {
    expect(itemHeadingParts(item({ id: 'd/t/1', type: 'task', number: '1', title: 'A study' })).subjectIsTitle).toBe(true);
    expect(itemHeadingParts(item({ id: 'd/rec/II-1', title: 'Lead:' })).subjectIsTitle).toBe(false);
  });

  it('prefers the printed number to the id', () => {
    expect(itemLabel({ id: 'd/a/x', document: 'd', number: '6.1' })).toBe('6.1');
  });

  it.each([['The Committee invites the Country:', true], ['Needs: more staff', false], [undefined, false], ['Policy Target No. 1', false]])(
    'isLeadIn(%j) is %s', (title, expected) => { expect(isLeadIn(title)).toBe(expected); });
});
