import { describe, expect, it } from 'vitest';
import { countBy, segmentSeed } from '../../../test/support/segment-fixture.js';
import { nationalStrategyKind } from './national-strategy.js';
import { extractAbbreviations } from './strategy-abbreviations.js';
import {
  ABBREVIATION_COUNT, ABBREVIATIONS, COUNTS_BY_TYPE, EVALUATIONS, FIRST_TABLE, RETURNS_CZECH_ROW,
  SPECIFIC_GOALS, STATUS_COUNTS, TASKS, TASKS_PER_GOAL,
} from './national-strategy.gold.js';
import { uncoveredLines } from './strategy-uncovered-lines.js';

const SEED = 'national-strategy-thb-cz-2020-2023.txt';
const { text, layout, items, headings, byKey, get } = segmentSeed(nationalStrategyKind, SEED);

describe('national strategy: counts', () => {
  it('has the items counted by reading the document, per type', () => {
    expect(countBy(items, (i) => i.type)).toEqual(COUNTS_BY_TYPE);
  });
  it('gives every item its own key', () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
  it('assigns each task to its specific goal', () => {
    expect(countBy(items.filter((i) => i.type === 'task'), (i) => i.parentKey)).toEqual(TASKS_PER_GOAL);
  });
  it('reads the fulfilment status of every evaluated task', () => {
    expect(countBy(items.filter((i) => i.type === 'evaluation'), (i) => i.status)).toEqual(STATUS_COUNTS);
  });
  it('keeps items apart: no item span overlaps another', () => {
    const sorted = [...items].sort((a, b) => a.start - b.start);
    const overlaps = sorted.filter((it, k) => k > 0 && it.start < sorted[k - 1].end).map((i) => i.key);
    expect(overlaps).toEqual([]);
  });
});

describe('national strategy: tasks', () => {
  it.each(TASKS)('task $number ($note)', (gold) => {
    const task = get(`task/${gold.number}`);
    expect(task.type).toBe('task');
    expect(task.number).toBe(gold.number);
    expect(task.title?.startsWith(gold.titleStart), `title: ${task.title}`).toBe(true);
    expect(task.taskStart).toBe(gold.taskStart);
    expect(task.deadline).toBe(gold.deadline);
    expect(task.responsible).toEqual(gold.responsible);
    expect(task.cooperating).toEqual(gold.cooperating);
    expect(task.parentKey).toBe(gold.parentKey);
    expect(task.commitment).toBe(true);
    expect(task.section).toEqual(['TASKS']);
    expect(task.text.startsWith(task.title ?? '?')).toBe(true);
    expect(task.text).toContain(task.description?.split('\n')[0] ?? '?');
    for (const field of [task.title, task.description, task.goal, task.indicators, task.financing]) {
      expect(field, `task ${gold.number} field without tags`).not.toMatch(/<\/?[ip]>/);
    }
  });

  it('reads every field of task 1.1 (multi-paragraph cells)', () => {
    const task = get('task/1.1');
    expect(task.description).toBe(
      'Ensure the elaboration of a study containing an analysis of criminal cases of child trafficking, which will map the situation in the area of child trafficking in the Czech Republic, including the evaluation of the possible sexual exploitation of children in tourism.\n' +
        'Based on this study, create educational material for early identification and provision of assistance to child victims of human trafficking and support possible prevention projects.',
    );
    expect(task.goal).toBe('Mapping of the situation in the area of child trafficking in the Czech Republic.\nSupport for possible preventive projects, the need for which will arise from the study.');
    expect(task.indicators).toBe('Elaboration of a study.\nCreation of educational material.\nThe number of supported prevention projects.');
    expect(task.financing).toBe('MOI budget (CPD – elaboration of the study)');
    expect(task.targetGroup).toBe('State administration bodies.');
  });

  it('does not let the stray "Title" row of task 2.2 replace its title', () => {
    expect(get('task/2.2').title).toBe('Education of entities in the identification of victims of human trafficking');
  });

  it('reads "Task Title" (3.1) and "Task Goals" (4.2) through the label table', () => {
    expect(get('task/3.1').title).toBe('Support for legislative changes in combating trafficking in human beings');
    expect(get('task/4.2').goal).toBe('Ensuring the possibility of a voluntary and free return to the country of origin for all identified victims of trafficking.');
  });

  it('keeps the notes of a task in its text and ignores the dashed rule of task 2.4', () => {
    expect(get('task/2.1').text).toContain('A unified list of indicators will be created through the Interdepartmental Coordination Group');
    expect(get('task/2.4').text).not.toContain('--');
  });

  it('gives tasks themes from their goal heading and title', () => {
    expect(get('task/1.1').themeHints).toContain('child-protection');
    expect(get('task/2.4').themeHints).toEqual(expect.arrayContaining(['victim-identification', 'training-professionals']));
    expect(get('task/2.3').themeHints).toContain('labour-exploitation');
    expect(get('task/4.1').themeHints).toContain('international-cooperation');
    expect(get('task/4.3').themeHints).toContain('data-research');
  });
});

describe('national strategy: goals and prose', () => {
  it('reads the strategic goal announced by "… is:" as a goal, not a heading', () => {
    const goal = get('goal/strategic');
    expect(goal.type).toBe('goal');
    expect(goal.title).toBe('COMBATING TRAFFICKING IN HUMAN BEINGS AND STEPPING UP ASSISTANCE TO VICTIMS OF TRAFFICKING IN HUMAN BEINGS');
  });

  it.each(SPECIFIC_GOALS)('specific goal $key', (gold) => {
    const goal = get(gold.key);
    expect(goal.type).toBe('goal');
    expect(goal.number).toBe(gold.key.split('/')[1]);
    expect(goal.title).toBe(gold.title);
    expect(goal.parentKey).toBe('goal/strategic');
    expect(goal.section).toEqual(['STRATEGIC GOAL AND SPECIFIC GOALS OF THE NATIONAL STRATEGY FOR THE PERIOD 2020 – 2023']);
    expect(goal.themeHints).toContain(gold.theme);
  });

  it('files narrative paragraphs under their goal, with the goal\'s themes', () => {
    const para = items.find((i) => i.type === 'paragraph' && i.text.startsWith('According to the Act on Victims of Crime'));
    expect(para?.section).toEqual(['STRATEGIC GOAL AND SPECIFIC GOALS OF THE NATIONAL STRATEGY FOR THE PERIOD 2020 – 2023', '2. STRENGTHENING VICTIM IDENTIFICATION']);
    expect(para?.themeHints).toEqual(['victim-identification']);
  });

  it('keeps footnote markers in the text of the item that carries them', () => {
    const para = items.find((i) => i.text.includes('in the Czech Republic¹ and partly'));
    expect(para?.type).toBe('paragraph');
    expect(text.slice(para!.start, para!.end)).toContain('¹');
  });

  it('joins the paragraph a page break split before "Group for Combating…" (not joined by the layout)', () => {
    const para = items.find((i) => i.text.includes('As in the previous period, the Interdepartmental Coordination'));
    expect(para?.text).toContain('Interdepartmental Body for Combating Illegal Employment of Foreigners meet regularly.');
  });

  it('keeps a bullet list as one paragraph per bullet', () => {
    const bullets = items.filter((i) => i.type === 'paragraph' && /^- (?:Establish|Ensure|Introduce|Improve|Conduct|Continue|Adopt)\b/.test(i.text));
    expect(bullets).toHaveLength(10);
  });
});

describe('national strategy: Annex 1 evaluations', () => {
  it.each(EVALUATIONS)('evaluated task $number: $status ($note)', (gold) => {
    const ev = get(`eval/${gold.number}`);
    expect(ev.type).toBe('evaluation');
    expect(ev.number).toBe(gold.number);
    expect(ev.title?.startsWith(gold.titleStart), `title: ${ev.title}`).toBe(true);
    expect(ev.status).toBe(gold.status);
    expect(ev.timetable).toBe(gold.timetable);
    expect(ev.responsible).toEqual(gold.responsible);
    expect(ev.cooperating).toEqual(gold.cooperating);
    expect(ev.description, 'fulfilment description').toBeTruthy();
    expect(ev.section?.[0]).toBe('ANNEX 1');
    expect(ev.commitment).toBeUndefined();
  });

  it('joins a fulfilment cell continued after a page break mid-sentence', () => {
    expect(get('eval/1').description).toContain('and that such tools should be provided by a branch of law other than criminal law.');
  });

  it('puts the evaluation wording in the text', () => {
    const ev = get('eval/4');
    expect(ev.text).toContain('The new methodology has not been developed.');
    expect(ev.text).toContain('The task goals have been met in a different manner.');
  });
});

describe('national strategy: Annex 2 tables and abbreviations', () => {
  it('reads the first statistical table as cells', () => {
    const table = get('table/1');
    expect(table.title?.startsWith(FIRST_TABLE.titleStart)).toBe(true);
    expect(table.rows).toEqual(FIRST_TABLE.rows);
    expect(table.section).toEqual(['ANNEX 2', 'TABLE PART']);
    expect(table.text).toContain('Detected: 2016: 22; 2017: 16; 2018: 13; 2019: 20; Total: 71');
  });

  it('keeps empty cells and cells with words (voluntary returns)', () => {
    const table = items.find((i) => i.type === 'table' && i.title?.startsWith('NUMBER OF RETURNED PERSONS'));
    expect(table?.rows?.[1]).toEqual(RETURNS_CZECH_ROW);
  });

  it('keeps the one-cell row "Form of exploitation" inside its table', () => {
    const table = items.find((i) => i.type === 'table' && i.title?.includes('BY FORMS OF TRAFFICKING'));
    expect(table?.rows?.[1]).toEqual(['Form of exploitation']);
    expect(table?.rows).toHaveLength(7);
  });

  it('extracts the list of abbreviations as data', () => {
    const abbreviations = extractAbbreviations(layout);
    expect(Object.keys(abbreviations)).toHaveLength(ABBREVIATION_COUNT);
    for (const [short, long] of Object.entries(ABBREVIATIONS)) expect(abbreviations[short]).toEqual([long]);
    // The document uses "trafficking in human beings" throughout but never defines "THB".
    expect(abbreviations.THB).toBeUndefined();
    expect(nationalStrategyKind.abbreviations?.(layout)).toEqual(abbreviations);
  });

  it('keeps the abbreviation list as one table item too', () => {
    const table = get('table/abbreviations');
    expect(table.rows).toHaveLength(ABBREVIATION_COUNT);
    expect(table.text).toContain('MOJ – Ministry of Justice');
  });
});

describe('national strategy: coverage', () => {
  it('puts every content line in an item or a heading (under 1% of characters left)', () => {
    const { share, lines } = uncoveredLines(layout, [...items, ...headings]);
    expect(share, `uncovered lines:\n${lines.join('\n')}`).toBeLessThan(0.01);
  });
  it('reads the contents list and capitalised titles as headings', () => {
    const headingTexts = headings.map((h) => text.slice(h.start, h.end));
    expect(headingTexts).toContain('TASKS');
    expect(headingTexts).toContain('ANNEX 1');
    expect(headingTexts.some((h) => h.startsWith('List of used abbreviations\t50'))).toBe(true);
  });
});
