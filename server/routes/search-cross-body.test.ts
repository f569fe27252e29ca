// The API over the seeds indexed with UN review documents: "helplines" answers the
// recommendations of several bodies side by side with body and recommending-State counts, the
// review filters work, UN hits and documents carry their symbol and session, and the exports
// give the citation a reader needs.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadCorpusFromDir } from '../node/corpus-files.js';
import { buildCrossBodyCorpus } from '../../test/support/cross-body-corpus.js';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  const { outDir, run } = await buildCrossBodyCorpus();
  expect(run.failures).toEqual([]);
  app = createApp(loadCorpusFromDir(outDir));
}, 90_000);

const get = async (path: string) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res;
};
const json = async (path: string) => (await get(path)).json();

describe('search across bodies', () => {
  it('"helplines" finds recommendations of several bodies, counted by body and recommending State', async () => {
    const body = await json('/api/search?q=helplines&type=recommendation&limit=50');
    const bodies = new Set(body.hits.map((hit: { body: string }) => hit.body));
    expect(bodies.size).toBeGreaterThan(1);
    expect(Object.keys(body.facets.body).length).toBe(bodies.size);
    for (const name of ['Lanzarote Committee', 'GRETA', 'Working Group on the Universal Periodic Review']) expect(bodies).toContain(name);
    expect(Object.keys(body.facets.recommendingState).length).toBeGreaterThan(0);
    expect(body.facets.position).toMatchObject({ supported: expect.any(Number) });
    const upr = body.hits.find((hit: { body: string }) => hit.body === 'Working Group on the Universal Periodic Review');
    expect(upr).toMatchObject({ symbol: expect.stringMatching(/^A\/HRC\/\d+\/\d+$/), number: expect.any(String), recommendingStates: expect.any(Array) });
  });

  it('filters by recommending State and position, and refuses a State no recommendation names', async () => {
    const maldives = await json('/api/search?recommendingState=Maldives');
    expect(maldives.count).toBeGreaterThan(0);
    for (const hit of maldives.hits) expect(hit.recommendingStates).toContain('Maldives');
    const noted = await json('/api/search?position=noted&type=recommendation&limit=0');
    expect(noted.facets.position).toEqual({ noted: noted.count });
    const refused = await app.request('/api/search?recommendingState=Atlantis');
    expect(refused.status).toBe(400);
    const { error } = await refused.json();
    expect(error.code).toBe('value_not_allowed');
    expect(error.message).toContain('Maldives');
  });

  it('lists the UN documents with their symbol and session', async () => {
    const { documents } = await json('/api/documents');
    const upr = documents.find((doc: { id: string }) => doc.id === 'upr-wg-report-examplia-2018');
    expect(upr).toMatchObject({ symbol: 'A/HRC/38/12', session: 29 });
  });
});
