// Text the reader does not expect, put into documents of each layout: it must land in some
// item (a field, a paragraph, a task's text), never vanish, and not break the tasks around it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lettersOf } from '../../coverage/letters.js';
import { itemTexts } from '../../coverage/item-texts.js';
import { indexText } from '../../../test/support/index-fixture.js';
import type { FixtureGold } from './fixtures/strategy-gold.js';
import { PROGRAMME_NUMBERED_LT } from './fixtures/programme-numbered-lt-2002-2004.gold.js';
import { PLAN_MEASURES_MD } from './fixtures/plan-measures-md-2002-2005.gold.js';
import { ACTION_PLAN_TABLES_SI } from './fixtures/action-plan-tables-si-2019-2020.gold.js';

const CASES: { gold: FixtureGold; after: string; inserted: string; note: string }[] = [
  { gold: PROGRAMME_NUMBERED_LT, after: 'Deadline: III quarter of 2002', inserted: 'This measure continues the survey carried out by the Ministry in 1999.', note: 'prose right after a task\'s field lines' },
  { gold: PROGRAMME_NUMBERED_LT, after: 'Co-operating: non-governmental organisations', inserted: 'Reporting to: the Government, twice a year', note: 'a label the vocabulary does not know' },
  { gold: PROGRAMME_NUMBERED_LT, after: '1.3. To include the topic', inserted: 'a) in general education schools from the school year 2002/2003;', note: 'a lettered sub-point between a task and its fields' },
  { gold: PLAN_MEASURES_MD, after: '1.4\tLicense and monitor', inserted: '(continued on the next page)', note: 'a one-cell row inside a measure table' },
  { gold: PLAN_MEASURES_MD, after: '3.2\tCreate a specialised police unit', inserted: '3.2a\tExtra sub-measure printed in an odd row\tMinistry of Justice\t2004\tNone\tNone\tSurplus cell', note: 'a row with more cells than the header' },
  { gold: ACTION_PLAN_TABLES_SI, after: 'Target group\tLabour inspectors', inserted: 'Risk assessment\tLow, the inspectors already know the indicators', note: 'a row label the vocabulary does not know' },
];

describe('text the reader does not expect', () => {
  it.each(CASES)('$note', ({ gold, after, inserted }) => {
    const original = readFileSync(new URL(`./fixtures/${gold.file}`, import.meta.url), 'utf8');
    const at = original.indexOf('\n', original.indexOf(after));
    expect(original.indexOf(after), `"${after}" in ${gold.file}`).toBeGreaterThanOrEqual(0);
    const text = `${original.slice(0, at + 1)}${inserted}\n${original.slice(at + 1)}`;
    const doc = indexText(text, gold.file, { ...gold.meta, kind: 'national-strategy' });
    const said = doc.items.flatMap(itemTexts).map(lettersOf).join(' ');
    for (const cell of inserted.split('\t').slice(1)) expect(said, cell).toContain(lettersOf(cell));
    // The loss measure reads the source: the inserted line is not among the lost ones.
    const opening = inserted.split('\t')[0].slice(0, 20);
    expect(doc.report.loss.lostLines.filter((l) => l.includes(opening))).toEqual([]);
    expect(doc.report.loss.lostShare).toBeLessThan(0.01);
    expect(doc.items.filter((i) => i.type === 'task').map((i) => i.number)).toEqual(expect.arrayContaining(gold.tasks.map((t) => t.number)));
  });
});
