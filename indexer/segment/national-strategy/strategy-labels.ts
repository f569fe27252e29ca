// One normalisation table for the row labels of strategy task tables and of the annex
// that evaluates the previous strategy's tasks. The tables are not consistent ("Task Title"
// vs "Title", "Task Goals", "Cooperating Entity" vs "Entities", lowercase "Evaluated task",
// two labels merged into one cell), so every spelling seen maps to one field here.

export type RecordField =
  | 'number'
  | 'title'
  | 'description'
  | 'goal'
  | 'justification'
  | 'indicators'
  | 'financing'
  | 'responsible'
  | 'cooperating'
  | 'targetGroup'
  | 'taskStart'
  | 'deadline'
  | 'timetable'
  | 'notes'
  | 'fulfilment'
  | 'indicatorFulfilment'
  | 'changes'
  | 'overall';

/** What a label means: a field, two fields in a merged cell, or a group heading inside the table. */
export type LabelMeaning =
  | { kind: 'field'; field: RecordField }
  | { kind: 'merged'; fields: [RecordField, RecordField] }
  | { kind: 'group'; startsRecord: boolean };

const field = (f: RecordField): LabelMeaning => ({ kind: 'field', field: f });

const LABELS: Record<string, LabelMeaning> = {
  'task number': field('number'),
  'task no.': field('number'),
  title: field('title'),
  'task title': field('title'),
  'task name': field('title'),
  'task description': field('description'),
  description: field('description'),
  'task goal': field('goal'),
  'task goals': field('goal'),
  'goal of the task': field('goal'),
  'justification for the task': field('justification'),
  'performance indicators': field('indicators'),
  indicators: field('indicators'),
  'method of financing': field('financing'),
  financing: field('financing'),
  'responsible entity': field('responsible'),
  'responsible entities': field('responsible'),
  'cooperating entity': field('cooperating'),
  'cooperating entities': field('cooperating'),
  'responsible entity cooperating entities': { kind: 'merged', fields: ['responsible', 'cooperating'] },
  'responsible entity cooperating entity': { kind: 'merged', fields: ['responsible', 'cooperating'] },
  'target group': field('targetGroup'),
  'start date': field('taskStart'),
  start: field('taskStart'),
  deadline: field('deadline'),
  // A group heading in the 2020–2023 tables, a value row ("2016–2018") in the evaluations.
  timetable: field('timetable'),
  notes: field('notes'),
  'description of task fulfilment': field('fulfilment'),
  'fulfilment of indicators': field('indicatorFulfilment'),
  'changes from the original assignment': field('changes'),
  'overall evaluation of the fulfilment of the task goal': field('overall'),
  // Group headings: rows that only name the part of the table below them.
  'basic information': { kind: 'group', startsRecord: true },
  'evaluated task': { kind: 'group', startsRecord: true },
  entities: { kind: 'group', startsRecord: false },
  'additional information': { kind: 'group', startsRecord: false },
  'task evaluation': { kind: 'group', startsRecord: false },
};

export function normaliseLabel(label: string): string {
  return label.replace(/<[^>]+>/g, '').replace(/[:*]+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function meaningOfLabel(label: string): LabelMeaning | undefined {
  return LABELS[normaliseLabel(label)];
}
