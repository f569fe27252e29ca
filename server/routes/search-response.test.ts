// searchAnswerJson must write exactly what JSON.stringify writes for the answer object the API
// documents ({ ...item, score, partial, highlights, cites?, question? } per hit), whatever the items hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchHit, Sort } from '../../core/search/index.js';
import { smallCorpus } from '../../test/support/small-corpus.js';
import type { SearchResponse } from '../docs/response-schemas.js';
import { hitItem, searchAnswerJson, type SearchAnswer } from './search-response.js';

const asPlainObject = (answer: SearchAnswer) => ({
  ...answer,
  hits: answer.hits.map((hit) => ({
    ...hitItem(hit.item), score: hit.score, partial: hit.partial === true, highlights: hit.highlights,
    ...(hit.cites ? { cites: true } : {}), ...(hit.question ? { question: hit.question } : {}),
  })),
});

const NO_FACETS = { type: {}, urgency: {}, body: {}, year: {}, theme: {}, document: {}, addressee: {}, commitment: {} };

const answerFor = (hits: SearchHit[], sort?: Sort): SearchAnswer => ({
  query: { q: 'x', filters: { theme: ['a'] }, limit: 10, offset: 0, sort },
  count: hits.length,
  hits,
  facets: { ...NO_FACETS, type: { recommendation: 2 } },
  tookMs: 0.123,
  parsed: { terms: ['x'], phrases: [], excluded: [], alternatives: [], expansions: {}, corrections: {}, citations: [], notices: [] },
});

describe('searchAnswerJson', () => {
  const corpus = smallCorpus();

  it.each(['helpline', 'trafficking children', '"child protection"', 'zzzz', '', 'paragraph 104', 'training professionals answer'])('equals JSON.stringify for the search %j', (q) => {
    const result = corpus.engine.search({ q, filters: {}, limit: 20 });
    const answer = { ...answerFor(result.hits), count: result.count, facets: result.facets, parsed: result.parsed };
    expect(searchAnswerJson(answer)).toBe(JSON.stringify(asPlainObject(answer)));
  });

  it('gives the same text for the same hits again (the second answer reuses the stringified items)', () => {
    const hits = corpus.engine.search({ q: 'helpline', filters: {}, limit: 5 }).hits;
    expect(searchAnswerJson(answerFor(hits))).toBe(searchAnswerJson(answerFor(hits)));
  });

  it('equals JSON.stringify for arbitrary item texts, scores and highlights', () => {
    const template = corpus.items[0];
    fc.assert(fc.property(
      fc.array(fc.record({
        text: fc.string({ unit: 'binary' }), title: fc.option(fc.string(), { nil: undefined }),
        score: fc.double(), partial: fc.option(fc.boolean(), { nil: undefined }),
        highlight: fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
      }), { maxLength: 5 }),
      fc.option(fc.constantFrom('relevance', 'deadline'), { nil: undefined }),
      (specs, sort) => {
        const hits: SearchHit[] = specs.map((spec, k) => ({
          item: { ...template, id: `${template.id}/${k}`, text: spec.text, title: spec.title },
          score: spec.score,
          highlights: spec.highlight === undefined ? {} : { text: spec.highlight },
          ...(spec.partial === undefined ? {} : { partial: spec.partial }),
        }));
        const answer = answerFor(hits, sort);
        expect(searchAnswerJson(answer)).toBe(JSON.stringify(asPlainObject(answer)));
      },
    ), { numRuns: 200 });
  });
});

describe('the answer as sent', () => {
  it('is what the documented SearchResponse describes (checked by tsc, test/typecheck.test.ts)', () => {
    type Sent = Omit<SearchAnswer, 'hits'> & {
      hits: (ReturnType<typeof hitItem> & { score: number; partial: boolean; highlights: SearchHit['highlights'] })[];
    };
    // Compiles only while every answer this module writes is a documented SearchResponse.
    const asDocumented = (answer: Sent): SearchResponse => answer;
    const corpus = smallCorpus();
    const result = corpus.engine.search({ q: 'helpline', limit: 5 });
    const sent = JSON.parse(searchAnswerJson({ ...answerFor(result.hits), facets: result.facets }));
    expect(asDocumented(sent)).toEqual(sent);
  });
});

describe('search hits', () => {
  it('carry the item without its related list, which the item page has', () => {
    const corpus = smallCorpus();
    const withRelated = corpus.items.find((item) => (item.related?.length ?? 0) > 0);
    expect(withRelated, 'the small corpus has an item with related items').toBeDefined();
    const hits = corpus.engine.search({ q: withRelated!.text.split(/\s+/).slice(0, 6).join(' '), limit: 50 }).hits;
    expect(hits.some((hit) => hit.item.id === withRelated!.id)).toBe(true);
    const answer = JSON.parse(searchAnswerJson(answerFor(hits))) as { hits: Record<string, unknown>[] };
    expect(answer.hits.find((hit) => hit.id === withRelated!.id)).not.toHaveProperty('related');
    expect(answer.hits.find((hit) => hit.id === withRelated!.id)).toMatchObject({ text: withRelated!.text });
  });
});
