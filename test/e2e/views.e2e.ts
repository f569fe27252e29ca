// Every view in Chromium, with the script and without it (javaScriptEnabled: false, so what
// shows is the server's HTML alone): content, the fixes people asked for, desktop and phone
// screenshots in test-results/ui/ (named script-… and no-script-…).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from './browser.js';
import { corpusFacts, focused, resultCount, screenshot, sidewaysOverflow, waitForResults } from './page-helpers.js';
import { startServer, type RunningServer } from './serve-app.js';

let server: RunningServer;
let facts: Awaited<ReturnType<typeof corpusFacts>>;

beforeAll(async () => {
  server = await startServer();
  facts = await corpusFacts(server.origin);
  console.log(`e2e: ${server.corpus} corpus at ${server.origin}`);
});
afterAll(async () => { await server?.close(); });

const itemHref = (id: string) => `/item/${id.split('/').map(encodeURIComponent).join('/')}`;

describe.each([
  { mode: 'script', javaScriptEnabled: true },
  { mode: 'no-script', javaScriptEnabled: false },
])('views with $mode', ({ mode, javaScriptEnabled }) => {
  let browser: BrowserSession;
  let page: Page;
  let phone: Page;
  const url = (path: string) => `${server.origin}${path}`;
  const open = async (target: Page, path: string) => {
    const res = await target.goto(url(path));
    if (path.startsWith('/?') || path === '/') await waitForResults(target);
    return res!;
  };
  const shot = (target: Page, name: string, fullPage = false) => screenshot(target, `${mode}-${name}`, fullPage);

  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled });
    page = await browser.newPage();
    phone = await browser.newPage({ width: 390, height: 844 });
  });
  afterAll(async () => { await browser?.close(); });

  it('shows the results of the address in the first HTML, highlighted, on desktop and phone', async () => {
    const res = await open(page, '/?q=helplines');
    expect(res.status()).toBe(200);
    expect(await page.locator('#search-input').inputValue()).toBe('helplines');
    expect(await page.locator('.result-summary').textContent()).toMatch(/^\d+ results?.* · (<1|\d+) ms$/);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    expect((await page.locator('.hit mark').allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/^helpline/)]));
    expect(await page.title()).toBe('helplines – Monitoring search');
    await shot(page, 'search');
    await open(phone, '/?q=helplines');
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await shot(phone, 'phone-search');
  });

  it('names hits so they can be told apart: numbers, and words for lead-ins and promises', async () => {
    await open(page, '/?type=recommendation&type=commitment');
    const titles = (await page.locator('.hit-title').allTextContents()).map((t) => t.trim());
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.filter((t) => /:$|^Promise$/.test(t))).toEqual([]);
    expect(titles.some((t) => /^Recommendation \S+/.test(t))).toBe(true);
    if (facts.leadIn) {
      await open(page, itemHref(facts.leadIn.id));
      const heading = (await page.locator('h1').textContent())!;
      expect(heading).not.toContain(facts.leadIn.title!.trim());
      expect(heading).toMatch(/^Recommendation \S+ – /);
      expect(await page.locator('.lead-in').textContent()).toBe(facts.leadIn.title);
    }
    if (facts.promise) {
      await open(page, itemHref(facts.promise.id));
      const heading = (await page.locator('h1').textContent())!;
      expect(heading.length).toBeGreaterThan(20);
      expect(facts.promise.text.replace(/\s+/g, ' ').trim().startsWith(heading.replace(/…$/, ''))).toBe(true);
    }
  });

  it('shows a task’s responsible bodies and deadline on its card', async () => {
    await open(page, '/?type=task');
    const card = page.locator('.hit').filter({ has: page.locator('.task-facts') }).first();
    const text = await card.locator('.task-facts').textContent();
    expect(text).toContain('Deadline');
    expect(text).toContain('Responsible');
    await card.screenshot({ path: `test-results/ui/${mode}-task-card.png` });
  });

  it('shows the count of a ticked year range and what ticking two values means', async () => {
    const [from, to] = [facts.years[0], facts.years[facts.years.length - 1]];
    await open(page, `/?year=${from}..${to}&type=recommendation&type=task&theme=victim-assistance`);
    const range = page.locator(`input[name="year"][value="${from}..${to}"]`);
    expect(await range.isChecked()).toBe(true);
    const option = (await page.locator('.facet-option', { has: range }).textContent())!;
    expect(option).toMatch(new RegExp(`^${from}–${to}, \\d+ items?$`));
    expect(await page.locator('.facet-type .facet-logic').textContent()).toBe('Items with any of the 2 ticked');
    const chips = (await page.locator('.chip-groups').textContent())!.replace(/\s+/g, ' ');
    expect(chips).toMatch(/Type: Recommendations × or Tasks ×/);
    expect(chips).toMatch(/and Theme: Victim assistance ×/);
    await shot(page, 'filters-and-or');
  });

  it('says when a page is past the end and links to the last page', async () => {
    await open(page, '/?q=helpline&page=999');
    const count = await resultCount(page);
    const last = Math.ceil(count / 20);
    expect(await page.locator('.out-of-range').textContent()).toContain(`There is no page 999: these ${count} results fill`);
    await shot(page, 'out-of-range');
    await page.getByRole('link', { name: `Go to the last page (page ${last})` }).click();
    await page.waitForURL(last === 1 ? url('/?q=helpline') : url(`/?q=helpline&page=${last}`));
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
  });

  it('skips from the top of the page to the results', async () => {
    await open(page, '/?q=helpline');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to results');
    await shot(page, 'skip-to-results');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('results');
  });

  it('opens an item with its document, cite line and permalink', async () => {
    await open(page, '/?q=helpline');
    const first = page.locator('.hit-title a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(url(href));
    expect(await page.locator('.item-source').textContent()).toContain('Document');
    expect(await page.locator('.citation').textContent()).toContain(url(href));
    expect(await page.locator('#permalink').getAttribute('href')).toBe(url(href));
    expect(await page.locator('#back-link').textContent()).toBe('← Back to results');
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(javaScriptEnabled);
    await shot(page, 'item', true);
    await open(phone, href);
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await shot(phone, 'phone-item', true);
  });

  it('shows the reply a recommendation received and a task’s fields', async () => {
    if (facts.reply) {
      await open(page, itemHref(facts.reply.respondsTo!));
      expect(await page.locator('.reply').first().textContent()).toContain(facts.reply.text.slice(0, 40));
      await shot(page, 'item-with-reply', true);
    }
    await open(page, itemHref(facts.task.id));
    expect(await page.locator('.item-fields dt').allTextContents()).toEqual(expect.arrayContaining(['Deadline', 'Responsible']));
    await shot(page, 'item-task', true);
  });

  it('answers an unknown item with a 404 page that speaks to people', async () => {
    const res = await open(page, '/item/lanzarote-factsheet-cz-2023/rec/XX-99');
    expect(res.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('We could not find this item');
    expect(await page.locator('main').textContent()).not.toMatch(/api\/search|field "id"/);
    await shot(page, 'item-not-found');
    await page.getByRole('link', { name: 'Search for “XX-99”' }).click();
    await page.waitForURL(url('/?q=XX-99'));
  });

  it('follows a footnote reference to every item citing the same paragraph or recommendation', async () => {
    expect(facts.citing, 'an item with a footnote reference').toBeDefined();
    await open(page, itemHref(facts.citing!.id));
    const reference = page.locator('.footnote-refs a').first();
    const refHref = (await reference.getAttribute('href'))!;
    await reference.click();
    await page.waitForURL(url(refHref));
    expect(await page.locator('h1').textContent()).toMatch(/^Items citing (paragraph \d+|Recommendation \S+)$/);
    expect(await page.locator('.hit-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(itemHref(facts.citing!.id));
    await shot(page, 'refs');
  });

  it('shows commitments on a timeline by year, fulfilment and the urgency × theme chart', async () => {
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
    await page.waitForURL(url('/commitments'));
    const years = (await page.locator('.timeline-year-label').allTextContents()).map((t) => Number.parseInt(t, 10)).filter(Number.isFinite);
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(await page.locator('.chart rect.segment-invite, .chart rect.segment-require').count()).toBeGreaterThan(0);
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('Commitments');
    await shot(page, 'commitments', true);
    await open(phone, '/commitments');
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await shot(phone, 'phone-commitments', true);
  });

  it('describes every document on the about page, reached from header and footer', async () => {
    await open(page, '/');
    await page.locator('.site-footer').getByRole('link', { name: 'About the corpus' }).click();
    await page.waitForURL(url('/about'));
    await open(page, '/');
    await page.locator('.site-header').getByRole('link', { name: 'About', exact: true }).click();
    await page.waitForURL(url('/about'));
    const cards = page.locator('.doc-card');
    expect(await cards.count()).toBe(facts.documents.length);
    for (const [k, doc] of facts.documents.entries()) {
      const card = (await cards.nth(k).textContent())!;
      expect(card).toContain(doc.title);
      expect(card).toContain('Kind');
      expect(card).toMatch(/Coverage(not measured|\d+\.\d %)/);
      expect(card.includes('Year')).toBe(doc.year !== undefined);
    }
    expect(await page.locator('.doc-card .type-counts li').count()).toBeGreaterThan(facts.documents.length);
    await shot(page, 'about', true);
    await open(phone, '/about');
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await shot(phone, 'phone-about', true);
  });

  it('answers an unknown page with an HTML 404 with the site around it, and the API with JSON', async () => {
    const res = await open(page, '/no/such/page');
    expect(res.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('.site-nav').count()).toBe(1);
    await shot(page, 'not-found');
    const api = await page.goto(url('/api/nope'));
    expect(api!.status()).toBe(404);
    expect(api!.headers()['content-type']).toMatch(/^application\/json/);
  });

  it('names an icon on every page, and serves /favicon.ico', async () => {
    for (const path of ['/', '/?q=helpline', itemHref(facts.task.id), '/commitments', '/about', '/no/such/page', '/api/docs']) {
      await page.goto(url(path));
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon, path).toMatch(/^\/ui\/icon\.svg\?v=/);
      expect((await page.request.get(url(icon!))).headers()['content-type'], path).toBe('image/svg+xml');
    }
    expect((await page.request.get(url('/favicon.ico'))).status()).toBe(200);
  });

  it('exports the current results as CSV with labels, document titles, numbers and addresses', async () => {
    await open(page, '/?q=helpline&type=recommendation');
    const csvHref = (await page.getByRole('link', { name: 'Export results as CSV' }).getAttribute('href'))!;
    expect(csvHref).toMatch(/^\/api\/search\?q=helpline&type=recommendation&limit=\d+&format=csv$/);
    const csv = await page.request.get(url(csvHref));
    expect(csv.headers()['content-type']).toContain('text/csv');
    const [header, first] = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/^"Item URL","Document","Item number","Type",/);
    expect(first).toMatch(new RegExp(`^"${url('/item/')}[^"]+","[^"]+","[^"]*","Recommendation",`));
    const json = await page.request.get(url((await page.getByRole('link', { name: 'Export results as JSON' }).getAttribute('href'))!));
    // The JSON export is the documented SearchResponse as a file.
    const exported = (await json.json()) as { count: number; hits: { type: string }[] };
    expect(exported.hits.length).toBeGreaterThan(0);
    expect(exported.hits.every((hit) => hit.type === 'recommendation')).toBe(true);
  });

  it('offers the current search as an Atom feed to subscribe to, in the page and its head', async () => {
    await open(page, '/?q=helpline&type=recommendation');
    const feedHref = await page.getByRole('link', { name: 'Subscribe to this search (Atom feed)' }).getAttribute('href');
    expect(feedHref).toBe('/api/search?q=helpline&type=recommendation&format=atom');
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(feedHref);
    const feed = await page.request.get(url(feedHref!));
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(xml).toContain('<title>Monitoring search: “helpline” — type recommendation</title>');
    expect(xml.match(/<entry>/g)?.length).toBeGreaterThan(0);
  });

  it('showed every page with no console error, page error or request beyond loopback', () => {
    // A 404 page logs its status as a console error in Chromium; those are the tests' own visits.
    expect(browser.problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
