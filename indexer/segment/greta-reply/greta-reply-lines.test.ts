// The line rules of a GRETA reply, as tables of (input, expected, note).
import { describe, expect, it } from 'vitest';
import type { Layout, Line } from '../../types.js';
import { segmentGretaReply } from './greta-reply.js';
import { endsOpen, isLeadIn, isPartBullet, recommendationOpening, splitMergedParts } from './greta-reply-lines.js';

describe('recommendationOpening', () => {
  const cases = [
    { input: '1. Develop and maintain a comprehensive and coherent data collection system.', expected: 1, opens: true, note: 'instruction with the expected number' },
    { input: '3. Take additional measures to prevent child trafficking, and in particular to:', expected: 3, opens: true, note: 'lead-in recommendation' },
    { input: '4. Address the root causes of trafficking in all regions of the country.', expected: 4, opens: true, note: '"Address" is a verb despite its final s' },
    { input: '1. Roundtables', expected: 5, opens: false, note: 'reply list restarting at 1' },
    { input: '5. Roundtables were held in all regions of the country in 2024 and 2025.', expected: 5, opens: false, note: 'plural noun, not an instruction' },
    { input: '5. The Ministry adopted a methodology for the identification of victims.', expected: 5, opens: false, note: 'statement opened by a function word' },
    { input: '5. Training on Labour Exploitation of Foreign Nationals for Labour Office Employees', expected: 5, opens: false, note: 'label in -ing' },
    { input: '5. Guidance for interviewers', expected: 5, opens: false, note: 'too short for a recommendation' },
    { input: '6. Ensure that the recovery and reflection period is applied to all presumed victims.', expected: 5, opens: false, note: 'out of sequence' },
  ];
  it.each(cases)('$input → $opens ($note)', ({ input, expected, opens }) => {
    expect(!!recommendationOpening(input, expected)).toBe(opens);
  });
});

describe('isPartBullet and isLeadIn', () => {
  const bullets = [
    { input: '- strengthen the supervision of temporary work agencies.', expected: true, note: 'imperative part' },
    { input: ' - putting in place a formalised victim identification procedure;', expected: true, note: 'indented gerund part' },
    { input: '- The *ECHR Case Law Thematic Guide on Sexual Violence*⁴ and', expected: false, note: 'reply bullet naming a document' },
    { input: '- within the budget of the Migration Office.', expected: false, note: 'phrase opened by a preposition' },
    { input: 'strengthen the supervision', expected: false, note: 'no bullet' },
  ];
  it.each(bullets)('part bullet "$input" → $expected ($note)', ({ input, expected }) => {
    expect(isPartBullet(input)).toBe(expected);
  });
  const leadIns = [
    { input: 'This should include steps to:', expected: true, note: 'GRETA lead-in after a reply' },
    { input: 'Such measures should include, in particular:', expected: true, note: '"should include … in particular"' },
    { input: 'The measures adopted include:', expected: false, note: 'a reply introducing its own list' },
    { input: 'Such measures should continue:', expected: false, note: '"should" alone is not a lead-in' },
    { input: 'The Governmental Commissioner for Human Rights highlights two important resources:', expected: false, note: 'reply list' },
    { input: 'This should include steps to', expected: false, note: 'no colon' },
  ];
  it.each(leadIns)('lead-in "$input" → $expected ($note)', ({ input, expected }) => {
    expect(isLeadIn(input)).toBe(expected);
  });
  it.each([
    { input: 'can be identified as victims of trafficking. Victims of trafficking should be', expected: true },
    { input: 'without fear of repercussions;', expected: false },
    { input: 'how to help them.¹¹:', expected: false },
    { input: 'paragraph 1, of the Convention', expected: true },
  ])('endsOpen("$input") → $expected', ({ input, expected }) => {
    expect(endsOpen(input)).toBe(expected);
  });
});

describe('splitMergedParts', () => {
  it('cuts "…; - establishing …" into two parts with source offsets', () => {
    const source = 'xx\n- strengthening identification; - establishing safe reporting;\n';
    const line: Line = { text: source.slice(3, source.length - 1), start: 3, end: source.length - 1, gapBefore: true };
    const parts = splitMergedParts(line, source);
    expect(parts.map((p) => p.text)).toEqual(['- strengthening identification;', '- establishing safe reporting;']);
    expect(parts.map((p) => source.slice(p.start, p.end))).toEqual(['- strengthening identification;', '- establishing safe reporting;']);
  });
  it('leaves a line with a dash inside a sentence whole', () => {
    const source = '- reducing delays in court - especially in appeals;';
    const line: Line = { text: source, start: 0, end: source.length, gapBefore: true };
    expect(splitMergedParts(line, source)).toHaveLength(1);
  });
});

describe('a part cut by a page break the layout did not join', () => {
  // Lines as a PDF layout might leave them: the part's last words on the next page.
  const physical = [
    '1. Take measures to guarantee access to compensation for victims, in particular by:',
    '- ensuring that victims can obtain compensation within a reasonable time and regardless of whether they',
    'cooperate with the authorities;',
    'Compensation was awarded in four cases.',
  ];
  const source = physical.join('\n\n');
  let at = 0;
  const lines: Line[] = physical.map((text) => {
    const start = source.indexOf(text, at);
    at = start + text.length;
    return { text, start, end: at, gapBefore: true };
  });
  const layout: Layout = { source, lines, notes: [], dropped: [] };
  const { items } = segmentGretaReply(layout);
  it('continues the part with the lower-case line and answers it with the next paragraph', () => {
    expect(items.map((i) => i.key)).toEqual(['rec/1', 'rec/1.1', 'reply/1.1']);
    expect(items[1].text).toBe('ensuring that victims can obtain compensation within a reasonable time and regardless of whether they cooperate with the authorities;');
    expect(items[1].end).toBe(lines[2].end);
    expect(items[2].text).toBe('Compensation was awarded in four cases.');
  });
});
