import { describe, expect, it } from 'vitest';
import { CLEANERS, cleanItemText } from './cleaners.js';

const cases: { input: string; expected: string; note: string }[] = [
  { input: 'The Committee **requests** that', expected: 'The Committee requests that', note: 'bold verb' },
  { input: '***A) Please report on implementation***', expected: 'A) Please report on implementation', note: 'bold italic heading' },
  { input: 'see [“Luxembourg Terminology](#) [Guidelines”](#), pages 38-40', expected: 'see “Luxembourg Terminology Guidelines”, pages 38-40', note: 'links with # target' },
  { input: 'available at <https://mezisoudy.cz/x>', expected: 'available at https://mezisoudy.cz/x', note: 'autolink' },
  { input: '<p><i>Mapping of the situation.</i></p> <p><i>Support for projects.</i></p>', expected: 'Mapping of the situation. Support for projects.', note: 'table cell tags' },
  { input: 'http://www.spolu~\uFFFDci.cz', expected: 'http://www.spolu~ci.cz', note: 'undecodable byte' },
  { input: 'children,\tabout   the risks ,', expected: 'children, about the risks,', note: 'whitespace' },
  { input: 'Le Comité invite la Belgique : à prévoir ;', expected: 'Le Comité invite la Belgique : à prévoir ;', note: 'French spacing before ":" and ";" is kept' },
  { input: 'training for law- enforcement, pre- and post-trial', expected: 'training for law-enforcement, pre- and post-trial', note: 'hyphenation split by a space, suspended hyphen kept' },
  { input: 'a * b and 2 * 3', expected: 'a * b and 2 * 3', note: 'lone asterisks are not emphasis' },
  { input: 'a period of 90 days \\| in law, file\\_name', expected: 'a period of 90 days | in law, file_name', note: 'Markdown escapes in a table cell' },
];

describe('cleanItemText', () => {
  it.each(cases)('$note', ({ input, expected }) => {
    expect(cleanItemText(input)).toBe(expected);
  });

  it('documents what every cleaner repairs', () => {
    for (const c of CLEANERS) expect(c.repairs.length).toBeGreaterThan(10);
    expect(new Set(CLEANERS.map((c) => c.name)).size).toBe(CLEANERS.length);
  });
});

describe('markdown links keep what they point to', () => {
  it.each([
    { input: 'See [Prevention of Child Trafficking](https://www.obchodsdetmi.cz/).', expected: 'See Prevention of Child Trafficking (https://www.obchodsdetmi.cz/).' },
    { input: 'At [www.vlada.cz/file.php?id=6](http://www.vlada.cz/file.php?id=6)', expected: 'At www.vlada.cz/file.php?id=6' },
    { input: 'The [implementation report](#) says so.', expected: 'The implementation report says so.' },
  ])('$input', ({ input, expected }) => {
    expect(cleanItemText(input)).toBe(expected);
  });
});
