// The API over the seeds indexed with UN review documents: "helplines" answers the
// recommendations of several bodies side by side with body and recommending-State counts, the
// review filters work, UN hits and documents carry their symbol and session, and the exports
// give the citation a reader needs.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadCrossBodyCorpus } from '../../test/support/cross-body-corpus.js';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  app = createApp(await loadCrossBodyCorpus());
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

/** A CSV export as rows of named cells. */
async function csvRows(query: string): Promise<Record<string, string>[]> {
  const text = (await (await get(`/api/search?${query}&format=csv&limit=5000`)).text()).replace(/^\uFEFF/, '').trimEnd();
  const cells = (row: string) => [...row.matchAll(/"((?:[^"]|"")*)"|(?<=^|,)(?=,|$)/g)].map((m) => (m[1] ?? '').replace(/""/g, '"'));
  // Rows hold line breaks inside quotes: split on CRLF only outside them.
  const rows = text.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const [header, ...body] = rows.map(cells);
  return body.map((row) => Object.fromEntries(header.map((name, k) => [name, row[k]])));
}

describe('exports', () => {
  it('give a UN recommendation its citation, symbol, recommending States and position', async () => {
    const rows = await csvRows('q=helplines&type=recommendation');
    const upr = rows.find((row) => row['Item id'] === 'upr-wg-report-examplia-2018/rec/118.4');
    expect(upr).toMatchObject({
      'Item number': '118.4', Citation: 'A/HRC/38/12, para. 118.4', 'Document symbol': 'A/HRC/38/12',
      'Recommended by': 'Maldives', 'Position of the State': 'Supported',
    });
    const lanzarote = rows.find((row) => row['Item id'] === 'lanzarote-factsheet-cz-2023/rec/VI-1');
    expect(lanzarote).toMatchObject({ 'Item number': 'VI-1', Citation: '', 'Document symbol': '' });
  });

  it('give an answer the question it answers, and a reply the recommendation', async () => {
    const rows = await csvRows('q=helpline');
    const answer = rows.find((row) => row.Type === 'Answer')!;
    expect(answer.Answers).toMatch(/^Question \d/);
    expect(answer['Wording of what it answers'].length).toBeGreaterThan(20);
    const json = await (await get('/api/search?q=helpline&format=json&limit=5000')).json();
    const same = json.hits.find((hit: { id: string }) => hit.id === answer['Item id']);
    expect(answer.Answers).toBe(`Question ${same.question.number}`);
    expect(answer['Wording of what it answers']).toContain(same.question.text);
    for (const row of rows.filter((r) => r.Type === 'Recommendation' || r.Type === 'Question')) expect(row.Answers, row['Item id']).toBe('');
  });

  it('export the fulfilment filter\'s rows with their fulfilment and responsible body', async () => {
    const rows = await csvRows('fulfilment=partially-met');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.Fulfilment, row['Item id']).toBe('Partially met');
    expect(rows.some((row) => row.Responsible !== '')).toBe(true);
    const json = await (await get('/api/search?fulfilment=partially-met&format=json&limit=5000')).json();
    expect(json.count).toBe(rows.length);
    expect(json.facets.fulfilment).toEqual({ 'partially-met': rows.length });
  });
});
