// Gold items of the Czech reply to the Lanzarote 2nd-round questionnaire, read off the document.
import { describe, expect, it } from 'vitest';
import { indexSeed } from './index-seed.js';

const doc = indexSeed('lanzarote-questionnaire-reply-cz-2018');

/** Every question of the questionnaire by its number, with the section it stands in. */
const numbered: [string, string][] = [
  ...['1.1', '1.2', '1.3', '2.1', '2.2', '3', '4', '5.1', '5.2'].map((n) => [n, 'Prevention'] as [string, string]),
  ...['6.1', '6.2', '7'].map((n) => [n, 'Protection'] as [string, string]),
  ...['8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8', '9.9', '9.10', '9.11', '9.12', '10.1', '10.2', '11', '12', '13.1', '13.2', '14', '15'].map((n) => [n, 'Prosecution'] as [string, string]),
  ...['16.1', '16.2'].map((n) => [n, 'Partnerships'] as [string, string]),
];

const cases: { q: string; question: string; answer?: string; note: string }[] = [
  { q: '1.1', question: 'Are there awareness-raising or educational activities/tools/materials/measures addressed to children', answer: 'In general, prevention is a key part of sexual education', note: 'hard-wrapped question joined; parts a–b answered together' },
  { q: '3', question: 'Does national curriculum (primary and secondary schools, and vocational education) include', answer: 'Yes, these topics are included in the compulsory curriculum', note: 'unnumbered question' },
  { q: '8.1.a', question: 'self-generated sexually explicit images and/or videos in the context of offences', answer: 'The Criminal Code does not contain explicit reference', note: 'parts answered one by one' },
  { q: '9.1', question: 'Does national law criminalise cases when adults:', note: 'marker "adults:1" removed' },
  { q: '9.7.c-f', question: 'c. distribute or transmit self-generated sexually explicit images and/or videos of themselves to peers?', answer: 'Distribution or transmission of “self-generated sexually explicit images and/or videos', note: 'parts c–f answered together, under the label the document uses for them ("9.7.c-f"); one ends "?."' },
  { q: '10.2', question: 'For Parties that have not made a reservation in accordance with Article 20(3) indent 2 Does national law criminalise', answer: 'No, the conduct described is not regulated (criminalised) by Czech laws.', note: '"indent 26" is indent 2 + note 6; question text after its label' },
  { q: '12', question: 'Please indicate which jurisdiction rules apply', answer: 'If the victim is not present in the Party when the offence is committed', note: 'unnumbered question whose heading carries note 7' },
  { q: '16.2', question: 'What measures have been taken to co-operate with other Parties to the Lanzarote Convention for:', answer: 'From the point of view of international judicial cooperation', note: 'last question, answer after a page number' },
];

describe('questionnaire reply (gold)', () => {
  it.each(numbered)('question %s stands in %s', (n, section) => {
    const q = doc.byKey(`q/${n}`);
    expect(q).toMatchObject({ type: 'question', number: n });
    expect(q.section?.[0]).toBe(section);
    expect(q.section?.[1]).toMatch(new RegExp(`^Question ${n.split('.')[0]}\\b`));
  });

  it.each(cases)('$q: $note', (c) => {
    const q = doc.byKey(`q/${c.q}`);
    expect(q.text.startsWith(c.question), q.text.slice(0, 140)).toBe(true);
    const a = doc.items.find((i) => i.type === 'answer' && i.respondsTo === q.id);
    if (c.answer) expect(a?.text.startsWith(c.answer), a?.text.slice(0, 120)).toBe(true);
  });

  it('puts each plain-digit footnote on the question that carries it', () => {
    const carriers = doc.items.filter((i) => i.footnotes).map((i) => [i.id.split('/').slice(1).join('/'), i.footnotes!.map((f) => f.n)]);
    expect(carriers).toEqual([['q/9.1', [1]], ['q/9.4', [2]], ['q/9.7', [3]], ['q/9.10', [4]], ['q/10.1', [5]], ['q/10.2', [6]], ['q/12', [7]]]);
    expect(doc.byKey('q/9.10').text).toBe('Does national law criminalise cases when children:');
    expect(doc.byKey('q/12').title).toBe('Question 12. Jurisdiction rules');
  });

  it('keeps lettered parts answered together inside their question, and lists in answers in the answer', () => {
    expect(doc.byKey('q/1.1').text).toMatch(/a\. self-generated sexually explicit images and\/or videos\? b\. self-generated sexual content\?$/);
    expect(doc.items.some((i) => /q\/15.*\.b$/.test(i.id))).toBe(false);
    expect(doc.byKey('q/15').text).toContain('If so, please share the details of the training offered');
    expect(doc.byKey('a/15').text).toContain('In connection with ISF');
  });

  it('drops page numbers and loses no text', () => {
    expect(doc.layout.dropped.map((d) => doc.layout.source.slice(d.start, d.end).trim())).toEqual(['4', '11', '24']);
    expect(doc.report.loss.lostShare, doc.report.loss.lostLines.join("\n")).toBeLessThan(0.001);
  });
});
