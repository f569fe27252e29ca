// GET /api/search through app.request(): answers, exports, and a 400 naming the parameter
// for every kind of bad value.
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { errorBody } from '../errors.js';
import { smallCorpus, SMALL_ITEMS } from '../../test/support/small-corpus.js';

const app = createApp(smallCorpus());
const get = async (query: string) => {
  const res = await app.request(`/api/search?${query}`);
  return { res, body: res.headers.get('Content-Type')?.startsWith('application/json') ? await res.json() : await res.text() };
};

describe('search answers', () => {
  it('returns query, count, hits with score and highlights, facets, tookMs and parsed', async () => {
    const { res, body } = await get('q=helpline&limit=2');
    expect(res.status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['count', 'facets', 'hits', 'parsed', 'query', 'tookMs']);
    expect(body.query).toEqual({ q: 'helpline', filters: {}, limit: 2, offset: 0 });
    expect(body.count).toBeGreaterThanOrEqual(2);
    expect(body.hits).toHaveLength(2);
    for (const hit of body.hits) {
      expect(typeof hit.id).toBe('string');
      expect(typeof hit.score).toBe('number');
      expect(typeof hit.partial).toBe('boolean');
      expect(typeof hit.highlights).toBe('object');
    }
    expect(Object.keys(body.facets).sort()).toEqual([
      'addressee', 'body', 'commitment', 'document', 'fulfilment', 'position', 'recommendingState', 'responsible', 'theme', 'type', 'urgency', 'year',
    ]);
    expect(body.tookMs).toBeGreaterThanOrEqual(0);
    expect(body.parsed.terms).toContain('helpline');
  });

  it('lists every item in document order for an empty query', async () => {
    const { body } = await get('limit=100');
    expect(body.count).toBe(SMALL_ITEMS.length);
    expect(body.hits.map((h: { id: string }) => h.id)).toEqual(SMALL_ITEMS.map((i) => i.id));
  });

  it('passes filters through as typed values', async () => {
    const { res, body } = await get(
      'theme=education&theme=online-ict&type=task&urgency=require&year=2014&year=2018..2023&commitment=true&ref=III-25&addressee=state'
      + '&body=Lanzarote%20Committee&document=lanzarote-factsheet-cz-2023&fulfilment=met&fulfilment=not-met'
      + '&responsible=Ministry%20of%20the%20Interior&position=noted&sort=year&offset=3',
    );
    expect(res.status).toBe(200);
    expect(body.query.filters).toEqual({
      theme: ['education', 'online-ict'], type: ['task'], urgency: ['require'], year: { values: [2014], from: 2018, to: 2023 },
      commitment: true, ref: ['III-25'], addressee: ['state'], body: ['Lanzarote Committee'], document: ['lanzarote-factsheet-cz-2023'],
      fulfilment: ['met', 'not-met'], responsible: ['Ministry of the Interior'], position: ['noted'],
    });
    expect(body.query).toMatchObject({ sort: 'year', offset: 3, limit: 20 });
  });

  it('hands the filters to the engine', async () => {
    const only = async (query: string) => (await get(query)).body.hits.map((h: { id: string }) => h.id);
    expect(await only('type=task')).toEqual(['national-strategy-thb-cz-2020-2023/task/1.1']);
    expect(await only('year=..2019')).toEqual(['global-alliance-report-cz-2014/para/12']);
    expect((await get('ref=III-25&limit=0')).body.count).toBe(2);
    expect((await get('commitment=true&limit=0')).body.count).toBe(2);
  });

  it.each([['year=..2019', { to: 2019 }], ['year=2020..', { from: 2020 }], ['commitment=false', undefined]])(
    'reads %s', async (query, year) => {
      const { res, body } = await get(query);
      expect(res.status).toBe(200);
      if (year) expect(body.query.filters.year).toEqual(year);
      else expect(body.query.filters.commitment).toBe(false);
    });

  it('answers limit=0 with count and facets only', async () => {
    const { body } = await get('limit=0');
    expect(body.hits).toEqual([]);
    expect(body.count).toBe(SMALL_ITEMS.length);
  });

  it('keeps markup in the query out of anything but JSON strings', async () => {
    const { res, body } = await get(`q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(body.query.q).toBe('<script>alert(1)</script>');
    for (const hit of body.hits) for (const snippet of Object.values(hit.highlights) as string[]) expect(snippet).not.toContain('<script');
  });

  it('returns markup inside a document escaped in highlights', async () => {
    const { body } = await get('q=alert');
    expect(body.hits).toHaveLength(1);
    expect(body.hits[0].highlights.text).toContain('&lt;script&gt;<mark>alert</mark>');
    expect(body.hits[0].highlights.text).not.toContain('<script');
  });
});

describe('search exports', () => {
  it('downloads CSV with a header row, quoting, and formula cells defused', async () => {
    const { res, body } = await get('q=train&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="search-train.csv"');
    const lines = (body as string).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const task = lines.find((l) => l.includes('/task/1.1'))!;
    expect(task).toContain(`"'=Train labour inspectors, to identify ""victims"" of forced labour."`);
  });

  it('names things in words in the CSV: labels, document title, item number and the item\'s address', async () => {
    const { body } = await get('q=train&format=csv');
    const [header, ...rows] = (body as string).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toMatch(/^"Item URL","Document","Item number","Type","Heading",/);
    expect(header).not.toMatch(/"(id|document|type|themes|cited_paragraphs)"/);
    const cells = (row: string) => [...row.matchAll(/"((?:[^"]|"")*)"|(?<=^|,)(?=,|$)/g)].map((m) => (m[1] ?? '').replace(/""/g, '"'));
    const columns = cells(header);
    const task = cells(rows.find((l) => l.includes('/task/1.1'))!);
    const cell = (name: string) => task[columns.indexOf(name)];
    expect(cell('Item URL')).toBe('http://localhost/item/national-strategy-thb-cz-2020-2023/task/1.1');
    expect(cell('Document')).toBe('Title of national-strategy-thb-cz-2020-2023');
    expect(cell('Item number')).toBe('1.1');
    expect(cell('Type')).toBe('Task');
    expect(cell('Themes')).toBe('Labour exploitation; Training of professionals');
    expect(cell('Commitment')).toBe('Yes');
    expect(cell('Responsible')).toBe('Ministry of the Interior');
    expect(cell('Item id')).toBe('national-strategy-thb-cz-2020-2023/task/1.1');
    const recommendation = cells((await get('q=helpline&type=recommendation&format=csv')).body.split('\r\n')[1]);
    expect(recommendation[columns.indexOf('Urgency')]).toBe('Requires');
    expect(recommendation[columns.indexOf('Addressed to')]).toBe('This country');
  });

  it('downloads the documented search answer as a JSON file, allowing a larger limit', async () => {
    const res = await app.request('/api/search?format=json&limit=5000');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="search.json"');
    const body = await res.json();
    const page = await (await app.request('/api/search?limit=100')).json();
    expect({ ...body, tookMs: 0 }).toEqual({ ...page, query: { ...page.query, limit: 5000 }, tookMs: 0 });
    expect(body.hits).toHaveLength(SMALL_ITEMS.length);
  });
});

describe('search validation', () => {
  const cases: [query: string, code: string, param: string, mentions: string][] = [
    [`q=${'a'.repeat(501)}`, 'parameter_too_long', 'q', '500'],
    ['q=a&q=b', 'repeated_parameter', 'q', 'once'],
    ['type=rec', 'value_not_allowed', 'type', 'recommendation'],
    ['type=task&type=bogus', 'value_not_allowed', 'type', '"bogus"'],
    ['urgency=must', 'value_not_allowed', 'urgency', 'require, request, invite'],
    ['addressee=everyone', 'value_not_allowed', 'addressee', 'all-parties'],
    ['sort=random', 'value_not_allowed', 'sort', 'relevance'],
    ['format=xml', 'value_not_allowed', 'format', 'csv'],
    ['commitment=yes', 'value_not_allowed', 'commitment', 'true, false'],
    ['limit=101', 'out_of_range', 'limit', 'format=csv'],
    ['limit=-1', 'out_of_range', 'limit', 'from 0 to 100. With format=csv or format=json it may be up to 5000'],
    ['limit=%205', 'out_of_range', 'limit', 'plain digits'],
    ['limit=5%20', 'out_of_range', 'limit', 'plain digits'],
    ['limit=05', 'out_of_range', 'limit', 'leading zeros'],
    ['limit=%2B5', 'out_of_range', 'limit', 'sign'],
    ['limit=1e2', 'out_of_range', 'limit', 'from 0 to 100'],
    ['offset=%207', 'out_of_range', 'offset', 'plain digits'],
    ['q=%ED%A0%80', 'invalid_parameter', 'q', 'UTF-8'],
    ['q=%FF%FE', 'invalid_parameter', 'q', '%FF%FE'],
    ['q=%C0%AF', 'invalid_parameter', 'q', 'UTF-8'],
    ['q=%E0%A4%A', 'invalid_parameter', 'q', 'percent-decoded'],
    ['q=ok&theme=%FF', 'invalid_parameter', 'theme', 'UTF-8'],
    ['q%FF=ok', 'invalid_parameter', 'q%FF', 'UTF-8'],
    ['q=a%00b', 'invalid_parameter', 'q', 'U+0000'],
    ['body=a%0Ab', 'invalid_parameter', 'body', 'U+000A'],
    ['document=%1B', 'invalid_parameter', 'document', 'control character'],
    ['year=%202018', 'invalid_parameter', 'year', '2018..2023'],
    ['limit=ten', 'out_of_range', 'limit', 'integer'],
    ['limit=1.5', 'out_of_range', 'limit', 'integer'],
    ['limit=', 'out_of_range', 'limit', 'integer'],
    ['limit=5001&format=csv', 'out_of_range', 'limit', 'from 0 to 5000'],
    ['limit=99999999999999999999&format=json', 'out_of_range', 'limit', 'from 0 to 100'],
    ['limit=1&limit=2', 'repeated_parameter', 'limit', 'once'],
    ['offset=-5', 'out_of_range', 'offset', '100000'],
    ['offset=99999999999999999999', 'out_of_range', 'offset', '100000'],
    ['year=20', 'invalid_parameter', 'year', '2018..2023'],
    ['year=2023..2018', 'invalid_parameter', 'year', '2018..2023'],
    ['year=..', 'invalid_parameter', 'year', 'range'],
    ['year=2010..2012&year=2018..2020', 'invalid_parameter', 'year', 'one range'],
    [`responsible=${'t'.repeat(201)}`, 'parameter_too_long', 'responsible', '200'],
    [`recommendingState=${'s'.repeat(201)}`, 'parameter_too_long', 'recommendingState', '200'],
    [`body=${'b'.repeat(201)}`, 'parameter_too_long', 'body', '200'],
    [`document=${'d'.repeat(201)}`, 'parameter_too_long', 'document', '200'],
    [`ref=${'r'.repeat(201)}`, 'parameter_too_long', 'ref', '200'],
    [Array.from({ length: 51 }, () => 'theme=x').join('&'), 'invalid_parameter', 'theme', '50'],
  ];
  it.each(cases)('%s → %s naming %s', async (query, code, param, mentions) => {
    const { res, body } = await get(query);
    expect(res.status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(`"${param}"`);
    expect(body.error.message).toContain(mentions);
  });

  it.each([
    ['theme=t0', 'theme', 'legal-framework, investigation-prosecution'],
    ['fulfilment=done', 'fulfilment', 'met, partially-met, not-met, different'],
    ['position=accepted', 'position', 'supported, noted'],
    ['body=constructor', 'body', 'Use one of: Lanzarote Committee, Global Alliance against Child Sexual Abuse Online, Government of the Czech Republic.'],
    ['body=GRETA&body=toString', 'body', '"GRETA"'],
    ['document=zzz', 'document', 'global-alliance-report-cz-2014, lanzarote-factsheet-cz-2023, national-strategy-thb-cz-2020-2023'],
    ['responsible=MOI', 'responsible', 'Ministry of the Interior'],
    ['recommendingState=France', 'recommendingState', 'No item of this corpus has a value for it'],
  ])('refuses %s, a value the facet does not have, listing the values it has', async (query, param, listed) => {
    const { res, body } = await get(query);
    expect(res.status).toBe(400);
    expect(body.error.code).toBe('value_not_allowed');
    expect(body.error.message).toContain(`Parameter "${param}" does not accept`);
    expect(body.error.message).toContain(listed);
  });

  it('cuts a long list of values to those nearest the one given, saying how many there are', () => {
    const allowed = Array.from({ length: 40 }, (_, k) => `Ministry ${k}`).concat(['MOI', 'MOJ']);
    const { message } = errorBody('value_not_allowed', { param: 'responsible', value: 'MOX', allowed }).error;
    expect(message).toMatch(/^Parameter "responsible" does not accept "MOX"\. Use one of the 42 values, for example: MOI, MOJ, /);
    expect(message).toContain('… (22 more; the facet counts of /api/search?limit=0 list them all).');
    expect(message).not.toContain('Ministry 39');
  });

  it.each([
    ['status=met', 'status', 'fulfilment'],
    ['q=helpline&colour=blue', 'colour', undefined],
    ['themes=education', 'themes', 'theme'],
    ['recommendingStates=France', 'recommendingStates', 'recommendingState'],
    ['limt=5', 'limt', 'limit'],
    ['constructor=1', 'constructor', undefined],
  ])('refuses the unknown parameter in %s, naming it and the nearest one', async (query, param, nearest) => {
    const { res, body } = await get(query);
    expect(res.status).toBe(400);
    expect(body.error.code).toBe('unknown_parameter');
    expect(body.error.message).toMatch(new RegExp(`^Unknown parameter "${param}"\\.`));
    if (nearest) expect(body.error.message).toContain(`Did you mean "${nearest}"?`);
    else expect(body.error.message).not.toContain('Did you mean');
    expect(body.error.message).toContain('This endpoint takes: q, type, urgency, body,');
  });

  it('takes percent-encoded UTF-8, a literal percent sign and line breaks in the query', async () => {
    for (const [query, q] of [['q=%C5%BE%C3%A1k', 'žák'], ['q=100%25', '100%'], ['q=%25FF', '%FF'], ['q=a%0D%0Ab%09c', 'a\r\nb\tc']]) {
      const { res, body } = await get(query);
      expect(res.status, query).toBe(200);
      expect(body.query.q, query).toBe(q);
    }
  });
});
