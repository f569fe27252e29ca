// The search page over real documents, as the server sends it (no script): the chip of a cited
// paragraph, the engine's notices and its "search instead for" / "did you mean" links, the
// question on an answer's card, numbers on cards, the fulfilment, responsible and review
// filters, and UN items cited by symbol and paragraph.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { loadCrossBodyCorpus } from '../../../test/support/cross-body-corpus.js';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  app = createApp(await loadCrossBodyCorpus());
}, 90_000);

const get = async (query: string) => {
  const res = await app.request(`/${query}`);
  return { status: res.status, html: await res.text() };
};
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const cards = (html: string) => html.split('<li class="hit">').slice(1).map((card) => card.slice(0, card.indexOf('</li>\n') === -1 ? undefined : card.indexOf('</li>\n')));

describe('how the query was read', () => {
  it('shows a chip for a cited paragraph, lists the citing items first and links to them alone', async () => {
    const { status, html } = await get('?q=para+104');
    expect(status).toBe(200);
    expect(html).toContain('<span class="chip citation-chip">cites paragraph 104</span>');
    expect(text(html)).toMatch(/cites paragraph 104 \d+ items? citing it, listed first\./);
    expect(html).toContain('<a class="citation-only" href="/?ref=para%3A104">Show only the items citing it</a>');
    expect(cards(html)[0]).toContain('<span class="badge cites">Cites paragraph 104</span>');
  });

  it('says why a query with no searchable word finds nothing', async () => {
    const { html } = await get('?q=of+the');
    expect(html).toContain('<p class="notice query-notice notice-no-searchable-words">');
    expect(text(html)).toContain('has only words too common to search for');
    expect(html).not.toContain('<li class="hit">');
  });

  it('reports an unclosed quote', async () => {
    expect(text((await get('?q=%22child+helpline')).html)).toContain('is not closed, so its words were searched one by one');
  });

  it('offers the nearest indexed words for an English word no item has, as a link', async () => {
    const { html } = await get('?q=phrase');
    expect(html).toContain('<p class="notice did-you-mean">Did you mean <a href="/?q=phase">phase</a>?</p>');
    // Said once: the notice leaves the suggestion to the link.
    expect(text(html).match(/Did you mean/g)).toHaveLength(1);
  });
});

describe('cards', () => {
  it('show the question an answer answers, and numbers on numbered items', async () => {
    const { html } = await get('?q=helpline&type=answer');
    const answer = cards(html)[0];
    expect(answer).toMatch(/<p class="hit-question"><a class="hit-question-label" href="\/item\/[^"]+\/q\/[^"]+">Question [\d.]+<\/a>: /);
    const recommendations = cards((await get('?q=helpline&type=recommendation')).html);
    expect(recommendations.some((card) => /<span class="heading-label">Recommendation VI-1<\/span>/.test(card))).toBe(true);
  });

  it('mark a match found in the section heading there', async () => {
    const card = cards((await get('?q=jurisdiction&type=recommendation')).html)
      .find((c) => c.includes('href="/item/lanzarote-factsheet-cz-2023/rec/IV-6"'))!;
    // The headings with a match and the item's own, not every level of the path.
    expect(card).toContain('<span class="hit-section"> · IV. <mark>Jurisdiction</mark> rules › Observations and recommendations of the Committee on '
      + '<mark>jurisdiction</mark> rules specific to the Czech Republic › <mark>Jurisdiction</mark> not subordinated');
    const prevention = cards((await get('?q=prevention&type=question')).html).find((c) => c.includes('/q/1.1"'))!;
    expect(prevention).toContain('<span class="hit-section"> · <mark>Prevention</mark> › Question 1 Awareness-raising');
  });

  it('cite a UN recommendation by symbol and paragraph, with its recommending States and position', async () => {
    const { html } = await get('?recommendingState=Maldives');
    const [card] = cards(html);
    expect(card).toContain('<cite class="hit-citation">A/HRC/38/12, para. 118.4</cite>');
    expect(text(card)).toContain('Recommended byMaldives');
    expect(text(card)).toContain('Position of the StateSupported');
  });
});

describe('filters', () => {
  it('offers fulfilment and responsible where tasks are evaluated, with the same checkboxes', async () => {
    const { html } = await get('?type=evaluation');
    expect(html).toContain('<fieldset class="facet facet-fulfilment">');
    expect(html).toMatch(/<input type="checkbox" name="fulfilment" value="partially-met" form="search-form" autocomplete="off" data-facet="fulfilment"\/>/);
    expect(html).toContain('<fieldset class="facet facet-responsible');
    const filtered = await get('?type=evaluation&fulfilment=partially-met');
    expect(filtered.html).toMatch(/name="fulfilment" value="partially-met" form="search-form" checked=""/);
    expect(text(filtered.html)).toContain('Fulfilment: Partially met ×');
    for (const card of cards(filtered.html)) expect(card).toContain('Partially met');
  });

  it('offers recommending State and position where review recommendations match', async () => {
    const { html } = await get('?q=helplines&type=recommendation');
    expect(html).toContain('<fieldset class="facet facet-recommendingState">');
    expect(html).toContain('<legend>Recommended by</legend>');
    expect(html).toContain('<fieldset class="facet facet-position">');
    expect(html).toMatch(/name="position" value="supported"/);
    const none = await get('?q=helpline&type=task');
    expect(none.html).not.toContain('facet-recommendingState');
  });

  it('says which filter value the corpus does not have', async () => {
    const { status, html } = await get('?q=helpline&recommendingState=Atlantis');
    expect(status).toBe(400);
    expect(text(html)).toMatch(/Parameter "recommendingState" does not accept "Atlantis"\. Use one of the \d+ values, for example: .*Maldives/);
  });
});

describe('the page of a UN item', () => {
  it('gives its citation by symbol and paragraph, who recommended it and the State\'s position', async () => {
    const { status, html } = await get('item/upr-wg-report-examplia-2018/rec/118.4');
    expect(status).toBe(200);
    const page = text(html);
    expect(page).toContain('CitationA/HRC/38/12, para. 118.4');
    expect(page).toContain('Recommended byMaldives');
    expect(page).toContain('Position of the StateSupported');
    expect(page).toMatch(/recommendation 118\.4, A\/HRC\/38\/12, para\. 118\.4\. http/);
  });
});

describe('the page of an item with footnotes', () => {
  it('shows each marker where it was printed and says whose paragraph or recommendation a note cites', async () => {
    const { html } = await get('item/lanzarote-factsheet-cz-2023/rec/II-6');
    const markers = [...html.matchAll(/<sup class="fn-ref" id="fnref-(\d+)">/g)].map((m) => Number(m[1]));
    expect(markers).toEqual([4, 5]);
    expect(text(html)).toContain('Recommendation II-6 of the Lanzarote Committee’s 2nd monitoring round report');
  });
});
