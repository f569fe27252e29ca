// GET /api/items/{id} and the cross-reference routes over the hand-made corpus.
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { smallCorpus } from '../../test/support/small-corpus.js';

const app = createApp(smallCorpus());
const json = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const REC = 'lanzarote-factsheet-cz-2023/rec/II-6';

describe('GET /api/items/{id}', () => {
  it.each([REC, encodeURIComponent(REC)])('finds the item at %s with its links', async (path) => {
    const { status, body } = await json(`/api/items/${path}`);
    expect(status).toBe(200);
    expect(body.item.id).toBe(REC);
    expect(body.footnotes).toEqual([{ n: 1, text: 'Para. 73 of the implementation report.', refs: { recommendations: [], paragraphs: [73] } }]);
    expect(body.parent).toBeNull();
    expect(ids(body.children)).toEqual([`${REC}/a`]);
    expect(ids(body.replies)).toEqual(['lanzarote-factsheet-cz-2023/reply/II-6']);
    expect(body.respondsTo).toBeNull();
    expect(body.related).toEqual([]);
  });

  it('links a part to its parent and a reply to what it answers', async () => {
    expect((await json(`/api/items/${REC}/a`)).body.parent.id).toBe(REC);
    const reply = await json('/api/items/lanzarote-factsheet-cz-2023/reply/II-6');
    expect(reply.body.respondsTo.id).toBe(REC);
    expect(reply.body.footnotes).toEqual([]);
  });

  it('resolves related items with score and terms, dropping unknown ids', async () => {
    const { body } = await json('/api/items/national-strategy-thb-cz-2020-2023/task/1.1');
    expect(body.related).toHaveLength(1);
    expect(body.related[0]).toMatchObject({ item: { id: REC }, score: 0.5, terms: ['victim'] });
  });

  it.each(['no-such-item', 'lanzarote-factsheet-cz-2023/rec/II-99'])('gives a 404 naming %s', async (id) => {
    const { status, body } = await json(`/api/items/${id}`);
    expect(status).toBe(404);
    expect(body.error.code).toBe('item_not_found');
    expect(body.error.message).toContain(id);
  });

  it('refuses an overlong id with a 400', async () => {
    const { status, body } = await json(`/api/items/${'x'.repeat(301)}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('parameter_too_long');
  });
});

describe('GET /api/refs/…', () => {
  it('lists each item citing a recommendation once, case-insensitively', async () => {
    for (const id of ['III-25', 'iii-25']) {
      const { status, body } = await json(`/api/refs/recommendation/${id}`);
      expect(status).toBe(200);
      expect(ids(body.items)).toEqual([REC, 'global-alliance-report-cz-2014/para/12']);
    }
  });

  it('lists each item citing a paragraph once, even through several footnotes', async () => {
    const { body } = await json('/api/refs/paragraph/73');
    expect(ids(body.items)).toEqual([REC, 'global-alliance-report-cz-2014/para/12']);
  });

  it('answers an empty list for what nobody cites', async () => {
    expect((await json('/api/refs/paragraph/74')).body).toEqual({ items: [] });
    expect((await json('/api/refs/recommendation/IV-1')).body).toEqual({ items: [] });
  });

  it.each(['0', '-1', 'abc', '1.5', '100001', '%205', '5%20', '073', '%2B73', '7e1'])('refuses paragraph %s with a 400 naming n', async (n) => {
    const { status, body } = await json(`/api/refs/paragraph/${n}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('out_of_range');
    expect(body.error.message).toContain('Parameter "n" must be an integer from 1 to 100000');
  });

  it.each([
    ['/api/refs/recommendation/%00', 'id', 'U+0000'],
    ['/api/refs/recommendation/III-25%0A', 'id', 'U+000A'],
    ['/api/refs/recommendation/%C0%AF', 'id', 'UTF-8'],
    ['/api/refs/paragraph/%FF%FE', 'n', 'UTF-8'],
    ['/api/items/%ED%A0%80', 'id', 'UTF-8'],
    ['/api/items/lanzarote-factsheet-cz-2023%2Frec%2F%00', 'id', 'U+0000'],
  ])('refuses %s with a 400 naming %s', async (path, param, mentions) => {
    const { status, body } = await json(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.message).toContain(`Parameter "${param}"`);
    expect(body.error.message).toContain(mentions);
  });
});
