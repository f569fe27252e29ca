// Analysis across documents, checked against what a reader finds in the seeds by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { findCommitments } from '../../indexer/analysis/commitments.js';

const items = JSON.parse(readFileSync('corpus/items.json', 'utf8')) as Item[];
const byId = (id: string) => items.find((i) => i.id === id)!;

describe('commitments found in replies', () => {
  const cases: { sentence: string; year: number; deadline: string | undefined; note: string }[] = [
    { sentence: 'From July 1, 2026, this obligation will be extended to all employees.', year: 2025, deadline: '2026-07-01', note: 'month day, year' },
    { sentence: 'A new mandatory training program for judges will be introduced in 2026, requiring individual educational plans.', year: 2025, deadline: '2026', note: 'year only' },
    { sentence: 'The act will enter into force on 1 January 2027.', year: 2025, deadline: '2027-01-01', note: 'day month year' },
    { sentence: 'In 2021, as part of the TRIPS project, a handbook was developed.', year: 2025, deadline: undefined, note: 'past, no promise' },
    { sentence: 'The study was published in 2019 and will be updated.', year: 2025, deadline: undefined, note: 'a promise with only a past date' },
  ];
  it.each(cases)('$note', ({ sentence, year, deadline }) => {
    const found = findCommitments(sentence, year);
    expect(found[0]?.date?.due).toBe(deadline);
  });

  // Other countries' replies: their citations and institutions, not the seeds'.
  const actors: { sentence: string; responsible: string[] | undefined; deadline: string; note: string }[] = [
    { sentence: 'Pursuant to Law Nr. 12 of 2019, the Ministry of Social Affairs and Health shall adopt a decree by June 2026.', responsible: ['Ministry of Social Affairs and Health'], deadline: '2026-06', note: 'another citation form does not cut the sentence; "and" inside the name' },
    { sentence: 'The National Bureau of Investigation will set up a unit on trafficking by 1 March 2026.', responsible: ['National Bureau of Investigation'], deadline: '2026-03-01', note: 'a bureau' },
    { sentence: 'The Labour Inspectorate and the Police Department under the Ministry of the Interior will carry out joint inspections from 2026.', responsible: ['Labour Inspectorate', 'Police Department under the Ministry of the Interior'], deadline: '2026', note: 'two bodies' },
    { sentence: 'Until the Integration Fund period ends in 2027, the Ministry of Labour and The Labour Inspection Office will train inspectors.', responsible: ['Ministry of Labour', 'Labour Inspection Office'], deadline: '2027', note: 'the subject of the promise, not the fund named before it' },
    { sentence: 'Le ministère de la Justice présentera un projet de loi qui entrera en vigueur le 1er janvier 2027.', responsible: ['ministère de la Justice'], deadline: '2027-01-01', note: 'French' },
    { sentence: 'From 1 July 2026, employers will report every temporary contract.', responsible: undefined, deadline: '2026-07-01', note: 'no actor named' },
  ];
  it.each(actors)('actor: $note', ({ sentence, responsible, deadline }) => {
    const [found] = findCommitments(`The previous law dates from 2010. ${sentence}`, 2025);
    expect(found?.statement).toBe(sentence);
    expect(found?.responsible).toEqual(responsible);
    expect(found?.date?.due).toBe(deadline);
  });

  it('stores dated promises of the GRETA reply as commitment items under their reply', () => {
    const commitments = items.filter((i) => i.type === 'commitment' && i.document === 'greta-reply-cz-2025');
    // "this obligation" points back: the statement carries the sentence that says which.
    const july = commitments.find((c) => c.text.endsWith('From July 1, 2026, this obligation will be extended to all employees.'));
    expect(july).toMatchObject({ deadline: 'From July 1, 2026', due: '2026-07-01', commitment: true, parentId: 'greta-reply-cz-2025/reply/2.2' });
    expect(july!.text).toMatch(/^At the same time, an amendment will come into effect/);
    const judges = commitments.find((c) => c.text.includes('mandatory training program for judges'));
    expect(judges?.due).toBe('2026');
    for (const c of commitments) expect(byId(c.parentId!).text).toContain(c.text.slice(0, 40));
  });
});

describe('related items across documents', () => {
  it('links the factsheet helpline recommendation to the reply on helplines of the same monitoring round, saying why', () => {
    const related = byId('lanzarote-factsheet-cz-2023/rec/VI-1').related ?? [];
    const answer = related.find((r) => r.id === 'lanzarote-questionnaire-reply-cz-2018/a/6.1');
    expect(answer?.terms).toContain('helplines');
    expect(byId('lanzarote-questionnaire-reply-cz-2018/a/6.1').text).toMatch(/helpline/i);
    for (const r of related) expect(byId(r.id).document).not.toBe('lanzarote-factsheet-cz-2023');
  });

  it('ranks related items by score', () => {
    for (const item of items.filter((i) => i.related)) {
      const scores = item.related!.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('stats', () => {
  const stats = JSON.parse(readFileSync('corpus/stats.json', 'utf8')) as { fulfilment: Record<string, number>; deadlinesByYear: Record<string, number>; requireShareByTheme: Record<string, number> };

  it('reports the 2016–2019 fulfilment as the strategy evaluates its 13 tasks', () => {
    expect(stats.fulfilment).toEqual({ different: 1, met: 9, 'not-met': 1, partially: 2 });
  });

  it('counts task deadlines by year as printed in the task tables', () => {
    const taskDeadlines = items.filter((i) => i.type === 'task').map((i) => i.deadline);
    expect(taskDeadlines.filter((d) => d === '2023')).toHaveLength(8);
    expect(stats.deadlinesByYear['2023']).toBeGreaterThanOrEqual(8);
  });
});
