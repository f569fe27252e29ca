// A second, made-up questionnaire reply printed differently (superscript markers, other
// numbering, no page furniture): the rules must not depend on the seed's exact strings.
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../layout/layout.js';
import type { SourceDocument } from '../../types.js';
import { questionnaireReplyKind } from './questionnaire-reply.js';

const text = `Prevention

Question 1. Awareness-raising
1.1. Are there campaigns addressed to children about the risks of:
a. sexting?
b. grooming?

The Ministry of Education runs a national campaign in schools.

→ Please share links to the materials.

www.example.org/campaign

Protection

Question 2 Helplines for child victims³

Please describe the helplines available to child victims.

The national helpline 116 111 is open day and night.

Question 3. Criminalisation

3.1. Does national law criminalise cases when adults:

a. possess such images?

Yes, under Article 5 of the Penal Code:
a) as a member of a group, or
b) for profit.

b. distribute such images?

Yes, see above.

c. distribute such images to children?
d. produce such images?

Both are offences under Article 6.

3.2. What are the consequences?

Imprisonment of up to five years.

Question 4. Jurisdiction
Please indicate the rules that apply.

The Penal Code applies to acts committed abroad by nationals.

³ Answer in the light of Article 25.
`;

const doc = { meta: {}, inferred: false, extracted: { text } } as unknown as SourceDocument;
const layout = buildLayout(text);
const { items, headings } = questionnaireReplyKind.segment(layout, doc);
const get = (key: string) => {
  const item = items.find((i) => i.key === key);
  if (!item) throw new Error(`no ${key}; have ${items.map((i) => i.key).join(' ')}`);
  return item;
};

describe('questionnaire reply: a second document', () => {
  it('is recognised', () => {
    expect(questionnaireReplyKind.detect(text).matched).toBe(true);
  });
  it('reads the same structure', () => {
    expect(items.map((i) => [i.key, i.respondsToKey ?? i.parentKey ?? null])).toEqual([
      ['q/1.1', null], ['a/1.1', 'q/1.1'],
      ['q/1.follow-up-1', null], ['a/1.follow-up-1', 'q/1.follow-up-1'],
      ['q/2', null], ['a/2', 'q/2'],
      ['q/3.1', null],
      ['q/3.1.a', 'q/3.1'], ['a/3.1.a', 'q/3.1.a'],
      ['q/3.1.b', 'q/3.1'], ['a/3.1.b', 'q/3.1.b'],
      ['q/3.1.c-d', 'q/3.1'], ['a/3.1.c-d', 'q/3.1.c-d'],
      ['q/3.2', null], ['a/3.2', 'q/3.2'],
      ['q/4', null], ['a/4', 'q/4'],
    ]);
  });
  it('fills sections, numbers and titles', () => {
    expect(get('q/1.1').section).toEqual(['Prevention', 'Question 1. Awareness-raising']);
    expect(get('q/2')).toMatchObject({ number: '2', title: 'Question 2 Helplines for child victims³', section: ['Protection', 'Question 2 Helplines for child victims'] });
    expect(get('q/3.1.c-d').number).toBe('3.1.c-d');
    expect(get('a/3.1.a').text).toContain('b) for profit.');
    expect(get('a/1.1').text).toBe('The Ministry of Education runs a national campaign in schools.');
    expect(get('a/1.follow-up-1').text).toBe('www.example.org/campaign');
    expect(get('q/4')).toMatchObject({ text: 'Please indicate the rules that apply.', title: 'Question 4. Jurisdiction' });
  });
  it('reads the headings and leaves nothing out', () => {
    expect(headings.map((h) => text.slice(h.start, h.end).trim())).toEqual(['Prevention', 'Question 1. Awareness-raising', 'Protection', 'Question 3. Criminalisation']);
    const covered = (k: number) => [...items, ...headings, ...layout.notes].some((s) => k >= s.start && k < s.end);
    const missed = [...text].filter((ch, k) => !/\s/.test(ch) && !covered(k));
    expect(missed.join('')).toBe('');
  });
});
