// /api/documents, /api/stats, /api/openapi.json and the docs page.
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { honoPath } from '../route-contract.js';
import { SMALL_DOCUMENTS, smallCorpus } from '../../test/support/small-corpus.js';

const app = createApp(smallCorpus());

describe('GET /api/documents', () => {
  it('lists the documents as the indexer summarised them', async () => {
    const res = await app.request('/api/documents');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ documents: SMALL_DOCUMENTS });
  });
});

describe('GET /api/stats', () => {
  it("returns counts and the indexer's stats", async () => {
    const body = await (await app.request('/api/stats')).json();
    expect(body.stats).toEqual({ note: 'hand-made' });
    expect(body.counts).toMatchObject({
      items: 5, documents: 3, commitments: 2,
      byType: { recommendation: 2, response: 1, task: 1, paragraph: 1 },
      byYear: { 2014: 1, 2020: 1, 2023: 3 },
      byUrgency: { require: 2 },
    });
    expect(body.counts.byTheme['child-protection']).toBe(2);
  });
});

describe('OpenAPI', () => {
  it('documents every API route with its parameters, generated from the route contracts and response schemas', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/documents', '/api/items/{id}', '/api/refs/paragraph/{n}', '/api/refs/recommendation/{id}', '/api/search', '/api/stats',
    ]);
    const params = doc.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual([
      'q', 'type', 'urgency', 'body', 'year', 'theme', 'document', 'addressee', 'commitment', 'ref',
      'fulfilment', 'responsible', 'recommendingState', 'position', 'verbatim', 'disjunctiveFacets', 'limit', 'offset', 'sort', 'format',
    ]);
    const type = doc.paths['/api/search'].get.parameters.find((p: { name: string }) => p.name === 'type');
    expect(type.schema.items.enum).toContain('recommendation');
    expect(doc.components.schemas.Item.properties.id).toBeTruthy();
    expect(doc.components.schemas.Error).toBeTruthy();
  });

  it('documents exactly the API routes the app serves (contracts shared, responses added)', async () => {
    const { DOCUMENTED_ROUTES } = await import('../docs/documented-routes.js');
    const documented = DOCUMENTED_ROUTES.map(({ contract }) => `${contract.method.toUpperCase()} ${honoPath(contract.path)}`).sort();
    const undocumented = new Set(['/api/openapi.json', '/api/docs', '/api/docs/style.css', '/api/items/:id{.+}']);
    // A route's validator and handler are two entries of app.routes.
    const served = [...new Set(app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !undocumented.has(r.path))
      .map((r) => `${r.method} ${r.path}`))].sort();
    expect(served).toEqual(documented);
    expect(DOCUMENTED_ROUTES.every((r) => Object.keys(r.responses).length > 0)).toBe(true);
  });

  it('renders a self-contained docs page: no script, no external asset', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/search');
    expect(html).toContain('<code>recommendation</code>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!example)/);
    expect(html).not.toMatch(/ style=/);
    const css = await app.request('/api/docs/style.css');
    expect(css.headers.get('Content-Type')).toMatch(/^text\/css/);
  });

  it('links working examples', async () => {
    const html = await (await app.request('/api/docs')).text();
    const hrefs = [...html.matchAll(/Try: <a href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect([200, 404], href).toContain((await app.request(href)).status);
  });
});

describe('stats cross-tabulation', () => {
  it('counts items by theme and year, and recommendations by urgency and theme', async () => {
    const { loadCorpusFromDir } = await import('../../node-server/corpus-files.js');
    const app = createApp(loadCorpusFromDir('corpus'));
    const res = await app.request('/api/stats?by=theme,year');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { crosstab: { by: string[]; counts: Record<string, number> } };
    expect(body.crosstab.by).toEqual(['theme', 'year']);
    const items = JSON.parse((await import('node:fs')).readFileSync('corpus/items.json', 'utf8')) as { themes: string[]; year: number; type: string; urgency?: string }[];
    const expected = items.filter((i) => i.year === 2025 && i.themes.includes('labour-exploitation')).length;
    expect(body.crosstab.counts['labour-exploitation|2025']).toBe(expected);
    const recs = await (await app.request('/api/stats?by=urgency,theme&type=recommendation')).json() as { crosstab: { counts: Record<string, number> } };
    const requireLegal = items.filter((i) => i.type === 'recommendation' && i.urgency === 'require' && i.themes.includes('legal-framework')).length;
    expect(recs.crosstab.counts['require|legal-framework'] ?? 0).toBe(requireLegal);
  });

  it('names a bad field', async () => {
    const { loadCorpusFromDir } = await import('../../node-server/corpus-files.js');
    const res = await createApp(loadCorpusFromDir('corpus')).request('/api/stats?by=theme,colour');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/by/);
  });
});
