// format=atom read back by a feed parser from npm (feedsmith, which throws on anything that is
// not a well-formed Atom feed): the same hits as the JSON answer, newest document first, each
// entry with the item's title, text, link, document, body and year; ETag and 304 as elsewhere.
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { itemHeading } from '../ui/model/item-heading.js';
import type { Item } from '../../core/schema.js';
import { createApp } from '../app.js';
import { loadCorpusFromDir } from '../../node-server/corpus-files.js';
import { smallCorpus, SMALL_DOCUMENTS } from '../../test/support/small-corpus.js';
import { xmlText } from './search-atom.js';

const seeds = createApp(loadCorpusFromDir('corpus'));
const small = createApp(smallCorpus());

type Hit = { id: string; type: Item['type']; number?: string; title?: string; document: string; body: string; year?: number; text: string };

async function feedAndJson(app: typeof seeds, query: string) {
  const atom = await app.request(`http://search.test/api/search?${query}&format=atom`);
  expect(atom.status, await atom.clone().text()).toBe(200);
  expect(atom.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
  const json = await (await app.request(`http://search.test/api/search?${query}`)).json() as { count: number; hits: Hit[] };
  return { response: atom, feed: parseAtomFeed(await atom.text()), json };
}

const category = (entry: { categories?: { scheme?: string; term?: string; label?: string }[] }, scheme: string) =>
  entry.categories?.find((c) => c.scheme?.endsWith(`#${scheme}`));

describe('format=atom', () => {
  it('lists the newest hits by default, newest document first, with title, text, link, document, body and year', async () => {
    const { feed, json } = await feedAndJson(seeds, 'q=victims&limit=100&sort=year');
    expect(json.count).toBeGreaterThan(100);
    expect(feed.title?.value).toBe('Monitoring search: “victims”');
    // The same hits as the JSON answer in the same order (sort=year is what the feed uses by default).
    expect(feed.entries?.map((e) => e.id)).toEqual(json.hits.map((h) => `http://search.test/item/${h.id.split('/').map(encodeURIComponent).join('/')}`));
    const byDefault = parseAtomFeed(await (await seeds.request('http://search.test/api/search?q=victims&limit=100&format=atom')).text());
    expect(byDefault.entries?.map((e) => e.id)).toEqual(feed.entries?.map((e) => e.id));
    const years = json.hits.map((h) => h.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(new Set(years).size, 'the page spans several years').toBeGreaterThan(1);
    const titles = new Map((await (await seeds.request('/api/documents')).json() as { documents: { id: string; title: string }[] }).documents.map((d) => [d.id, d.title]));
    json.hits.forEach((hit, k) => {
      const entry = feed.entries![k];
      expect(entry.title?.value).toBe(itemHeading(hit));
      expect(entry.content?.value).toBe(hit.text);
      expect(entry.links?.find((l) => l.rel === 'alternate')?.href).toBe(entry.id);
      expect(entry.links?.find((l) => l.rel === 'related')?.href).toBe(`http://search.test/api/items/${hit.id.split('/').map(encodeURIComponent).join('/')}`);
      expect(category(entry, 'document')).toMatchObject({ term: hit.document, label: titles.get(hit.document) });
      expect(category(entry, 'body')?.term).toBe(hit.body);
      expect(entry.authors?.[0]?.name).toBe(hit.body);
      expect(category(entry, 'year')?.term).toBe(String(hit.year));
      expect(entry.updated).toBe(`${hit.year}-01-01T00:00:00Z`);
    });
    expect(feed.updated).toBe(`${years[0]}-01-01T00:00:00Z`);
  });

  it('keeps an explicit sort for which hits it takes, and lists them newest document first', async () => {
    const { feed, json } = await feedAndJson(seeds, 'q=helpline&sort=relevance&limit=8');
    const ids = (hits: Hit[]) => hits.map((h) => `http://search.test/item/${h.id.split('/').map(encodeURIComponent).join('/')}`);
    expect(new Set(feed.entries?.map((e) => e.id))).toEqual(new Set(ids(json.hits)));
    const years = feed.entries!.map((e) => Number(category(e, 'year')?.term));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(feed.entries?.map((e) => e.id), 'relevance order differs from newest first here').not.toEqual(ids(json.hits));
  });

  it('puts the query and filters in the title, and links the same view on the page and itself', async () => {
    const { feed } = await feedAndJson(seeds, 'q=helplines&type=recommendation&year=2018..2023');
    expect(feed.title?.value).toBe('Monitoring search: “helplines” — type recommendation, year 2018..2023');
    expect(feed.links?.find((l) => l.rel === 'alternate')?.href).toBe('http://search.test/?q=helplines&type=recommendation&year=2018..2023');
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe('http://search.test/api/search?q=helplines&type=recommendation&year=2018..2023&format=atom');
    const all = parseAtomFeed(await (await seeds.request('http://search.test/api/search?format=atom&limit=0')).text());
    expect(all.title?.value).toBe('Monitoring search: all items');
    expect(all.entries ?? []).toEqual([]);
  });

  it('escapes markup in the query and the items, which read back exactly', async () => {
    const q = '<b>"forum" & police</b>';
    const { feed } = await feedAndJson(small, `q=${encodeURIComponent(q)}`);
    expect(feed.title?.value).toBe(`Monitoring search: “${q}”`);
    const { feed: all } = await feedAndJson(small, 'document=global-alliance-report-cz-2014');
    const entry = all.entries?.find((e) => e.content?.value?.includes('<script>'));
    expect(entry?.content?.value).toBe('Offenders posted <script>alert(1)</script> on a forum & the police removed it.');
    expect(category(entry!, 'document')?.label).toBe(SMALL_DOCUMENTS[0].title);
    expect(xmlText('a\u0001b\ud800c')).toBe('a\ufffdb\ufffdc');
  });

  it('answers a conditional request with 304 and refuses more than a page of entries', async () => {
    const first = await seeds.request('/api/search?q=helpline&format=atom');
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^W\//);
    const again = await seeds.request('/api/search?q=helpline&format=atom', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    const tooMany = await seeds.request('/api/search?q=helpline&format=atom&limit=101');
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.message).toContain('Parameter "limit" must be an integer from 0 to 100');
  });
});
