// The loss measure compares text, not spans: cases of what counts as kept, dropped or lost.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { measureLoss } from './measure-loss.js';
import { lettersOf } from './letters.js';

const item = (fields: Partial<Item>): Item => ({
  id: 'd/x', document: 'd', type: 'paragraph', text: '', body: 'B', themes: [], span: { start: 0, end: 0 }, ...fields,
});

const cases: { note: string; source: string; items: Partial<Item>[]; metadata?: string[]; dropped?: { start: number; end: number; why: string }[]; apart?: { start: number; end: number }[]; lost: string; droppedWhy?: string[] }[] = [
  { note: 'everything said by an item', source: 'The Committee requests the authorities to act.\n', items: [{ text: 'The Committee requests the authorities to act.' }], lost: '' },
  { note: 'a sentence no item says is lost', source: 'Kept sentence about helplines.\n\nForgotten sentence about shelters.\n', items: [{ text: 'Kept sentence about helplines.' }], lost: 'Forgotten sentence about shelters.' },
  { note: 'whitespace, hyphenation and bullets do not count', source: '- training for law-\n\nenforcement officers\n', items: [{ text: 'training for law-enforcement officers' }], lost: '' },
  { note: 'a number label said by the item\'s number', source: '4.2 Please describe the helpline.\n', items: [{ number: '4.2', text: 'Please describe the helpline.' }], lost: '' },
  { note: 'short entries of a list field', source: 'Responsible: MOJ, MLSA\n', items: [{ responsible: ['MOJ', 'MLSA'], text: '' }], dropped: [{ start: 0, end: 12, why: 'field label' }], lost: '', droppedWhy: ['field label'] },
  { note: 'a short word is not kept just because a field says it elsewhere', source: 'Shelters\n\nThe report covers shelters for adults.\n', items: [{ text: 'Shelters' }], lost: 'The report covers shelters for adults.' },
  { note: 'the title page kept as metadata', source: 'Report of the visit to Ruritania\n\nText of the report proper.\n', items: [{ text: 'Text of the report proper.' }], metadata: ['Report of the visit to Ruritania'], lost: '' },
  { note: 'a page number dropped with its reason', source: 'First page text ends here.\n\n12\n\nSecond page text.\n', items: [{ text: 'First page text ends here.' }, { text: 'Second page text.' }], dropped: [{ start: 28, end: 30, why: 'page number' }], lost: '', droppedWhy: ['page number'] },
  { note: 'markup letters are not text', source: 'Title\t<p><i>A study of trafficking</i></p>\n', items: [{ title: 'Title A study of trafficking' }], lost: '', droppedWhy: ['markup'] },
  { note: 'a table cell wrapped onto the next row: each part opens or closes the field', source: '1.3\tSet up a hotline\tII quarter\n\t\tof 2003\n', items: [{ number: '1.3', text: 'Set up a hotline', deadline: 'II quarter of 2003' }], lost: '' },
  { note: 'a part of a cut cell must be a whole cell: a word inside a sentence is not kept', source: 'Row\tII quarter of 2003\n\nThe deadline is not in 2003 at all.\n', items: [{ text: 'Row', deadline: 'II quarter of 2003' }], lost: 'The deadline is not in 2003 at all.' },
  { note: 'each line of a field printed under two labels is a cell of its own', source: 'Budget (EUR)\t12,000\nSource of funding\tState budget\n', items: [{ financing: 'Budget (EUR): 12,000\nSource of funding: State budget', text: '' }], dropped: [{ start: 0, end: 12, why: 'field label' }, { start: 20, end: 37, why: 'field label' }], lost: '', droppedWhy: ['field label'] },
  { note: 'entries joined by "and" are entries: only the conjunction is left', source: 'Lead: Ministry of Justice and Ministry of Health\n', items: [{ responsible: ['Ministry of Justice', 'Ministry of Health'], text: '' }], dropped: [{ start: 0, end: 5, why: 'field label' }], lost: 'and', droppedWhy: ['field label'] },
  { note: 'footnote texts are kept by the items that carry them', source: 'Body text.¹\n\n¹ Paras. 71, 73.\n', items: [{ text: 'Body text.', footnotes: [{ n: 1, text: 'Paras. 71, 73.' }] }], dropped: [{ start: 13, end: 14, why: 'footnote marker' }], lost: '' },
  {
    note: 'a short tail after a page break, read on across the notes printed apart',
    source: 'The reply names the centres that assist child victims of\n\n³ See the list.\n\nabuse in all regions.\n',
    items: [{ text: 'The reply names the centres that assist child victims of abuse in all regions.', footnotes: [{ n: 3, text: 'See the list.' }] }],
    apart: [{ start: 58, end: 73 }],
    lost: '',
  },
  {
    note: 'notes printed apart are still measured: a note no item carries is lost',
    source: 'Body text of the page, long enough.\n\n¹ A note nobody carries.\n',
    items: [{ text: 'Body text of the page, long enough.' }],
    apart: [{ start: 37, end: 61 }],
    lost: '¹ A note nobody carries.',
  },
];

describe('measureLoss', () => {
  it.each(cases)('$note', ({ source, items, metadata = [], dropped = [], apart, lost, droppedWhy = [] }) => {
    const report = measureLoss({ source, items: items.map(item), metadata, dropped, apart });
    expect(report.lostChars).toBe(lettersOf(lost).length);
    if (lost) expect(report.lostLines.map((l) => l.includes(lost))).toEqual([true]);
    expect(Object.keys(report.droppedChars).sort()).toEqual([...droppedWhy].sort());
    expect(report.lostShare).toBeCloseTo(report.visibleChars ? report.lostChars / report.visibleChars : 0);
  });
});

describe('lettersOf', () => {
  it('reads the whole text after a stream over part of another text', async () => {
    const { letterStream } = await import('./letters.js');
    letterStream('some words here', 0, 4);
    expect(lettersOf('Child victims, 2023')).toBe('childvictims2023');
  });
});

describe('measureLoss: text dropped before the source was built', () => {
  it('counts a PDF\'s page furniture by its reason, letter for letter, after ranges were dropped', () => {
    const report = measureLoss({
      source: 'First page.\n\n12\n\nSecond page.\n', items: [item({ text: 'First page.' }), item({ text: 'Second page.' })], metadata: [],
      dropped: [{ start: 13, end: 15, why: 'page number' }],
      droppedBefore: [{ text: 'GE.10-12049', why: 'job number' }, { text: 'A/HRC/14/15', why: 'running header' }],
    });
    expect(report.droppedChars).toEqual({ 'page number': 2, 'job number': 9, 'running header': 8 });
    expect(report.lostChars).toBe(0);
  });
  it('reads what follows a label as a field of its own ("118.7 Supported.")', () => {
    const report = measureLoss({ source: '118.7 Supported.\n', items: [item({ text: 'Supported.', number: '118.7' })], metadata: [], dropped: [] });
    expect(report.lostChars).toBe(0);
  });
});
