// Tables of contents are dropped as structure; tables of figures that look alike are not.
import { describe, expect, it } from 'vitest';
import { findContentsLines } from './contents.js';
import { splitPhysicalLines } from './physical-lines.js';

const contents = (text: string) => {
  const lines = splitPhysicalLines(text);
  return [...findContentsLines(lines, text.length + 20000)].sort((a, b) => a - b).map((i) => lines[i].text);
};

describe('findContentsLines', () => {
  it('takes a titled list of entries with page numbers, and its title', () => {
    expect(contents('Table of Contents\n\nI.\tIntroduction\t3\nII.\tLegal frameworks.....\t5\nIII.\tInvestigations\t7\n\nI. Introduction\n\nText.')).toEqual([
      'Table of Contents', 'I.\tIntroduction\t3', 'II.\tLegal frameworks.....\t5', 'III.\tInvestigations\t7',
    ]);
  });
  it('takes dot leaders without a title, and an entry wrapped over two lines', () => {
    expect(contents('Foreword ........ 2\nEvaluation of the national strategy for combating\ntrafficking in human beings ........ 9\nAnnex ........ 30\n')).toHaveLength(4);
  });
  it('leaves a statistical table alone', () => {
    expect(contents('Victims identified by sex\n\nMen\t12\nWomen\t30\nChildren\t31\n\nThe figures rose.')).toEqual([]);
  });
  it('refuses page numbers that go backwards', () => {
    expect(contents('Contents\nOne\t5\nTwo\t3\nThree\t1\n')).toEqual([]);
  });
});
