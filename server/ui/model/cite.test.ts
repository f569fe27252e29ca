import { describe, expect, it } from 'vitest';
import { citationText, itemIdFromPath, itemPath } from './cite.js';

describe('citationText', () => {
  const item = { type: 'recommendation' as const, body: 'Lanzarote Committee', year: 2023, section: ['VI. Assistance to victims', 'Recommendations'] };

  it('names document, year, section, number, permalink and the day it was read', () => {
    expect(citationText({
      item, label: 'VI-2', documentTitle: 'Lanzarote Committee factsheet – Czech Republic', permalink: 'https://x.test/item/a/rec/VI-2', accessed: '2025-01-31',
    })).toBe('Lanzarote Committee factsheet – Czech Republic (2023), section “VI. Assistance to victims › Recommendations”, recommendation VI-2. https://x.test/item/a/rec/VI-2 (accessed 2025-01-31).');
  });

  it('names the body when the title does not, and leaves out what the item lacks', () => {
    expect(citationText({
      item: { type: 'task', body: 'Ministry of the Interior', year: 2020 }, documentTitle: 'National Strategy 2020–2023', permalink: 'p', accessed: 'd',
    })).toBe('Ministry of the Interior, National Strategy 2020–2023 (2020), task. p (accessed d).');
  });
});

describe('item paths', () => {
  it.each([
    { input: 'lanzarote-factsheet-cz-2023/rec/II-6', expected: '/item/lanzarote-factsheet-cz-2023/rec/II-6', note: 'slashes kept readable' },
    { input: 'doc/rec/III-25+III-29', expected: '/item/doc/rec/III-25%2BIII-29', note: 'a plus sign encoded' },
    { input: 'doc/para/1 a?b#c', expected: '/item/doc/para/1%20a%3Fb%23c', note: 'query and fragment characters encoded' },
  ])('$note', ({ input, expected }) => {
    expect(itemPath(input)).toBe(expected);
    expect(itemIdFromPath(expected)).toBe(input);
  });

  it('reads no id from other paths or broken encodings', () => {
    expect(itemIdFromPath('/item/')).toBeUndefined();
    expect(itemIdFromPath('/refs/paragraph/3')).toBeUndefined();
    expect(itemIdFromPath('/item/%E0%A4%A')).toBeUndefined();
  });
});
