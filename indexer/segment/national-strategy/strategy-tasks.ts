// A task record of the strategy becomes a `task` item (a commitment, with its dates and
// entities); a record of the annex evaluating the previous strategy becomes an
// `evaluation` item with its fulfilment status and the timetable as printed.
import type { DraftItem } from '../../types.js';
import { cleanCell, isEmptyCell, splitEntities } from './strategy-cells.js';
import type { TableRecord } from './strategy-records.js';
import { fulfilmentStatus } from './strategy-status.js';
import { headingThemes } from './strategy-themes.js';

export interface SpecificGoal {
  key: string;
  number: string;
  title: string;
}

export interface RecordContext {
  section: string[];
  /** Specific goals by number: a task numbered "2.3" belongs to goal "2". */
  goals: Map<string, SpecificGoal>;
  /** Position of the record among its kind, for a key when the table prints no number. */
  ordinal: number;
}

/** "Task No. 1.1." → "1.1"; "Task No. 13" → "13". */
export function recordNumber(raw: string | undefined): string | undefined {
  const m = raw === undefined ? null : /(\d+(?:\.\d+)*)/.exec(cleanCell(raw));
  return m ? m[1] : undefined;
}

function value(raw: string | undefined): string | undefined {
  return raw === undefined || isEmptyCell(raw) ? undefined : cleanCell(raw);
}

function entities(raw: string | undefined): string[] | undefined {
  const list = raw === undefined ? [] : splitEntities(raw);
  return list.length ? list : undefined;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

function span(record: TableRecord): { start: number; end: number } {
  return { start: record.lines[0].start, end: record.lines[record.lines.length - 1].end };
}

/** Optional fields are set only when the table gives them (absent, not empty, otherwise). */
function withFields(draft: DraftItem, fields: Partial<DraftItem>): DraftItem {
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (draft as unknown as Record<string, unknown>)[k] = v;
  return draft;
}

export function taskDraft(record: TableRecord, ctx: RecordContext): DraftItem {
  const f = record.fields;
  const number = recordNumber(f.number);
  const title = value(f.title);
  const description = value(f.description);
  const notes = value(f.notes);
  const goal = number ? ctx.goals.get(number.split('.')[0]) : undefined;
  const taskGoal = value(f.goal);
  const justification = value(f.justification);
  const text = [title, description, justification, notes, ...record.extra].filter(Boolean).join('\n');
  return withFields(
    {
      key: `task/${number ?? `unnumbered-${ctx.ordinal}`}`,
      type: 'task',
      text,
      ...span(record),
      section: ctx.section,
      commitment: true,
    },
    {
      themeHints: nonEmpty(headingThemes(goal?.title, title, taskGoal)),
      number,
      title,
      description,
      goal: taskGoal,
      indicators: value(f.indicators),
      financing: value(f.financing),
      responsible: entities(f.responsible),
      cooperating: entities(f.cooperating),
      targetGroup: value(f.targetGroup),
      taskStart: value(f.taskStart),
      deadline: value(f.deadline),
      timetable: value(f.timetable),
      parentKey: goal?.key,
    },
  );
}

export function evaluationDraft(record: TableRecord, ctx: RecordContext): DraftItem {
  const f = record.fields;
  const number = recordNumber(f.number);
  const title = value(f.title);
  const fulfilment = value(f.fulfilment);
  const overall = value(f.overall);
  const indicatorFulfilment = value(f.indicatorFulfilment);
  const changes = value(f.changes);
  const text = [title, fulfilment, indicatorFulfilment, changes, overall, ...record.extra].filter(Boolean).join('\n');
  return withFields(
    {
      key: `eval/${number ?? `unnumbered-${ctx.ordinal}`}`,
      type: 'evaluation',
      text,
      ...span(record),
      section: ctx.section,
    },
    {
      themeHints: nonEmpty(headingThemes(title)),
      number,
      title,
      description: fulfilment,
      indicators: value(f.indicators),
      responsible: entities(f.responsible),
      cooperating: entities(f.cooperating),
      // As printed, misprints included ("2016–2007"): the reader judges, not the parser.
      timetable: value(f.timetable),
      deadline: value(f.deadline),
      status: fulfilmentStatus(overall) ?? fulfilmentStatus(indicatorFulfilment),
    },
  );
}
