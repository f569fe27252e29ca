// A second strategy of the same kind, written for this test with other wording and other
// table spellings: the rules must not depend on the seed's exact strings.
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../layout/layout.js';
import type { SourceDocument } from '../../types.js';
import { nationalStrategyKind } from './national-strategy.js';
import { extractAbbreviations } from './strategy-abbreviations.js';
import { uncoveredLines } from './strategy-uncovered-lines.js';

const TEXT = [
  'ACTION PLAN AGAINST FORCED LABOUR 2024 – 2026',
  '',
  'CONTENTS',
  '',
  'INTRODUCTION\t2',
  'SPECIFIC GOALS\t3',
  'ANNEX 1\t9',
  'Acronyms\t12',
  '',
  'INTRODUCTION',
  '',
  'This action plan follows the national strategy and sets tasks for ministries.',
  '',
  'SPECIFIC GOALS',
  '',
  'The main goal of this plan is:',
  '',
  'ENDING LABOUR EXPLOITATION',
  '',
  '1. LABOUR INSPECTIONS',
  '',
  'Inspections find victims early.',
  '',
  '2. TRAINING OF JUDGES',
  '',
  'Judges ask for more training.',
  '',
  'TASKS',
  '',
  'Basic information',
  'Task Number\t<i>Task No. 1.1.</i>',
  'Task Title\t<i>Joint inspections of employment agencies</i>',
  'Task Description\t<p><i>Plan joint inspections.</i></p> <p><i>Report on them.</i></p>',
  'Task Goals\t<i>Identify exploited workers.</i>',
  'Responsible Entities\t<i>SLI, MOI (Police, Foreign Police)</i>',
  'Cooperating Entity\t-',
  'Timetable\t',
  'Start Date\t<i>2024</i>',
  'Deadline\t<i>2025</i>',
  '',
  'Basic information',
  'Task Number\t<i>Task No. 1.2.</i>',
  'Title\t<i>Hotline for workers</i>',
  'Task Description\t<i>Open a hotline.</i>',
  'Responsible Entity\t<i>MLSA</i>',
  'Title\t',
  'Start Date\t<i>2025</i>',
  'Deadline\t<i>2026</i>',
  '',
  'Basic information',
  'Task Number\t<i>Task No. 2.1.</i>',
  'Title\t<i>Seminars for judges</i>',
  'Responsible Entity\t<i>MOJ</i>',
  'Cooperating Entities\t<i>Judicial Academy, NGOs</i>',
  'Start Date\t<i>2024</i>',
  'Deadline\t<i>2024</i>',
  '',
  'ANNEX 1',
  '',
  'EVALUATION OF THE PREVIOUS PLAN',
  '',
  'Evaluated Task',
  'Task Number\tTask No. 1',
  'Title\tMap agencies',
  'Responsible Entity\tSLI',
  'Timetable\t2021–2002',
  'Description of Task Fulfilment\tA map was drawn.',
  'Overall Evaluation of the Fulfilment of the Task Goal\tPartially met.',
  '',
  'Evaluated Task',
  'Task Number\tTask No. 2',
  'Title\tTrain inspectors',
  'Responsible Entity\tSLI',
  'Timetable\t2021–2023',
  'Description of Task Fulfilment\tNo training took place.',
  'Overall Evaluation of the Fulfilment of the Task Goal\tNot met.',
  '',
  'ACRONYMS',
  '',
  'SLI\tState Labour Inspection Authority',
  'MOJ\tMinistry of Justice',
  '',
].join('\n');

const doc = { meta: {}, inferred: false, extracted: { text: TEXT } } as unknown as SourceDocument;
const layout = buildLayout(TEXT);
const { items, headings } = nationalStrategyKind.segment(layout, doc);
const get = (key: string) => items.find((i) => i.key === key);

describe('a second strategy document', () => {
  it('is recognised as a strategy', () => {
    expect(nationalStrategyKind.detect(TEXT).matched).toBe(true);
  });

  it('reads the main goal, the numbered goals and the tasks under them', () => {
    expect(get('goal/strategic')?.title).toBe('ENDING LABOUR EXPLOITATION');
    expect(get('goal/1')?.title).toBe('LABOUR INSPECTIONS');
    expect(get('goal/2')?.themeHints).toContain('training-professionals');
    expect(items.filter((i) => i.type === 'task').map((i) => [i.number, i.parentKey])).toEqual([
      ['1.1', 'goal/1'], ['1.2', 'goal/1'], ['2.1', 'goal/2'],
    ]);
  });

  it('maps other label spellings through the same table', () => {
    const task = get('task/1.1');
    expect(task?.title).toBe('Joint inspections of employment agencies');
    expect(task?.goal).toBe('Identify exploited workers.');
    expect(task?.description).toBe('Plan joint inspections.\nReport on them.');
    expect(task?.responsible).toEqual(['SLI', 'MOI (Police, Foreign Police)']);
    expect(task?.cooperating).toBeUndefined();
    expect([task?.taskStart, task?.deadline]).toEqual(['2024', '2025']);
    expect(get('task/1.2')?.title).toBe('Hotline for workers');
    expect(get('task/2.1')?.cooperating).toEqual(['Judicial Academy', 'NGOs']);
  });

  it('reads evaluations with statuses and the timetable as printed', () => {
    expect(get('eval/1')).toMatchObject({ type: 'evaluation', status: 'partially', timetable: '2021–2002', title: 'Map agencies' });
    expect(get('eval/2')).toMatchObject({ status: 'not-met', section: ['ANNEX 1', 'EVALUATION OF THE PREVIOUS PLAN'] });
  });

  it('reads an "ACRONYMS" list as abbreviations', () => {
    expect(extractAbbreviations(layout)).toEqual({ SLI: ['State Labour Inspection Authority'], MOJ: ['Ministry of Justice'] });
    expect(get('table/abbreviations')?.rows).toHaveLength(2);
  });

  it('leaves no line outside items and headings', () => {
    expect(uncoveredLines(layout, [...items, ...headings]).lines).toEqual([]);
  });
});
