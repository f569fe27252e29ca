// A task record becomes a `task` item (a commitment, with its bodies as lists and its deadline
// as printed and normalised); a record that says how a task was fulfilled becomes an
// `evaluation` item with its status and its timetable or deadline as printed.
import type { DraftItem } from '../../types.js';
import { splitBodies, type BodyList } from './strategy-bodies.js';
import { cleanCell } from './strategy-cells.js';
import { normaliseDue } from './strategy-due.js';
import { fieldValue, rawField, type StrategyRecord } from './strategy-records.js';
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
  /** The group the record stands under ("Axe 2 –", a one-cell row), which wins over its number. */
  group?: SpecificGoal;
  /** Position of the record among its kind, for a key when the layout prints no number. */
  ordinal: number;
  /** The document's year: "by the end of this year" is due then. */
  documentYear?: number;
  /** Long names of the document's list of abbreviations (bodies whose names hold commas). */
  knownNames: readonly string[];
}

/** "Task No. 1.1." → "1.1"; "Task No. 13" → "13"; "3.2a" and "4bis" as printed. */
export function recordNumber(raw: string | undefined): string | undefined {
  const m = raw === undefined ? null : /(\d+(?:\.\d+)*(?:[a-z]|bis|ter)?)(?![\p{L}])/u.exec(cleanCell(raw));
  return m ? m[1] : undefined;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

function span(record: StrategyRecord): { start: number; end: number } {
  return { start: record.lines[0].start, end: record.lines[record.lines.length - 1].end };
}

/** Optional fields are set only when the record gives them (absent, not empty, otherwise). */
function withFields(draft: DraftItem, fields: Partial<DraftItem>): DraftItem {
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (draft as unknown as Record<string, unknown>)[k] = v;
  return draft;
}

/** Responsible and cooperating bodies, a deadline printed after the bodies, and the markers between them. */
function bodiesOf(record: StrategyRecord, ctx: RecordContext): { responsible?: string[]; cooperating?: string[]; deadline?: string } {
  const empty: BodyList = { bodies: [], cooperating: [], markers: [] };
  const raw = rawField(record, 'responsible');
  const responsible = raw ? splitBodies(raw, { knownNames: ctx.knownNames, peelDeadline: true }) : empty;
  const rawCooperating = rawField(record, 'cooperating');
  const cooperating = rawCooperating ? splitBodies(rawCooperating, { knownNames: ctx.knownNames }) : empty;
  return {
    responsible: nonEmpty(responsible.bodies),
    cooperating: nonEmpty([...responsible.cooperating, ...cooperating.bodies, ...cooperating.cooperating]),
    deadline: responsible.deadline,
  };
}

function dueFields(printed: string | undefined, ctx: RecordContext): Pick<DraftItem, 'due' | 'dueProblem'> {
  const { due, problem } = normaliseDue(printed, ctx.documentYear);
  return { due, dueProblem: problem };
}

export function taskDraft(record: StrategyRecord, ctx: RecordContext): DraftItem {
  const number = recordNumber(rawField(record, 'number'));
  const title = fieldValue(record, 'title');
  const statement = fieldValue(record, 'statement');
  const description = fieldValue(record, 'description');
  const taskGoal = fieldValue(record, 'goal');
  // A goal named by the task's number ("2.3" → goal 2) only when the number has levels.
  const goal = ctx.group ?? (number?.includes('.') ? ctx.goals.get(number.split('.')[0]) : undefined);
  const bodies = bodiesOf(record, ctx);
  const deadline = fieldValue(record, 'deadline') ?? bodies.deadline;
  const timetable = fieldValue(record, 'timetable');
  const text = [title, statement, description, fieldValue(record, 'justification'), fieldValue(record, 'notes'), ...record.extra.map(cleanCell)]
    .filter(Boolean)
    .join('\n');
  return withFields(
    { key: `task/${number ?? `unnumbered-${ctx.ordinal}`}`, type: 'task', text, ...span(record), section: ctx.section, commitment: true },
    {
      themeHints: nonEmpty(headingThemes(goal?.title, title ?? statement, taskGoal)),
      number,
      title,
      description,
      goal: taskGoal,
      indicators: fieldValue(record, 'indicators'),
      financing: fieldValue(record, 'financing'),
      responsible: bodies.responsible,
      cooperating: bodies.cooperating,
      targetGroup: fieldValue(record, 'targetGroup'),
      taskStart: fieldValue(record, 'taskStart'),
      deadline,
      ...dueFields(deadline ?? timetable, ctx),
      timetable,
      parentKey: goal?.key,
    },
  );
}

export function evaluationDraft(record: StrategyRecord, ctx: RecordContext): DraftItem {
  const number = recordNumber(rawField(record, 'number'));
  const title = fieldValue(record, 'title');
  const statement = fieldValue(record, 'statement');
  const fulfilment = fieldValue(record, 'fulfilment');
  const overall = fieldValue(record, 'overall');
  const indicatorFulfilment = fieldValue(record, 'indicatorFulfilment');
  const bodies = bodiesOf(record, ctx);
  // As printed, misprints included ("2016–2007"): the normal form flags what cannot be.
  const timetable = fieldValue(record, 'timetable');
  const deadline = fieldValue(record, 'deadline') ?? bodies.deadline;
  const text = [title, statement, fulfilment, indicatorFulfilment, fieldValue(record, 'changes'), overall, ...record.extra.map(cleanCell)]
    .filter(Boolean)
    .join('\n');
  return withFields(
    { key: `eval/${number ?? `unnumbered-${ctx.ordinal}`}`, type: 'evaluation', text, ...span(record), section: ctx.section },
    {
      themeHints: nonEmpty(headingThemes(title ?? statement)),
      number,
      title,
      description: fulfilment,
      indicators: fieldValue(record, 'indicators'),
      responsible: bodies.responsible,
      cooperating: bodies.cooperating,
      timetable,
      deadline,
      ...dueFields(deadline ?? timetable, ctx),
      status: fulfilmentStatus(overall) ?? fulfilmentStatus(indicatorFulfilment),
    },
  );
}
