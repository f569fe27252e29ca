// The API against its own OpenAPI document, with the document as the only guide: requests are
// generated from every documented route and parameter (each valid value the schema names, alone
// and together, the search ones also as format=csv and format=json exports; a value outside
// each parameter's schema; a conditional request; a refused method), and every answer must
// have a documented status and media type, a JSON body valid against the documented schema
// (JSON Schema 2020-12, as OpenAPI 3.1 uses), an Atom body a feed a feed parser reads, and
// each documented status must occur.
import Ajv2020 from 'ajv/dist/2020.js';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { openAPIJson } from './openapi.generated.js';

interface Schema {
  type?: string; enum?: string[]; items?: Schema; minimum?: number; maximum?: number; default?: unknown;
  maxLength?: number; pattern?: string; $ref?: string;
  /** Values that come from the corpus: the facet of a search answer whose keys they are ("facets.body"). */
  'x-values-from'?: string;
}
interface Parameter { name: string; in: 'path' | 'query'; required?: boolean; schema: Schema; example?: unknown }
interface DocResponse { $ref?: string; content?: Record<string, { schema: Schema }> }
interface Operation { parameters?: Parameter[]; responses: Record<string, DocResponse> }
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, DocResponse> };
}

const doc = JSON.parse(openAPIJson()) as Document;
const app = createApp(loadCorpusFromDir('corpus'));

// The component schemas as one JSON Schema resource, their $refs pointing into it.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(JSON.parse(JSON.stringify({ $defs: doc.components.schemas }).replaceAll('#/components/schemas/', 'components#/$defs/')), 'components');
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(schema: Schema) {
  const key = JSON.stringify(schema);
  if (!validators.has(key)) validators.set(key, ajv.compile(JSON.parse(key.replaceAll('#/components/schemas/', 'components#/$defs/'))));
  return validators.get(key)!;
}

const resolve = (response: DocResponse): DocResponse => (response.$ref ? doc.components.responses[response.$ref.split('/').pop()!] : response);

// What the document says corpus-valued parameters take: the facet keys of an unfiltered answer.
const allFacets = (JSON.parse(await (await app.request('/api/search?limit=0')).text()) as { facets: Record<string, Record<string, number>> }).facets;
const corpusValues = (from: string): string[] => Object.keys(allFacets[from.replace(/^facets\./, '')] ?? {});

/** Values the parameter's schema allows (each a list: an array parameter repeats its key). */
function validSamples(p: Parameter): string[][] {
  const s = p.schema;
  if (s['x-values-from']) {
    // The corpus may hold no value at all (no UN review document): then no valid sample exists.
    const values = corpusValues(s['x-values-from']);
    return values.length === 0 ? [] : [[values[0]], values.slice(0, 2)];
  }
  const example = p.example === undefined ? undefined : (Array.isArray(p.example) ? p.example : [p.example]).map(String);
  if (s.type === 'array') {
    if (s.items?.enum) return [...s.items.enum.map((v) => [v]), s.items.enum.slice(0, 2)];
    // A pattern says more than a sample could guess: its documented example (year: one range, per the description).
    if (s.items?.pattern) return [example!];
    return [example ?? ['x'], ['x', 'y']];
  }
  if (s.type === 'integer') return [...new Set([s.minimum!, s.maximum!, Number(s.default ?? s.minimum), Number(example?.[0] ?? s.minimum)])].map((n) => [String(n)]);
  if (s.type === 'boolean') return [['true'], ['false']];
  if (s.enum) return s.enum.map((v) => [v]);
  return [example ?? ['x']];
}

/** Values outside the parameter's schema, which must get a documented 400 naming it. */
function invalidSamples(p: Parameter): string[] {
  const s = p.schema.type === 'array' ? p.schema.items! : p.schema;
  const out: string[] = [];
  if (p.schema.type === 'integer') out.push(String(p.schema.maximum! + 1), String(p.schema.minimum! - 1), 'ten');
  else if (p.schema.type === 'boolean') out.push('yes');
  else if (s.enum || p.schema['x-values-from']) out.push('not-a-value');
  if (s.pattern) out.push('not/this');
  if (s.maxLength !== undefined) out.push('a'.repeat(s.maxLength + 1));
  return out;
}

interface Call { method: string; path: string; query: [string, string][]; headers?: Record<string, string> }

const urlOf = (call: Call) => `${call.path}${call.query.length ? `?${call.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : ''}`;

function fillPath(template: string, op: Operation, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const p = op.parameters!.find((q) => q.name === name)!;
    return encodeURIComponent(values[name] ?? String(p.example ?? validSamples(p)[0][0]));
  });
}

/** Every request the document implies for one GET operation, with the answer it must get. */
function callsFor(template: string, op: Operation): { call: Call; expect: 'ok' | 'invalid'; param?: string }[] {
  const params = op.parameters ?? [];
  const query = params.filter((p) => p.in === 'query');
  const base = fillPath(template, op);
  const calls: { call: Call; expect: 'ok' | 'invalid'; param?: string }[] = [{ call: { method: 'GET', path: base, query: [] }, expect: 'ok' }];
  const formats = query.find((p) => p.name === 'format')?.schema.enum ?? [];
  for (const p of query) {
    for (const values of validSamples(p)) {
      const pairs = values.map((v): [string, string] => [p.name, v]);
      calls.push({ call: { method: 'GET', path: base, query: pairs }, expect: 'ok' });
      if (p.name !== 'format') for (const format of formats) calls.push({ call: { method: 'GET', path: base, query: [...pairs, ['format', format]] }, expect: 'ok' });
    }
    for (const value of invalidSamples(p)) calls.push({ call: { method: 'GET', path: base, query: [[p.name, value]] }, expect: 'invalid', param: p.name });
  }
  if (query.length > 1) {
    const together = query.filter((p) => p.name !== 'format' && validSamples(p).length > 0);
    calls.push({ call: { method: 'GET', path: base, query: together.map((p) => [p.name, validSamples(p)[0][0]]) }, expect: 'ok' });
  }
  for (const p of params.filter((q) => q.in === 'path')) {
    for (const values of validSamples(p)) calls.push({ call: { method: 'GET', path: fillPath(template, op, { [p.name]: values[0] }), query: [] }, expect: 'ok' });
    for (const value of invalidSamples(p)) calls.push({ call: { method: 'GET', path: fillPath(template, op, { [p.name]: value }), query: [] }, expect: 'invalid', param: p.name });
  }
  return calls;
}

/** The answer against the document: documented status and media type, body valid against the schema. */
async function checkAgainstDocument(template: string, method: string, call: Call, res: Response): Promise<void> {
  const where = `${call.method} ${urlOf(call)} → ${res.status}`;
  const documented = doc.paths[template][method].responses[String(res.status)];
  expect(documented, `${where}: status not documented for ${method.toUpperCase()} ${template}`).toBeDefined();
  const response = resolve(documented);
  const text = await res.text();
  if (!response.content) {
    expect(text, `${where}: documented without a body`).toBe('');
    return;
  }
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0];
  const media = response.content[type];
  expect(media, `${where}: ${type} not documented (${Object.keys(response.content).join(', ')})`).toBeDefined();
  if (type === 'application/json') {
    const validate = validatorFor(media.schema);
    const valid = validate(JSON.parse(text));
    expect(valid, `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  } else if (type === 'application/atom+xml') {
    // A feed parser throws on anything that is not a well-formed Atom feed.
    const feed = parseAtomFeed(text);
    expect(feed.title?.value, where).toMatch(/^Monitoring search: /);
    for (const entry of feed.entries ?? []) expect(entry.links?.[0]?.href, where).toMatch(/^http:\/\/localhost\/item\//);
  } else {
    expect(validatorFor(media.schema)(text), where).toBe(true);
  }
}

describe('the API answers as its OpenAPI document says', () => {
  const operations = Object.entries(doc.paths).map(([template, methods]) => ({ template, op: methods.get })).filter(({ op }) => op);

  it('documents GET on every path, with examples that fit their schemas', () => {
    expect(operations).toHaveLength(Object.keys(doc.paths).length);
    for (const { op } of operations) {
      for (const p of op.parameters ?? []) {
        if (p.example === undefined) continue;
        const values = Array.isArray(p.example) ? p.example : [p.example];
        const schema = p.schema.type === 'array' ? p.schema.items! : { ...p.schema, type: p.schema.type === 'integer' ? 'integer' : p.schema.type };
        for (const v of values) expect(validatorFor(schema)(v), `${p.name} example ${JSON.stringify(v)}`).toBe(true);
      }
    }
  });

  it.each(operations.map(({ template, op }) => [template, op] as const))('GET %s: generated requests', async (template, op) => {
    const seen = new Set<string>();
    let etagged: Call | undefined;
    for (const { call, expect: wanted, param } of callsFor(template, op)) {
      const res = await app.request(urlOf(call));
      seen.add(String(res.status));
      if (wanted === 'ok') expect(res.status, `${urlOf(call)}: ${await res.clone().text().then((t) => t.slice(0, 300))}`).toBe(200);
      else {
        expect(res.status, urlOf(call)).toBe(400);
        expect((await res.clone().json()).error.message, urlOf(call)).toContain(`"${param}"`);
      }
      if (res.status === 200 && !etagged) etagged = { ...call, headers: { 'If-None-Match': res.headers.get('ETag')! } };
      await checkAgainstDocument(template, 'get', call, res);
    }
    // A conditional request with the tag of an answer.
    const conditional = await app.request(urlOf(etagged!), { headers: etagged!.headers });
    expect(conditional.status).toBe(304);
    seen.add('304');
    await checkAgainstDocument(template, 'get', etagged!, conditional);
    // A missing resource, where the document says one can be missing.
    if (op.responses['404']) {
      const call: Call = { method: 'GET', path: fillPath(template, op, Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, 'no-such-thing']))), query: [] };
      const res = await app.request(urlOf(call));
      seen.add(String(res.status));
      await checkAgainstDocument(template, 'get', call, res);
    }
    expect([...seen].sort(), 'every documented status occurs, and only those').toEqual(Object.keys(op.responses).sort());
  }, 60_000);

  it('exercises every documented parameter, and format=csv, format=json and format=atom on search', () => {
    for (const { template, op } of operations) {
      const used = new Set(callsFor(template, op).flatMap(({ call }) => call.query.map(([name]) => name)));
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      for (const p of op.parameters ?? []) if (!pathParams.includes(p.name)) expect(used.has(p.name), `${template} ${p.name}`).toBe(true);
    }
    const exports = callsFor('/api/search', doc.paths['/api/search'].get)
      .filter(({ call, expect: wanted }) => wanted === 'ok' && call.query.some(([name]) => name === 'format'));
    expect(new Set(exports.map(({ call }) => call.query.find(([name]) => name === 'format')![1]))).toEqual(new Set(['csv', 'json', 'atom']));
    expect(exports.length).toBeGreaterThan(40);
  });

  it.each(Object.keys(doc.paths))('refuses what is not a read on %s as documented (405)', async (template) => {
    const op = doc.paths[template].get;
    for (const method of Object.keys(doc.paths[template]).filter((m) => m !== 'get')) {
      const call: Call = { method: method.toUpperCase(), path: fillPath(template, op), query: [] };
      const res = await app.request(urlOf(call), { method: call.method, ...(method === 'delete' ? {} : { body: '{}' }) });
      expect(res.status, `${call.method} ${template}`).toBe(405);
      await checkAgainstDocument(template, method, call, res);
    }
  });
});
