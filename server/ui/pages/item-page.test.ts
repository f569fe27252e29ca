// The item, refs and commitments pages as the server sends them.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { FACTSHEET, LEAD_IN, STRATEGY, uiCorpus } from '../../../test/support/ui-corpus.js';

const app = createApp(uiCorpus());
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  return { status: res.status, html: await res.text() };
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const h1 = (html: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]).trim();

describe('the item page', () => {
  it('shows the item with a heading people can tell apart, its lead-in kept above the text', async () => {
    const { status, html } = await get(`/item/${FACTSHEET}/rec/II-1`);
    expect(status).toBe(200);
    expect(h1(html)).toBe('Recommendation II-1 – to introduce a definition of child sexual abuse material for helpline staff.');
    expect(html).toContain(`<p class="lead-in">${LEAD_IN}</p>`);
    expect(html).toMatch(/<title>Recommendation II-1 – to introduce [^<]* – Committee factsheet – Country – Monitoring search<\/title>/);
  });

  it('shows document, footnotes with their reference links, the cite line and the permalink', async () => {
    const { html } = await get(`/item/${FACTSHEET}/rec/II-6`);
    const page = text(html);
    expect(page).toContain('Document Committee factsheet – Country: implementation report (Lanzarote Committee, 2023)');
    expect(html).toContain('<a class="ref-link" href="/refs/paragraph/73">Paragraph 73</a><span class="ref-of"> of the Lanzarote Committee’s report</span>');
    expect(page).toContain(`http://localhost/item/${FACTSHEET}/rec/II-6`);
    expect(html).toContain(`<a href="http://localhost/item/${FACTSHEET}/rec/II-6" id="permalink">`);
    expect(page).toContain('Graded as “requires”');
  });

  it('keeps a footnote marker at its place in the text, linking to the note, which links back and to what it cites', async () => {
    const { html } = await get(`/item/${FACTSHEET}/rec/II-6`);
    expect(html).toContain('<p>The Committee requires the Country to set up a helpline'
      + '<sup class="fn-ref" id="fnref-1"><a href="#fn-1" aria-label="Note 1">1</a></sup> for children.</p>');
    const note = html.slice(html.indexOf('<li id="fn-1">'), html.indexOf('</li>', html.indexOf('<li id="fn-1">')));
    expect(note).toContain('<a class="footnote-back" href="#fnref-1" aria-label="Back to the text at note 1">↩</a>');
    expect(note).toContain(`<p class="footnote-targets">Refers to: <a href="/item/${FACTSHEET}/para/III/1">Paragraph III/1 – Committee factsheet – Country</a></p>`);
  });

  it('shows a task’s deadline and responsible bodies', async () => {
    const page = text((await get(`/item/${STRATEGY}/task/1.1`)).html);
    expect(page).toContain('Deadline 2023-12-31');
    expect(page).toContain('Responsible Ministry of the Interior; Ministry of Labour');
  });

  it('names no year for an item whose document gives none', async () => {
    const { html } = await get('/item/memo-xy/para/1');
    expect(text(html)).toContain('Memo without a date (Some Alliance)');
    expect(html).not.toContain('undefined');
  });

  it('links back to the search the reader came from, else to the search page', async () => {
    const from = await get(`/item/${FACTSHEET}/rec/II-6`, { Referer: 'http://localhost/?q=helpline&type=recommendation' });
    expect(from.html).toContain('<a href="/?q=helpline&amp;type=recommendation" id="back-link">← Back to results</a>');
    for (const referer of ['http://elsewhere.test/?q=x', 'http://localhost/about', 'not a url']) {
      expect((await get(`/item/${FACTSHEET}/rec/II-6`, { Referer: referer })).html).toContain('<a href="/" id="back-link">← Search</a>');
    }
  });

  it('answers an unknown id with a 404 page written for people', async () => {
    const { status, html } = await get(`/item/${FACTSHEET}/rec/XX-99`);
    expect(status).toBe(404);
    expect(h1(html)).toBe('We could not find this item');
    const page = text(html);
    expect(page).toContain('The address may have been cut off or mistyped');
    expect(page).not.toMatch(/api\/search|field "id"|Take ids/);
    expect(html).toContain('<a href="/?q=XX-99">Search for “XX-99”</a>');
  });
});

describe('the refs page', () => {
  it('lists every item citing a paragraph, with a link to the same list as a search', async () => {
    const { status, html } = await get('/refs/paragraph/73');
    expect(status).toBe(200);
    expect(h1(html)).toBe('Items citing paragraph 73');
    expect(html).toContain(`href="/item/${FACTSHEET}/rec/II-6"`);
    expect(html).toContain('<a href="/?ref=para%3A73">Open as a search to filter or export</a>');
  });

  it('says when nothing cites a recommendation', async () => {
    expect(text((await get('/refs/recommendation/IX-1')).html)).toContain('No item cites Recommendation IX-1.');
  });

  it('explains a reference that is not one', async () => {
    const { status, html } = await get('/refs/paragraph/seventy');
    expect(status).toBe(400);
    expect(text(html)).toContain('“seventy” is not a paragraph number: paragraphs are numbered 1 to 100,000.');
  });
});

describe('the commitments page', () => {
  it('puts commitments and evaluated tasks on a timeline by year, with fulfilment and the urgency chart', async () => {
    const { status, html } = await get('/commitments');
    expect(status).toBe(200);
    const years = [...html.matchAll(/<h3 class="timeline-year-label">(\d{4})/g)].map((m) => Number(m[1]));
    expect(years).toEqual([2019, 2023, 2026]);
    const page = text(html);
    expect(page).toContain('Task 1.1 – A study of helpline calls');
    expect(page).toContain('Responsible: Ministry of the Interior; Ministry of Labour');
    expect(page).toContain('Starting in 2026, the helpline will answer calls in five languages.');
    expect(page).toContain('Partially met: 1');
    expect(html).toMatch(/<rect class="segment segment-require"/);
  });
});
