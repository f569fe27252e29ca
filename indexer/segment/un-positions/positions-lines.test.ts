// How the positions of a State are printed: numbers, ranges, the position and its explanation.
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../layout/layout.js';
import { recommendationNumbers, segmentPositions } from './positions.js';

describe('recommendationNumbers', () => {
  it.each([
    ['118.4 to 118.6', ['118.4', '118.5', '118.6']],
    ['97.1, 97.3 and 97.5', ['97.1', '97.3', '97.5']],
    ['128.10–128.12', ['128.10', '128.11', '128.12']],
  ] as const)('%s', (list, numbers) => {
    expect(recommendationNumbers(list)).toEqual(numbers);
  });
});

describe('position lines', () => {
  const read = (body: string) => segmentPositions(buildLayout(`1. The State examined the recommendations.\n\n${body}\n`)).items.filter((i) => i.type === 'response');
  it('reads "Noted" before "supported" in the same line', () => {
    expect(read('99.1 Not supported. The State supports the aim but not the means.')).toMatchObject([{ number: '99.1', position: 'noted', explanation: 'The State supports the aim but not the means.' }]);
  });
  it('reads a recommendation quoted before its position', () => {
    expect(read('128.3 Ratify the Convention (Chile): supported, and under way.')).toMatchObject([{ number: '128.3', text: 'Ratify the Convention', recommendingStates: ['Chile'], position: 'supported' }]);
  });
  it('reads the following recommendations a State accepts', () => {
    expect(read('2. The State accepts the following recommendations: 128.1, 128.2 and 128.7.').map((i) => i.number)).toEqual(['128.1', '128.2', '128.7']);
  });
  it('reads no position where none is stated', () => {
    expect(read('2. The State has already implemented recommendation 128.4 and noted with interest the others.')).toEqual([]);
  });
});
