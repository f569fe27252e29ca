// Numbered tasks followed by their field lines, in the forms the series prints them.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../test/support/segment-fixture.js';
import { nationalStrategyKind } from './national-strategy.js';
import { numberedHead } from './strategy-numbered.js';

describe('numberedHead', () => {
  it.each([
    { line: '1.1. To carry out a survey.', number: '1.1', text: 'To carry out a survey.' },
    { line: 'Task 3: Train the police.', number: '3', text: 'Train the police.' },
    { line: 'Measure 2.4 – Open a shelter', number: '2.4', text: 'Open a shelter' },
    { line: 'Activity 5. Publish a report', number: '5', text: 'Publish a report' },
    { line: 'Mesure n° 7 : Former les juges', number: '7', text: 'Former les juges' },
    { line: '12 persons were identified in 2001.', number: undefined, text: undefined },
    { line: '2003 was the first year of the plan.', number: undefined, text: undefined },
  ])('$line', ({ line, number, text }) => {
    const head = numberedHead(line);
    expect(head?.number).toBe(number);
    expect(head?.text).toBe(text);
  });
});

describe('numbered task lists', () => {
  const doc = segmentText(nationalStrategyKind, [
    'ACTION PLAN 2003–2005',
    '',
    'Task 1: Draft a law on assistance to victims.',
    'Responsible Ministry of Justice, Ministry of Health, III quarter of 2003',
    '',
    'Task 2: Open a hotline.',
    'Responsible: Ministry of Social Affairs',
    '',
    '4',
    '',
    'Deadline: 2004',
    '',
    'Activity 3 – Train border guards.',
    'Executors: State Border Guard Service',
    'Term: continuously',
    '',
    '4. This paragraph is numbered but gives no field.',
    '',
  ].join('\n'));
  const task = (n: string) => doc.get(`task/${n}`);

  it('reads a bare "Responsible" line without a colon, its deadline at the end', () => {
    expect(task('1').responsible).toEqual(['Ministry of Justice', 'Ministry of Health']);
    expect(task('1').deadline).toBe('III quarter of 2003');
  });
  it('gives a deadline after a page number to the task above it', () => {
    expect(task('2').deadline).toBe('2004');
    expect(task('3').deadline).toBe('continuously');
    expect(task('3').responsible).toEqual(['State Border Guard Service']);
  });
  it('leaves a numbered paragraph without fields a paragraph', () => {
    expect(doc.items.filter((i) => i.type === 'task').map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(doc.items.some((i) => i.type === 'paragraph' && i.text.startsWith('4. This paragraph'))).toBe(true);
  });
});
