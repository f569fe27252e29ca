// What each user types must find what they mean: answers with their questions, long forms of
// abbreviations typed loosely, citations from the search box, BM25F that does not favour long
// answers, and nothing done to the query silently. Hand-made items (makeItem), each saying
// in its id what it is there to test.
import { describe, expect, it } from 'vitest';
import { ids, makeItem } from '../../test/support/search-fixtures.js';
import { buildSearchEngine } from './index.js';
import type { Lexicon, SearchParams } from './types.js';

const Q = 'reply-2018';
const ITEMS = [
  makeItem(`${Q}/q/6.1`, 'What specific reporting mechanisms, including helplines, are in place for child victims?', {
    document: Q, type: 'question', number: '6.1', section: ['Question 6. Assistance to victims'],
  }),
  makeItem(`${Q}/a/6.1`, 'A special police line takes reports online, anonymously and safely.', {
    document: Q, type: 'answer', respondsTo: `${Q}/q/6.1`, section: ['Question 6. Assistance to victims'],
  }),
  makeItem(`${Q}/q/9.1`, 'Does national law criminalise cases when adults:', { document: Q, type: 'question', number: '9.1' }),
  makeItem(`${Q}/q/9.1.a`, 'possess child self-generated sexually explicit images?', {
    document: Q, type: 'question', number: '9.1.a', parentId: `${Q}/q/9.1`,
  }),
  makeItem(`${Q}/a/9.1.a`, 'Yes, under Section 192 of the Criminal Code.', { document: Q, type: 'answer', respondsTo: `${Q}/q/9.1.a` }),
  makeItem('fs/rec/VI-1', 'The Committee requires the setting up of helplines.', {
    document: 'fs', type: 'recommendation', urgency: 'require', refs: { recommendations: ['VI-1'], paragraphs: [] },
    section: ['VI. Assistance to victims'],
  }),
  makeItem('fs/obs/II/4', 'The Committee observes that threats are an element of sexual coercion.', {
    document: 'fs', type: 'observation', refs: { recommendations: [], paragraphs: [102, 104] },
    section: ['II. Legal frameworks', 'On the prosecution of sexual extortion of children'],
  }),
  makeItem('fs/para/mentions-104', 'As paragraph 104 of the report explains, coercion is widespread.', { document: 'fs' }),
  makeItem('fs/rec/long-answer-style', `${'The authorities described the helplines, the police and the schools at length, and the helplines again. '.repeat(8)}Interpreters help.`, {
    document: 'fs', type: 'answer',
  }),
  makeItem('fs/rec/interpreters', 'The Committee invites Parties to provide interpreters at helplines.', {
    document: 'fs', type: 'recommendation', urgency: 'invite',
  }),
  makeItem('fs/obs/csam-abbreviated', 'Prosecutors review CSAM seized from suspects.', { document: 'fs', type: 'observation' }),
  makeItem('gr/rec/7.2', 'ensuring that victims can effectively receive compensation from the offenders', {
    document: 'gr', type: 'recommendation', number: '7.2', body: 'GRETA',
  }),
  makeItem('gr/reply/7.2', 'The Probation and Mediation Service assists victims with settlements.', {
    document: 'gr', type: 'response', number: '7.2', respondsTo: 'gr/rec/7.2', body: 'GRETA',
  }),
  makeItem('ns/eval/5', 'Regional cooperation of the police and child protection departments was not strengthened.', {
    document: 'ns', type: 'evaluation', status: 'not-met', responsible: ['MOI (CPD, P CR)'],
  }),
  makeItem('ns/eval/6', 'The audit of police training was partly carried out.', {
    document: 'ns', type: 'evaluation', status: 'partially', responsible: ['MOI'],
  }),
  makeItem('ns/task/2.3', 'Create a card of the rights of employees.', { document: 'ns', type: 'task', responsible: ['MLSA'] }),
  makeItem('ns/phase', 'The pilot phase of the programme began in 2024.', { document: 'ns' }),
];

const LEXICON: Lexicon = {
  abbreviations: { CSAM: ['child sexual abuse material'] },
  english: ['phrase', 'phase', 'helpline', 'police'],
  documentSymbols: { gr: ['CP/Rec(2024)10'] },
};

const engine = buildSearchEngine(ITEMS, LEXICON);
const find = (q: string, extra: Partial<SearchParams> = {}) => engine.search({ q, limit: 50, ...extra });

describe('an answer carries its question', () => {
  it('a query phrased like the question finds the answer too, right after its question', () => {
    const hits = ids(find('what reporting mechanisms are there for child victims').hits);
    expect(hits.slice(0, 2)).toEqual([`${Q}/q/6.1`, `${Q}/a/6.1`]);
  });

  it("shows the question on the answer's hit, with the lead-in of a sub-question, and highlights it", () => {
    const answer = find('national law criminalise adults possess images').hits.find((h) => h.item.id === `${Q}/a/9.1.a`)!;
    expect(answer.question).toEqual({
      id: `${Q}/q/9.1.a`, type: 'question', number: '9.1.a',
      text: 'possess child self-generated sexually explicit images?', lead: 'Does national law criminalise cases when adults:',
    });
    expect(answer.highlights.question).toContain('<mark>possess</mark>');
  });

  it('does not lift a question its answer alone matches', () => {
    const hits = find('anonymously').hits;
    expect(ids(hits)).toEqual([`${Q}/a/6.1`]);
    expect(hits[0].question?.id).toBe(`${Q}/q/6.1`);
  });
});

describe('abbreviations both ways, long forms typed loosely', () => {
  it.each([
    ['child sexual abuse material', 'the long form as defined'],
    ['child abuse material', 'a word left out'],
    ['abuse material child sexual', 'the words in another order'],
  ])('%s finds the item that prints CSAM (%s)', (q) => {
    const result = find(q);
    expect(ids(result.hits)).toContain('fs/obs/csam-abbreviated');
    expect(Object.values(result.parsed.expansions).flat()).toContain('CSAM');
  });

  it('a run that says more than the long form is not taken for it', () => {
    expect(Object.values(find('child material').parsed.expansions).flat()).not.toContain('CSAM');
  });
});

describe('ranking (BM25F)', () => {
  it('a short recommendation stating the point ranks above a long text repeating the words', () => {
    const hits = ids(find('interpreters helplines').hits);
    expect(hits[0]).toBe('fs/rec/interpreters');
  });
});

describe('citations from the search box', () => {
  it.each(['paragraph 104', 'para 104', 'Para. 104', '¶104', '§ 104'])('%s lists the citing item first, then text that mentions it', (q) => {
    const result = find(q);
    expect(ids(result.hits)).toEqual(['fs/obs/II/4', 'fs/para/mentions-104']);
    expect(result.hits[0].cites).toBe(true);
    expect(result.hits[1].cites).toBeUndefined();
    expect(result.parsed.citations).toEqual([{ kind: 'paragraph', typed: q, ref: '104', filter: 'para:104', label: 'cites paragraph 104', items: 1 }]);
  });

  it('a citation with words ranks the citing items by the words', () => {
    expect(ids(find('paragraph 104 coercion').hits)).toEqual(['fs/obs/II/4', 'fs/para/mentions-104']);
  });

  it('a recommendation by number, alone or named, finds it and its reply', () => {
    expect(ids(find('Recommendation 7.2').hits).slice(0, 2)).toEqual(['gr/rec/7.2', 'gr/reply/7.2']);
    expect(ids(find('VI-1').hits)[0]).toBe('fs/rec/VI-1');
    expect(ids(find('Rec VI-1').hits)[0]).toBe('fs/rec/VI-1');
  });

  it('a numbered question comes with its answer', () => {
    expect(ids(find('question 6.1').hits).slice(0, 2)).toEqual([`${Q}/q/6.1`, `${Q}/a/6.1`]);
    expect(ids(find('6.1').hits)[0]).toBe(`${Q}/q/6.1`);
  });

  it('a document symbol finds the items of the document answering it', () => {
    const result = find('CP/Rec(2024)10');
    expect(new Set(ids(result.hits))).toEqual(new Set(['gr/rec/7.2', 'gr/reply/7.2']));
    expect(result.parsed.citations[0]).toMatchObject({ kind: 'symbol', label: 'cites CP/Rec(2024)10', items: 2 });
  });

  it('a citation nothing cites says so', () => {
    const result = find('paragraph 999');
    expect(result.count).toBe(0);
    expect(result.parsed.notices).toEqual([{ code: 'not-cited', subject: ['paragraph 999'], message: 'No item cites paragraph 999: showing items that mention it.' }]);
  });
});

describe('nothing silently ignored', () => {
  it('never rewrites an English word, says no item has it and offers the nearest', () => {
    const result = find('phrase');
    expect(result.parsed.corrections).toEqual({});
    expect(result.count).toBe(0);
    expect(result.parsed.notices).toEqual([{ code: 'not-found', subject: ['phrase'], message: 'No item contains “phrase”. Did you mean “phase”?' }]);
    expect(result.parsed.didYouMean).toBe('phase');
  });

  it('without the word list the same query would be corrected (the list is what stops it)', () => {
    const noEnglish = buildSearchEngine(ITEMS, { ...LEXICON, english: undefined });
    expect(noEnglish.search({ q: 'phrase' }).parsed.corrections).toEqual({ phrase: 'phase' });
  });

  it('corrects a typo, says so, and offers to search the words as typed (verbatim)', () => {
    const result = find('helpllines');
    expect(result.parsed.corrections).toEqual({ helpllines: 'helplines' });
    expect(result.parsed.searchInsteadFor).toBe('helpllines');
    expect(result.parsed.notices.map((n) => n.code)).toEqual(['corrected']);
    const verbatim = find('helpllines', { verbatim: true });
    expect(verbatim.parsed.corrections).toEqual({});
    expect(verbatim.count).toBe(0);
    expect(verbatim.parsed.notices.map((n) => n.code)).toEqual(['not-found']);
  });

  it('reports an unclosed quote and searches its words one by one', () => {
    const result = find('"sexual coercion');
    expect(result.parsed.phrases).toEqual([]);
    expect(ids(result.hits)[0]).toBe('fs/obs/II/4');
    expect(result.parsed.notices[0]).toMatchObject({ code: 'unclosed-quote', subject: ['sexual coercion'] });
  });

  it('a phrase found in no item is reported', () => {
    const notices = find('helplines "coercion helplines"').parsed.notices;
    expect(notices).toEqual([{ code: 'not-found', subject: ['coercion helplines'], message: 'No item contains “coercion helplines”.' }]);
  });

  it('highlights a match found only in a section heading there', () => {
    const hit = find('extortion').hits.find((h) => h.item.id === 'fs/obs/II/4')!;
    expect(hit.highlights.section).toBe('II. Legal frameworks › On the prosecution of sexual <mark>extortion</mark> of children');
    expect(find('coercion').hits.find((h) => h.item.id === 'fs/obs/II/4')!.highlights.section).toBeUndefined();
  });
});

describe('commitments a journalist can trust', () => {
  it('filters by fulfilment, partially-met standing for the status "partially"', () => {
    expect(ids(find('', { filters: { fulfilment: ['not-met'] } }).hits)).toEqual(['ns/eval/5']);
    expect(ids(find('', { filters: { fulfilment: ['partially-met', 'not-met'] } }).hits)).toEqual(['ns/eval/5', 'ns/eval/6']);
  });

  it('counts fulfilment and the responsible body (departments in parentheses folded) when asked', () => {
    const { facets } = find('', { facets: ['type', 'fulfilment', 'responsible'] });
    expect(facets.fulfilment).toEqual({ 'not-met': 1, 'partially-met': 1 });
    expect(facets.responsible).toEqual({ MOI: 2, MLSA: 1 });
    expect(Object.keys(facets)).toEqual(['type', 'fulfilment', 'responsible']);
    expect(ids(find('', { filters: { responsible: ['MOI'] } }).hits)).toEqual(['ns/eval/5', 'ns/eval/6']);
  });

  it('counts the served facets only, by default', () => {
    expect(Object.keys(find('police').facets)).not.toContain('responsible');
  });
});
