// The MCP endpoint driven by the MCP SDK's own client (Client + StreamableHTTPClientTransport)
// on both runtimes, the Node server and the Workers runtime (wrangler dev): it initializes,
// lists the tools, calls each with valid arguments (compared with the HTTP API's answers for
// the same question) and with bad ones (a tool error naming the argument), lists and reads the
// document resources, and checks the transport's refusals and CORS.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import type { LoadedCorpus } from '../../server/corpus.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { searchContract } from '../../server/routes/search.request.js';
import { CORPUS_DIR, HAS_CORPUS } from '../worker/corpus-presence.js';
import { callTool, connectClient, getJson, RUNTIMES, type RunningRuntime } from './runtimes.js';

type View = { id: string; url: string; citation: string; title: string };
const pageOf = (origin: string, id: string) => `${origin}/item/${id.split('/').map(encodeURIComponent).join('/')}`;

/** Search arguments and the same search as a query string. */
const SEARCHES: [Record<string, unknown>, string][] = [
  [{ q: 'helpline' }, 'q=helpline'],
  [{ q: 'trafficking victims', type: ['recommendation', 'response'], limit: 7, offset: 3 }, 'q=trafficking+victims&type=recommendation&type=response&limit=7&offset=3'],
  [{ commitment: true, sort: 'deadline', limit: 50 }, 'commitment=true&sort=deadline&limit=50'],
  [{ year: ['2018..2023'], theme: ['child-protection', 'education'], urgency: ['require'] }, 'year=2018..2023&theme=child-protection&theme=education&urgency=require'],
  [{ q: '"sexual abuse" -online', sort: 'year', limit: 100 }, 'q=%22sexual+abuse%22+-online&sort=year&limit=100'],
  [{ fulfilment: ['met', 'partially-met'], responsible: ['MOI'] }, 'fulfilment=met&fulfilment=partially-met&responsible=MOI'],
  [{ q: 'helpine', verbatim: false }, 'q=helpine&verbatim=false'],
  [{ q: 'paragraph 104' }, 'q=paragraph+104'],
  [{ q: 'helpline', type: ['recommendation'], disjunctiveFacets: true }, 'q=helpline&type=recommendation&disjunctiveFacets=true'],
];

/** Bad arguments per tool and what the tool error must say. */
const BAD_CALLS: [string, Record<string, unknown>, string][] = [
  ['search', { limit: 101 }, 'Argument "limit" must be an integer from 0 to 100'],
  ['search', { limit: 'ten' }, 'Argument "limit" must be an integer'],
  ['search', { type: ['memo'] }, 'Argument "type" does not accept "memo"'],
  ['search', { type: 'recommendation' }, 'Argument "type" must be a list of strings'],
  ['search', { year: ['2023..2018'] }, 'Argument "year" has a backwards range'],
  ['search', { q: 'x'.repeat(501) }, 'Argument "q" is longer than 500 characters'],
  ['search', { commitment: 'yes' }, 'Argument "commitment" must be true or false'],
  ['search', { colour: 'red' }, 'Unknown argument "colour". This tool takes: q, '],
  ['search', { themes: ['education'] }, 'Unknown argument "themes". Did you mean "theme"?'],
  ['search', { format: 'csv' }, 'Unknown argument "format"'],
  ['search', { fulfilment: ['done'] }, 'Argument "fulfilment" does not accept "done". Use one of: met, partially-met, not-met, different.'],
  ['search', { position: ['accepted'] }, 'Argument "position" does not accept "accepted". Use one of: supported, noted.'],
  ['search', { body: ['constructor'] }, 'Argument "body" does not accept "constructor". Use one of: Lanzarote Committee, '],
  ['search', { recommendingState: ['France'] }, 'Argument "recommendingState" does not accept "France". No item of this corpus has a value for it'],
  ['search', { verbatim: 'yes' }, 'Argument "verbatim" must be true or false'],
  ['get_item', {}, 'Argument "id" is required'],
  ['get_item', { id: 'no/such/item' }, 'No item has the id "no/such/item"'],
  ['get_item', { id: 'a\u0000b' }, 'Argument "id" contains the control character U+0000'],
  ['find_citing', {}, 'Give exactly one of "paragraph"'],
  ['find_citing', { paragraph: 73, recommendation: 'II-6' }, 'Give exactly one of "paragraph"'],
  ['find_citing', { paragraph: 0 }, 'Argument "paragraph" must be an integer from 1 to 100000'],
  ['find_citing', { recommendation: '' }, 'Argument "recommendation" is shorter than 1 characters'],
  ['list_documents', { all: true }, 'Unknown argument "all". This tool takes no arguments.'],
  ['stats', { by: 'colour' }, 'Argument "by"'],
  ['commitments', { status: ['done'] }, 'Argument "status" does not accept "done"'],
  ['commitments', { due: ['soon'] }, 'Argument "due" does not accept "soon"'],
  ['commitments', { kind: 'promise', status: ['met'] }, 'Argument "status" applies to evaluated tasks only'],
  ['commitments', { limit: -1 }, 'Argument "limit" must be an integer from 0 to 100'],
];

describe.skipIf(!HAS_CORPUS).each(RUNTIMES)('MCP endpoint on the $name, through the SDK client', ({ start }) => {
  let runtime: RunningRuntime;
  let client: Client;
  let corpus: LoadedCorpus;

  beforeAll(async () => {
    corpus = loadCorpusFromDir(CORPUS_DIR);
    runtime = await start();
    client = await connectClient(runtime.url);
  }, 120_000);
  afterAll(async () => {
    await client?.close();
    await runtime?.stop();
  });

  it('initializes with the server name, tools and resources, and instructions', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'monitoring-search', version: '0.1.0' });
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {} });
    expect(client.getInstructions()).toContain('find_citing');
  });

  it('lists six read-only tools whose search schema is the HTTP contract\'s', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['commitments', 'find_citing', 'get_item', 'list_documents', 'search', 'stats']);
    for (const tool of tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    const search = tools.find((t) => t.name === 'search')!;
    const documented = Object.entries(searchContract.query!).filter(([name]) => name !== 'format');
    expect(Object.keys(search.inputSchema.properties ?? {}).sort()).toEqual(documented.map(([name]) => name).sort());
    for (const [name, param] of documented) {
      expect(search.inputSchema.properties![name], name).toMatchObject({ ...param.openapi, description: param.description });
    }
  });

  it.each(SEARCHES)('search %j finds what /api/search finds, each hit with its URL and citation', async (args, query) => {
    const { isError, text, data } = await callTool<{ count: number; hits: View[] }>(client, 'search', args);
    expect(isError, text).toBe(false);
    const api = await getJson<{ count: number; hits: { id: string }[] }>(`${runtime.url}/api/search?${query}`);
    expect(data.count).toBe(api.count);
    expect(data.hits.map((h) => h.id)).toEqual(api.hits.map((h) => h.id));
    expect(api.hits.length).toBeGreaterThan(0);
    // The same reading of the query, and the question of each answer.
    const full = await getJson<{ parsed: unknown; facets: unknown; hits: { question?: unknown }[] }>(`${runtime.url}/api/search?${query}`);
    expect((data as unknown as { parsed: unknown }).parsed).toEqual(full.parsed);
    expect((data as unknown as { facets: unknown }).facets).toEqual(full.facets);
    expect(data.hits.map((h) => (h as unknown as { question?: unknown }).question)).toEqual(full.hits.map((h) => h.question));
    for (const hit of data.hits) {
      expect(hit.url).toBe(pageOf(runtime.url, hit.id));
      expect(hit.citation).toContain(hit.url);
      expect(text).toContain(hit.url);
    }
  });

  it('search says how it read the query and what each answer answers', async () => {
    const corrected = await callTool(client, 'search', { q: 'helpine', limit: 1 });
    expect(corrected.text).toContain('No item contains “helpine”: showing results for');
    expect(corrected.text).toContain('call search again with q "helpine" and verbatim true');
    const cited = await callTool(client, 'search', { q: 'para 104', limit: 1 });
    expect(cited.text).toMatch(/The query cites paragraph 104: \d+ item\(s\) citing it are listed first\./);
    const answers = await callTool<{ hits: { type: string; question?: { number?: string } }[] }>(client, 'search', { q: 'helpline', type: ['answer'], limit: 3 });
    expect(answers.data.hits[0].question?.number).toBeTruthy();
    expect(answers.text).toContain(`Answers Question ${answers.data.hits[0].question!.number}: `);
  });

  it('get_item gives the item with its footnotes, reply and related items, as /api/items does', async () => {
    const links = corpus.links;
    const item = corpus.items.find((i) => (i.footnotes?.length ?? 0) > 0 && (i.related?.length ?? 0) > 0 && links.replies(i.id).length > 0)
      ?? corpus.items.find((i) => links.replies(i.id).length > 0)!;
    const { isError, text, data } = await callTool<{ item: View & { text: string }; footnotes: unknown[]; replies: View[]; related: View[] }>(client, 'get_item', { id: item.id });
    expect(isError, text).toBe(false);
    const api = await getJson<{ footnotes: unknown[]; replies: Item[]; related: { item: Item }[] }>(`${runtime.url}/api/items/${encodeURIComponent(item.id)}`);
    expect(data.item).toMatchObject({ id: item.id, text: item.text, url: pageOf(runtime.url, item.id) });
    expect(data.footnotes).toHaveLength(api.footnotes.length);
    expect(data.replies.map((r) => r.id)).toEqual(api.replies.map((r) => r.id));
    expect(data.replies.length).toBeGreaterThan(0);
    expect(data.related.map((r) => r.id)).toEqual(api.related.map((r) => r.item.id));
    expect(text).toContain(`Cite as: ${data.item.citation}`);
    expect(text).toContain(data.replies[0].url);
  });

  it('find_citing lists what /api/refs lists, for a paragraph and for a recommendation', async () => {
    const paragraph = corpus.items.flatMap((i) => [...(i.refs?.paragraphs ?? []), ...(i.footnotes ?? []).flatMap((f) => f.refs?.paragraphs ?? [])])[0];
    const recommendation = corpus.items.flatMap((i) => i.refs?.recommendations ?? [])[0];
    for (const [args, path] of [[{ paragraph }, `paragraph/${paragraph}`], [{ recommendation }, `recommendation/${encodeURIComponent(recommendation)}`]] as const) {
      const { isError, data } = await callTool<{ count: number; items: View[] }>(client, 'find_citing', args);
      expect(isError).toBe(false);
      const api = await getJson<{ items: Item[] }>(`${runtime.url}/api/refs/${path}`);
      expect(data.items.map((i) => i.id)).toEqual(api.items.map((i) => i.id));
      expect(data.count).toBeGreaterThan(0);
    }
  });

  it('list_documents and the resources name every document; a resource holds the document item by item', async () => {
    const api = await getJson<{ documents: { id: string; title: string; items: number }[] }>(`${runtime.url}/api/documents`);
    const { data } = await callTool<{ documents: { id: string; resource: string }[] }>(client, 'list_documents', {});
    expect(data.documents.map((d) => d.id)).toEqual(api.documents.map((d) => d.id));
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(data.documents.map((d) => d.resource));
    const document = api.documents[0];
    const read = await client.readResource({ uri: resources[0].uri });
    const text = (read.contents[0] as { text: string }).text;
    expect(text.startsWith(`# ${document.title}`)).toBe(true);
    const items = corpus.items.filter((i) => i.document === document.id);
    expect(items).toHaveLength(document.items);
    for (const item of items) expect(text).toContain(`url: ${pageOf(runtime.url, item.id)}\n`);
    await expect(client.readResource({ uri: 'monitoring-search://documents/no-such-document' })).rejects.toThrow(/No resource has the URI/);
  });

  it('stats gives the counts /api/stats gives, and a cross-tabulation', async () => {
    const api = await getJson<{ counts: unknown; crosstab: unknown }>(`${runtime.url}/api/stats?by=urgency,theme&type=recommendation`);
    const { data } = await callTool<{ counts: unknown; crosstab: unknown }>(client, 'stats', { by: 'urgency,theme', type: ['recommendation'] });
    expect(data.counts).toEqual(api.counts);
    expect(data.crosstab).toEqual(api.crosstab);
  });

  it('commitments: promises and evaluated tasks by deadline, narrowed by fulfilment, responsible body and year due', async () => {
    const all = await callTool<{ count: number; promised: number; byStatus: Record<string, number>; items: (View & { status?: string; responsible?: string[]; due?: string })[] }>(client, 'commitments', { limit: 100 });
    const promises = corpus.items.filter((i) => i.commitment === true);
    const evaluations = corpus.items.filter((i) => i.type === 'evaluation');
    expect(all.data.promised).toBe(promises.length);
    expect(all.data.count).toBe(promises.length + evaluations.length);
    // A misprinted deadline ("2016–2007") comes with what is wrong with it.
    const flagged = [...promises, ...evaluations].filter((i) => i.dueProblem);
    expect(flagged.length).toBeGreaterThan(0);
    for (const item of flagged) expect((all.data.items.find((i) => i.id === item.id) as { dueProblem?: string } | undefined)?.dueProblem, item.id).toBe(item.dueProblem);
    const status = Object.keys(all.data.byStatus)[0];
    const met = await callTool<typeof all.data>(client, 'commitments', { status: [status], limit: 100 });
    expect(met.data.count).toBe(evaluations.filter((i) => i.status === status).length);
    expect(met.data.items.every((i) => i.status === status)).toBe(true);
    const body = corpus.items.flatMap((i) => (i.commitment ? i.responsible ?? [] : []))[0];
    const byBody = await callTool<typeof all.data>(client, 'commitments', { responsible: [body.toUpperCase()], limit: 100 });
    expect(byBody.data.count).toBeGreaterThan(0);
    expect(byBody.data.items.every((i) => i.responsible?.some((r) => r.toLowerCase().includes(body.toLowerCase())))).toBe(true);
    const year = Number(all.data.items.find((i) => /^\d{4}$/.test(i.due ?? ''))!.due);
    const due = await callTool<typeof all.data>(client, 'commitments', { due: [String(year)], kind: 'promise' });
    expect(due.data.items.length).toBeGreaterThan(0);
    expect(due.data.items.every((i) => i.due?.startsWith(String(year)) || i.due?.includes(`/${year}`))).toBe(true);
  });

  it.each(BAD_CALLS)('%s %j is a tool error: %s', async (name, args, message) => {
    const { isError, text } = await callTool(client, name, args);
    expect(isError).toBe(true);
    expect(text).toContain(message);
  });

  it('an unknown tool is a protocol error naming the tools', async () => {
    await expect(client.callTool({ name: 'delete_everything', arguments: {} })).rejects.toThrow(/Unknown tool "delete_everything".*search/);
  });

  it('answers only POST (405 to GET and DELETE), caps the body, and lets browsers call it (CORS)', async () => {
    const mcp = `${runtime.url}/mcp`;
    for (const method of ['GET', 'DELETE', 'PUT']) {
      const res = await fetch(mcp, { method, headers: { Accept: 'text/event-stream' } });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('POST, OPTIONS');
    }
    const big = await fetch(mcp, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(270_000) } }) });
    expect(big.status).toBe(413);
    const preflight = await fetch(mcp, { method: 'OPTIONS', headers: { Origin: 'https://assistant.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, mcp-protocol-version' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('mcp-protocol-version');
    const post = await fetch(mcp, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://assistant.example' }, body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'ping' }) });
    expect(post.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await post.json()).toEqual({ jsonrpc: '2.0', id: 7, result: {} });
    // The rest of the service stays read-only.
    expect((await fetch(`${runtime.url}/api/search`, { method: 'POST', body: '{}' })).status).toBe(405);
  });
});
