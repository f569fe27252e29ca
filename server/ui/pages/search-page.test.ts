// The search view as the server sends it: what a reader without the script sees, and what
// the script starts from.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { FACTSHEET, STRATEGY, TRAINING_PARAGRAPHS, UI_DOCUMENTS, uiCorpus } from '../../../test/support/ui-corpus.js';
import { shortDocumentName } from '../model/documents.js';

const app = createApp(uiCorpus());
const get = async (query: string) => {
  const res = await app.request(`/${query}`);
  return { status: res.status, html: await res.text() };
};
const between = (html: string, start: string, end: string) => html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const hitCount = (html: string) => (html.match(/<li class="hit">/g) ?? []).length;

describe('the search page without the script', () => {
  it('shows the hits of the query in the address, highlighted, with the count', async () => {
    const { status, html } = await get('?q=helpline');
    expect(status).toBe(200);
    expect(html).toContain('<title>helpline – Monitoring search</title>');
    expect(html).toMatch(/<input type="search" id="search-input" name="q" value="helpline"/);
    expect(html).toMatch(/<p class="result-summary">5 results · (<1|\d+) ms<\/p>/);
    expect(hitCount(html)).toBe(5);
    expect(html).toContain('<mark>helpline</mark>');
  });

  it('is a GET form whose filters and sort are submitted with the query', async () => {
    const { html } = await get('?q=helpline');
    expect(html).toContain('<form id="search-form" class="search-form" role="search" action="/" method="get" autocomplete="off">');
    const boxes = [...html.matchAll(/<input type="checkbox"[^>]*>/g)].map((m) => m[0]);
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) expect(box).toContain('form="search-form"');
    expect(html).toContain('<select id="sort-select" name="sort" form="search-form" autocomplete="off">');
    expect(html).toMatch(/<noscript><div class="apply-filters"><button type="submit" class="primary" form="search-form" formaction="\/#results">Apply filters<\/button>/);
  });

  it('ticks the filters of the address and counts what each value would add', async () => {
    const { html } = await get('?q=helpline&type=recommendation');
    expect(hitCount(html)).toBe(2);
    expect(html).toMatch(/name="type" value="recommendation" form="search-form" checked=""/);
    // The type group is counted without its own filter: the task is still offered, with its count.
    const task = between(html, 'value="task"', '</label>').replace(/^[^>]*>/, '');
    expect(text(task)).toBe('Tasks, 1 item');
  });

  it('says that two ticked values of one filter mean either, and different filters both', async () => {
    const { html } = await get('?q=helpline&type=recommendation&type=task&theme=child-protection');
    expect(html).toContain('<p class="facet-logic">Items with any of the 2 ticked</p>');
    expect(text(html)).toContain('A result has one of the ticked values in every group you tick.');
    const chips = text(between(html, '<ul class="chip-groups"', '</ul>'));
    expect(chips).toMatch(/^Type: Recommendations × or Tasks ×and Theme: Child protection ×$/);
    expect(hitCount(html)).toBe(1);
  });

  it('removes a filter with a real link', async () => {
    const { html } = await get('?q=helpline&type=recommendation&type=task');
    expect(html).toContain('<a class="chip" href="/?q=helpline&amp;type=task" aria-label="Remove filter Type: Recommendations">');
    expect(html).toContain('<a class="clear-filters" href="/?q=helpline">Clear all filters</a>');
  });

  it('shows a ticked year range with the number of items it stands for', async () => {
    const { html } = await get('?year=2020..2023');
    const option = text(between(html, 'value="2020..2023"', '</label>').replace(/^[^>]*>/, ''));
    expect(between(html, 'value="2020..2023"', '>')).toContain('checked=""');
    const total = Number(/<p class="result-summary">(\d+) results/.exec(html)![1]);
    expect(option).toBe(`2020–2023, ${total} items`);
    expect(total).toBe(TRAINING_PARAGRAPHS + 5);
  });

  it('pages with real links, and says so when a page is past the end', async () => {
    const first = await get('?q=training');
    expect(first.html).toMatch(/<a class="page-step" href="\/\?q=training&amp;page=2" rel="next">Next →<\/a>/);
    const past = await get('?q=training&page=9');
    expect(past.status).toBe(200);
    expect(hitCount(past.html)).toBe(0);
    expect(text(past.html)).toContain(`There is no page 9: these ${TRAINING_PARAGRAPHS + 1} results fill 2 pages. Go to the last page (page 2).`);
    expect(past.html).toContain('<a href="/?q=training&amp;page=2">Go to the last page (page 2)</a>');
  });

  it('has a skip link to the results and a results region to land on', async () => {
    const { html } = await get('?q=helpline');
    expect(html).toContain('<a class="skip-link" href="#results">Skip to results</a>');
    expect(html).toContain('<section id="results" class="results" aria-labelledby="results-heading" tabindex="-1" data-address="/?q=helpline">');
  });

  it('offers a "Show N results" button for the phone’s folded filter panel', async () => {
    expect((await get('?q=helpline')).html).toMatch(/<button type="button" class="primary show-results" id="show-results">Show 5 results<\/button>/);
  });

  it('names items so they can be told apart: numbers, and words instead of a lead-in or "Promise"', async () => {
    const titles = [...(await get('?q=helpline')).html.matchAll(/<h3 class="hit-title"[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => text(m[1]));
    expect(titles).toContain('Recommendation II-1 – to introduce a definition of child sexual abuse material for helpline staff.');
    expect(titles).toContain('Recommendation II-6');
    expect(titles).toContain('Starting in 2026, the helpline will answer calls in five languages.');
    expect(titles).toContain('Task 1.1 – A study of helpline calls');
    expect(titles.join('|')).not.toMatch(/invites all Parties|^Promise$/);
  });

  it('shows a task’s deadline and responsible bodies on its card', async () => {
    const { html } = await get(`?type=task&document=${STRATEGY}`);
    const card = text(between(html, '<li class="hit">', '</li>'));
    expect(card).toContain('Deadline2023-12-31');
    expect(card).toContain('ResponsibleMinistry of the Interior; Ministry of Labour');
  });

  it('shows no year for an item whose document gives none, never "undefined"', async () => {
    const { html } = await get('?q=offenders');
    expect(text(between(html, '<p class="hit-source">', '</p>'))).toBe('Memo without a date');
    expect(html).not.toContain('undefined');
  });

  it('shows markup in a query or a document as text', async () => {
    const { html } = await get(`?q=${encodeURIComponent('<script>alert(1)</script> offenders')}`);
    expect(html.match(/<script/g)).toHaveLength(1); // the page's own script
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt; offenders"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('links export files for the same search', async () => {
    const { html } = await get('?q=helpline&type=task');
    expect(html).toContain('<a href="/api/search?q=helpline&amp;type=task&amp;limit=5000&amp;format=csv" download="" aria-label="Export results as CSV">');
  });

  it('offers the search as an Atom feed, in the toolbar and the head, even with no result', async () => {
    for (const query of ['?q=helpline&type=task', '?q=zzzzqqq']) {
      const { html } = await get(query);
      const feed = `/api/search?${new URLSearchParams(query.slice(1)).toString()}&format=atom`.replace(/&/g, '&amp;');
      expect(html, query).toContain(`<a href="${feed}" class="subscribe-link" type="application/atom+xml" aria-label="Subscribe to this search (Atom feed)">Subscribe</a>`);
      expect(html, query).toContain(`<link rel="alternate" type="application/atom+xml" title="This search as an Atom feed" href="${feed}"/>`);
    }
  });

  it('reads what a submitted form sends: empty fields, and both commitment values', async () => {
    const sent = await app.request('/?q=&sort=&commitment=true&commitment=false&type=task');
    expect(sent.status).toBe(302);
    const { status, html } = await get(sent.headers.get('Location')!.slice(1));
    expect(status).toBe(200);
    expect(hitCount(html)).toBe(1);
  });

  it('answers a bad value with the API’s message and a 400, keeping the form', async () => {
    const { status, html } = await get('?q=helpline&type=memo');
    expect(status).toBe(400);
    expect(text(between(html, '<div class="error-box"', '</div>'))).toMatch(/Parameter "type" does not accept "memo". Use one of: recommendation/);
    expect(html).toContain('value="helpline"');
    expect(hitCount(html)).toBe(0);
  });

  it('says which parts of the address it did not use', async () => {
    const { status, html } = await get('?q=helpline&format=csv&page=abc');
    expect(status).toBe(200);
    expect(text(html)).toContain('The search page does not use the parameter “format”, so it was left out. Use the export links for files.');
    expect(text(html)).toContain('“abc” is not a page number; showing page 1.');
  });

  it('reads the engine’s spelling corrections out, with a link to search the words as typed', async () => {
    const { html } = await get('?q=helpine');
    expect(text(html)).toContain('No item contains “helpine”: showing results for “helpline”.');
    expect(html).toContain('<p class="notice search-instead">Search instead for <a href="/?q=helpine&amp;verbatim=true">helpine</a></p>');
    const verbatim = await get('?q=helpine&verbatim=true');
    expect(verbatim.status).toBe(200);
    expect(hitCount(verbatim.html)).toBe(0);
    expect(text(verbatim.html)).toContain('No item contains “helpine”.');
    expect(verbatim.html).not.toContain('search-instead');
  });

  it('lists documents by their short names in the filter', async () => {
    const { html } = await get('');
    expect(text(between(html, `value="${FACTSHEET}"`, '</label>').replace(/^[^>]*>/, ''))).toBe(`${shortDocumentName(UI_DOCUMENTS[0].title)}, ${UI_DOCUMENTS[0].items} items`);
    expect(shortDocumentName(UI_DOCUMENTS[0].title)).not.toBe(UI_DOCUMENTS[0].title);
  });
});

describe('the address of a search', () => {
  it.each([
    ['?q=helpline&sort=', '/?q=helpline'],
    ['?q=&type=task', '/?type=task'],
    ['?q=+helpline+', '/?q=helpline'],
    ['?theme=education&type=task&q=helpline', '/?q=helpline&type=task&theme=education'],
    ['?type=task&type=task', '/?type=task'],
    ['?page=1&q=x', '/?q=x'],
  ])('%s, as a form without the script sends it, leads on to %s', async (query, canonical) => {
    const res = await app.request(`/${query}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(canonical);
    expect((await app.request(canonical)).status).toBe(200);
  });

  it.each(['?q=helpline&foo=1', '?type=memo', '?page=abc'])('%s stays, so the page can say what is wrong with it', async (query) => {
    expect((await app.request(`/${query}`)).status).not.toBe(302);
  });

  it('takes other spellings of the same characters as they are', async () => {
    for (const query of [`q=${encodeURIComponent('(a) b!')}`, 'q=child%20helpline']) expect((await app.request(`/?${query}`)).status, query).toBe(200);
  });
});
