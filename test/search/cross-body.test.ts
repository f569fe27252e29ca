// Search across bodies: the shipped seeds indexed together with UN review documents and a
// further GRETA reply. "helplines" finds the Lanzarote Committee's, GRETA's, the Universal
// Periodic Review's and a treaty body's recommendations side by side, faceted by body and,
// when asked, by recommending State and position; the review facets filter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchEngine, type SearchEngine } from '../../core/search/index.js';
import { buildCrossBodyCorpus } from '../support/cross-body-corpus.js';

let engine: SearchEngine;
beforeAll(async () => {
  const { outDir, run, items } = await buildCrossBodyCorpus();
  expect(run.failures).toEqual([]);
  engine = loadSearchEngine(readFileSync(join(outDir, 'search-index.json'), 'utf8'), items);
}, 60_000);

describe('"helplines" across bodies', () => {
  it('finds the recommendations of four bodies side by side', () => {
    const result = engine.search({ q: 'helplines', filters: { type: ['recommendation'] }, limit: 50 });
    expect(Object.keys(result.facets.body).sort()).toEqual([
      'Committee on the Rights of the Child', 'GRETA', 'Lanzarote Committee', 'Working Group on the Universal Periodic Review',
    ]);
    const ids = result.hits.map((h) => h.item.id);
    expect(ids).toEqual(expect.arrayContaining([
      'lanzarote-factsheet-cz-2023/rec/VI-1', 'greta-reply-helpline-2024/rec/1',
      'upr-wg-report-examplia-2018/rec/118.4', 'upr-wg-report-ruritania-2016/rec/97.2',
      'crc-concluding-observations-examplia-2018/para/8(b)',
    ]));
  });

  it('counts recommending States and positions when asked, and only then', () => {
    const plain = engine.search({ q: 'helplines', filters: { type: ['recommendation'] } });
    expect(Object.keys(plain.facets)).not.toContain('recommendingState');
    const faceted = engine.search({ q: 'helplines', filters: { type: ['recommendation'] }, facets: ['recommendingState', 'position'] });
    // 118.5 and 118.6 share 118.4's explanation in the addendum ("The national child helpline …").
    expect(faceted.facets.recommendingState).toEqual({ Belarus: 1, Ireland: 1, Maldives: 1, Portugal: 1 });
    // 118.4–118.6 take their position from the addendum, 97.2 from the report itself.
    expect(faceted.facets.position).toEqual({ supported: 4 });
  });

  it('filters by recommending State and by position', () => {
    const byState = engine.search({ q: '', filters: { recommendingState: ['Maldives'] } });
    expect(byState.hits.map((h) => h.item.id)).toEqual(['upr-wg-report-examplia-2018/rec/118.4']);
    const noted = engine.search({ q: '', filters: { type: ['recommendation'], position: ['noted'] }, limit: 50 });
    expect(noted.hits.map((h) => h.item.id).sort()).toEqual([
      'upr-wg-report-examplia-2018/rec/118.2', 'upr-wg-report-examplia-2018/rec/118.8',
      'upr-wg-report-ruritania-2016/rec/99.1', 'upr-wg-report-ruritania-2016/rec/99.2',
    ]);
    const ofTheNetherlands = engine.search({ q: 'Netherlands', filters: { type: ['recommendation'] } });
    expect(ofTheNetherlands.hits.map((h) => h.item.id)).toContain('upr-wg-report-ruritania-2016/rec/98.5');
  });

  it('gives each UN item its citation: the symbol and its number', () => {
    const hit = engine.search({ q: '', filters: { recommendingState: ['Maldives'] } }).hits[0].item;
    expect(hit).toMatchObject({ symbol: 'A/HRC/38/12', number: '118.4', session: 29, round: '3rd cycle' });
  });
});
