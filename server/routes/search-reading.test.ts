// GET /api/search over the committed corpus: how the query was read (parsed citations, notices,
// "search instead for", "did you mean", verbatim), the fulfilment and responsible facets and
// filters, and the hit fields a card shows (the question of an answer, cites, number).
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';

const app = createApp(loadCorpusFromDir('corpus'));
const get = async (query: string) => {
  const res = await app.request(`/api/search?${query}`);
  expect(res.status, query).toBe(200);
  return res.json();
};

describe('parsed', () => {
  it('carries the citations of the query, and lists the items citing them first, marked cites', async () => {
    for (const typed of ['paragraph 104', 'para 104', '¶104', '§ 104']) {
      const body = await get(`q=${encodeURIComponent(typed)}`);
      expect(body.parsed.citations, typed).toEqual([
        expect.objectContaining({ kind: 'paragraph', typed, ref: '104', filter: 'para:104', label: 'cites paragraph 104' }),
      ]);
      const citing = body.parsed.citations[0].items;
      expect(citing).toBeGreaterThan(0);
      expect(body.hits.slice(0, citing).every((hit: { cites?: boolean }) => hit.cites === true), typed).toBe(true);
      expect(body.hits.slice(citing).some((hit: { cites?: boolean }) => hit.cites), typed).toBe(false);
    }
  });

  it('says why a query with no searchable word finds nothing, instead of listing every item', async () => {
    const body = await get(`q=${encodeURIComponent('of the')}`);
    expect(body.count).toBe(0);
    expect(body.parsed.notices).toEqual([expect.objectContaining({ code: 'no-searchable-words', subject: ['of the'] })]);
  });

  it('reports an unclosed quote and searches its words', async () => {
    const body = await get(`q=${encodeURIComponent('"helpline')}`);
    expect(body.count).toBeGreaterThan(0);
    expect(body.parsed.notices.map((n: { code: string }) => n.code)).toContain('unclosed-quote');
  });

  it('offers the query as typed after a correction, and searches it so with verbatim=true', async () => {
    const corrected = await get('q=helpine');
    expect(corrected.parsed.corrections).toEqual({ helpine: 'helplines' });
    expect(corrected.parsed.searchInsteadFor).toBe('helpine');
    expect(corrected.count).toBeGreaterThan(0);
    const verbatim = await get('q=helpine&verbatim=true');
    expect(verbatim.query).toMatchObject({ q: 'helpine', verbatim: true });
    expect(corrected.query.verbatim).toBeUndefined();
    expect(verbatim.parsed.corrections).toEqual({});
    expect(verbatim.parsed.searchInsteadFor).toBeUndefined();
    expect(verbatim.count).toBe(0);
    expect(verbatim.parsed.notices).toEqual([expect.objectContaining({ code: 'not-found', subject: ['helpine'] })]);
  });

  it('offers, without applying, the nearest words for an English word no item has', async () => {
    const body = await get('q=phrase');
    expect(body.parsed.corrections).toEqual({});
    expect(body.parsed.didYouMean).toBe('phase');
  });
});

describe('fulfilment and responsible', () => {
  it('counts fulfilment and responsible in every answer, and filters by them', async () => {
    const all = await get('limit=0');
    expect(Object.keys(all.facets.fulfilment).sort()).toEqual(['different', 'met', 'not-met', 'partially-met']);
    expect(all.facets.responsible.MOI).toBeGreaterThan(0);
    const met = await get('fulfilment=met&limit=100');
    expect(met.count).toBe(all.facets.fulfilment.met);
    expect(met.facets.fulfilment).toEqual({ met: met.count });
    expect(met.hits.every((hit: { status?: string }) => hit.status === 'met')).toBe(true);
    const both = await get('fulfilment=met&fulfilment=partially-met&limit=0');
    expect(both.count).toBe(all.facets.fulfilment.met + all.facets.fulfilment['partially-met']);
    const moi = await get('responsible=MOI&limit=100');
    expect(moi.count).toBe(all.facets.responsible.MOI);
    for (const hit of moi.hits) expect(hit.responsible.some((r: string) => r.startsWith('MOI')), hit.id).toBe(true);
  });

  it('answers with the review facets empty where the corpus has no review document', async () => {
    const all = await get('limit=0');
    expect(all.facets.recommendingState).toEqual({});
    expect(all.facets.position).toEqual({});
  });
});

describe('hits', () => {
  it('carry the question an answer answers, and the number of numbered items', async () => {
    const body = await get('q=helpline&limit=20');
    const answer = body.hits.find((hit: { type: string }) => hit.type === 'answer');
    expect(answer.question).toMatchObject({ type: 'question', id: expect.stringContaining('/q/'), text: expect.any(String) });
    expect(answer.question.number).toBeTruthy();
    const question = body.hits.find((hit: { id: string }) => hit.id === answer.question.id);
    expect(question?.number).toBe(answer.question.number);
    for (const hit of body.hits) if (hit.type !== 'answer' && hit.type !== 'response' && hit.type !== 'commitment') expect(hit.question, hit.id).toBeUndefined();
  });

  it('carry the recommendation number as label, the printed number where there is one', async () => {
    const body = await get('type=recommendation&limit=100');
    expect(body.hits.length).toBeGreaterThan(0);
    for (const hit of body.hits) {
      expect(hit.label, hit.id).toBeTruthy();
      if (hit.number !== undefined) expect(hit.label, hit.id).toBe(hit.number);
    }
    // One recommendation worded once for several numbers carries them all.
    const several = body.hits.find((hit: { id: string }) => hit.id === 'lanzarote-factsheet-cz-2023/rec/V-4+V-7+V-12+V-15');
    expect(several.label).toBe('V-4, V-7, V-12, V-15');
    const lanzarote = body.hits.find((hit: { id: string }) => hit.id === 'lanzarote-factsheet-cz-2023/rec/II-6');
    expect(lanzarote?.label).toBe('II-6');
  });
});
