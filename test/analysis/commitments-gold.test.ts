// Commitments against the gold tables read off the documents by hand: every commitment of the
// shipped corpus (and nothing else), every commitment of the other Parties' replies, each a whole
// statement with its actor, deadline as printed and normal form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { questionRef } from '../../core/search/context.js';
import { readCommitments } from '../../indexer/analysis/commitments.js';
import { indexFixture } from '../support/index-fixture.js';
import { SEED_COMMITMENTS, SEED_EVALUATED_TASKS, type CommitmentGold } from './commitments.gold.js';
import { FIXTURE_COMMITMENTS } from './commitments-fixtures.gold.js';

const corpus = JSON.parse(readFileSync('corpus/items.json', 'utf8')) as Item[];

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v));
const isCommitment = (item: Item) => item.type === 'commitment' || item.commitment === true;

/** Every difference between the commitments found and the gold, one line each. */
function differences(items: readonly Item[], gold: readonly CommitmentGold[], prefix = ''): string[] {
  const out: string[] = [];
  const found = items.filter(isCommitment);
  const byId = new Map(found.map((item) => [item.id, item]));
  const goldIds = new Set(gold.map((g) => `${prefix}${g.id}`));
  for (const item of found) if (!goldIds.has(item.id)) out.push(`not in the gold: ${item.id} "${fold(item.text).slice(0, 100)}"`);
  for (const g of gold) {
    const item = byId.get(`${prefix}${g.id}`);
    if (!item) {
      out.push(`missing: ${g.id} "${g.starts}"`);
      continue;
    }
    const text = fold(item.text);
    if (!text.startsWith(fold(g.starts))) out.push(`${g.id} starts: got "${text.slice(0, 120)}", gold "${g.starts}"`);
    if (!text.endsWith(fold(g.ends))) out.push(`${g.id} ends: got "${text.slice(-120)}", gold "${g.ends}"`);
    const fields: [string, unknown, unknown][] = [
      ['responsible', item.responsible, g.responsible],
      ['cooperating', item.cooperating, g.cooperating],
      ['start', item.start, g.start],
      ['deadline', item.deadline, g.deadline],
      ['due', item.due, g.due],
      ['dueProblem', item.dueProblem, g.dueProblem],
      ['respondsTo', item.respondsTo, g.respondsTo === undefined ? undefined : `${prefix}${g.respondsTo}`],
    ];
    for (const [field, got, want] of fields) if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${g.id} ${field}: got ${show(got)}, gold ${show(want)}`);
  }
  return out;
}

/** What every commitment must be, whatever the document: a whole statement. */
function wholeStatementProblems(items: readonly Item[]): string[] {
  return items.filter(isCommitment).flatMap((item) => {
    const text = fold(item.text);
    const problems: string[] = [];
    if (/[.;:)]\s*(?:\d{1,2}|[a-z])[.)]$/.test(text)) problems.push(`${item.id} ends with the next list entry's number: "…${text.slice(-40)}"`);
    if (/^[\p{Ll}\d;,]/u.test(text)) problems.push(`${item.id} starts mid-statement: "${text.slice(0, 40)}…"`);
    if (item.deadline !== undefined && !/\d|year|annual|every|month|december|january|february|march|april|may|june|july|august|september|october|november/i.test(item.deadline)) {
      problems.push(`${item.id} deadline is no date: "${item.deadline}"`);
    }
    return problems;
  });
}

describe('commitments of the seeds (corpus/items.json)', () => {
  it('are exactly the gold commitments, each with its statement, actor and deadline', () => {
    expect(differences(corpus, SEED_COMMITMENTS)).toEqual([]);
  });

  it('are whole statements', () => {
    expect(wholeStatementProblems(corpus)).toEqual([]);
  });

  it('show a repeated answer with the question it answers', () => {
    const lookup = (id: string) => corpus.find((item) => item.id === id);
    const byText = new Map<string, Item[]>();
    for (const item of corpus.filter(isCommitment)) byText.set(fold(item.text), [...(byText.get(fold(item.text)) ?? []), item]);
    const repeated = [...byText.values()].filter((group) => group.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    for (const group of repeated) {
      const questions = group.map((item) => questionRef(item, lookup)?.text);
      for (const question of questions) expect(question, group[0].id).toBeTruthy();
      expect(new Set(questions).size, group.map((i) => i.id).join(', ')).toBe(group.length);
    }
  });

  it('keep the evaluated tasks of the previous strategy with their timetable as printed, a misprinted range flagged', () => {
    const evaluations = corpus.filter((item) => item.type === 'evaluation');
    expect(evaluations.map((e) => e.id)).toEqual(SEED_EVALUATED_TASKS.map((g) => g.id));
    for (const g of SEED_EVALUATED_TASKS) {
      const e = evaluations.find((item) => item.id === g.id)!;
      expect(fold(e.text).startsWith(fold(g.starts)), g.id).toBe(true);
      expect({ responsible: e.responsible, cooperating: e.cooperating, timetable: e.timetable, due: e.due, dueProblem: e.dueProblem, status: e.status }, g.id)
        .toEqual({ responsible: g.responsible, cooperating: g.cooperating, timetable: g.timetable, due: g.due, dueProblem: g.dueProblem, status: g.status });
    }
  });
});

describe.each(FIXTURE_COMMITMENTS)('commitments of another Party\'s reply: $name', (fixture) => {
  const indexed = indexFixture(fixture.file, fixture.meta);
  const items = readCommitments(indexed.items);

  it('are exactly the gold commitments, each with its statement, actor and deadline', () => {
    expect(differences(items, fixture.commitments, `${fixture.meta.id}/`)).toEqual([]);
  });

  it('are whole statements', () => {
    expect(wholeStatementProblems(items)).toEqual([]);
  });
});
