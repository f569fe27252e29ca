// Strategies and action plans of other countries, in every layout the reader supports
// (numbered task lists, measure tables, task tables unlike the seed's), each checked against
// its gold table: every task with its bodies, deadline as printed and normalised, goal and
// section; every evaluation with its status; loss under 1 %; detection by structure.
import { describe, expect, it } from 'vitest';
import { buildSearchEngine } from '../../../core/search/index.js';
import { indexFixture } from '../../../test/support/index-fixture.js';
import { chooseKind } from '../registry.js';
import type { FixtureGold } from './fixtures/strategy-gold.js';
import { PROGRAMME_NUMBERED_LT } from './fixtures/programme-numbered-lt-2002-2004.gold.js';
import { PLAN_MESURES_BE } from './fixtures/plan-mesures-be-2012-2014.gold.js';
import { PLAN_MEASURES_MD } from './fixtures/plan-measures-md-2002-2005.gold.js';
import { PLAN_MESURES_CH } from './fixtures/plan-mesures-ch-2017-2020.gold.js';
import { ACTION_PLAN_TABLES_SI } from './fixtures/action-plan-tables-si-2019-2020.gold.js';
import { PLAN_FICHES_FR } from './fixtures/plan-fiches-fr-2014-2016.gold.js';
import { ACTION_PLAN_PIPE_TABLE_CA } from './fixtures/action-plan-pipe-table-ca-2022-2025.gold.js';

const GOLDS: FixtureGold[] = [PROGRAMME_NUMBERED_LT, PLAN_MESURES_BE, PLAN_MEASURES_MD, PLAN_MESURES_CH, ACTION_PLAN_TABLES_SI, PLAN_FICHES_FR, ACTION_PLAN_PIPE_TABLE_CA];

describe.each(GOLDS)('$file ($layout, $language)', (gold) => {
  const doc = indexFixture(new URL(`./fixtures/${gold.file}`, import.meta.url), { ...gold.meta, kind: 'national-strategy' });
  const id = gold.meta.id;
  const of = (type: string) => doc.items.filter((i) => i.type === type);

  it('is detected as a national strategy by its structure', () => {
    const choice = chooseKind(doc.text);
    expect(choice.kind.kind, choice.detection.evidence.join('; ')).toBe('national-strategy');
  });

  it('loses less than 1 % of its text', () => {
    const { lostShare, lostLines } = doc.report.loss;
    expect(lostShare, `lost lines:\n${lostLines.join('\n')}`).toBeLessThan(0.01);
  });

  it('has the items counted by reading the document', () => {
    expect(doc.report.itemsByType).toEqual(gold.counts);
  });

  it('has the goals, with their titles', () => {
    expect(of('goal').map((g) => g.id.slice(id.length + 1)).sort()).toEqual(gold.goals.map((g) => g.key).sort());
    for (const g of gold.goals) {
      const goal = doc.byKey(g.key);
      expect(goal.title).toBe(g.title);
      expect(goal.number).toBe(g.number);
    }
  });

  it('has exactly the tasks of the gold, in document order', () => {
    expect(of('task').map((t) => t.number)).toEqual(gold.tasks.map((t) => t.number));
  });

  it.each(gold.tasks)('task $number: bodies, deadline, goal ($note)', (g) => {
    const task = doc.byKey(`task/${g.number}`);
    expect(task.text.startsWith(g.textStart), `text: ${task.text}`).toBe(true);
    expect(task.text.endsWith(g.textEnd), `text: ${task.text}`).toBe(true);
    expect(task.title).toBe(g.title);
    expect(task.commitment).toBe(true);
    expect(task.responsible).toEqual(g.responsible);
    expect(task.cooperating).toEqual(g.cooperating);
    expect(task.deadline).toBe(g.deadline);
    expect(task.due).toBe(g.due);
    expect(task.dueProblem).toBe(g.dueProblem);
    expect(task.start).toBe(g.start);
    expect(task.indicators).toBe(g.indicators);
    expect(task.financing).toBe(g.financing);
    expect(task.targetGroup).toBe(g.targetGroup);
    expect(task.parentId).toBe(g.parentKey ? `${id}/${g.parentKey}` : undefined);
    if (g.section) expect(task.section).toEqual(g.section);
    expect(task.footnotes?.map((f) => f.n)).toEqual(g.footnotes);
    for (const word of gold.notInTaskText ?? []) expect(task.text).not.toMatch(word);
  });

  it('has exactly the evaluations of the gold', () => {
    expect(of('evaluation').map((e) => e.number)).toEqual(gold.evaluations.map((e) => e.number));
  });

  it.each(gold.evaluations.length ? gold.evaluations : [undefined])('evaluation %#', (g) => {
    if (!g) return;
    const ev = doc.byKey(`eval/${g.number}`);
    expect(ev.text.startsWith(g.textStart), `text: ${ev.text}`).toBe(true);
    expect(ev.status).toBe(g.status);
    expect(ev.responsible).toEqual(g.responsible);
    expect(ev.deadline).toBe(g.deadline);
    expect(ev.timetable).toBe(g.timetable);
    expect(ev.due).toBe(g.due);
    expect(ev.dueProblem).toBe(g.dueProblem);
    expect(ev.commitment).toBeUndefined();
  });

  it.each(gold.tables ?? [undefined])('table %#', (g) => {
    if (!g) return;
    const table = doc.byKey(g.key);
    if (g.titleStart) expect(table.title?.startsWith(g.titleStart)).toBe(true);
    expect(table.rows).toHaveLength(g.rows);
    expect(table.rows?.[0]).toEqual(g.firstRow);
  });
});

describe('sort by deadline on the normalised deadline', () => {
  it('orders the numbered programme\'s tasks by when they are due, open-ended and permanent ones last', () => {
    const gold = PROGRAMME_NUMBERED_LT;
    const doc = indexFixture(new URL(`./fixtures/${gold.file}`, import.meta.url), { ...gold.meta, kind: 'national-strategy' });
    const engine = buildSearchEngine(doc.items.map((i) => ({ ...i, themes: [] })), { abbreviations: {} });
    const hits = engine.search({ filters: { type: ['task'] }, sort: 'deadline', limit: 20 }).hits;
    // Equal due dates (the end of 2002, of 2003, of 2004) keep document order.
    expect(hits.map((h) => h.item.number)).toEqual(['1.1', '1.3', '3.1', '3.2', '2.1', '2.3', '2.4', '3.3', '1.2', '3.4', '1.5', '2.2', '1.4', '3.5']);
  });
});
