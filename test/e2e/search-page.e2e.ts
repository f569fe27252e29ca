// The search page in a real browser (Debian's Chromium): search, filter, open an item, follow
// a footnote reference, the commitments view, escaping, keyboard use, a phone-sized window.
// Screenshots go to test-results/ui/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from './browser.js';
import { focused, screenshot, screenshotElement, tabUntil, waitForResults, waitForView } from './page-helpers.js';
import { startServer, type RunningServer } from './serve-app.js';

let server: RunningServer;
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage();
  console.log(`e2e: ${server.corpus} corpus at ${server.origin}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server.origin}${path}`;
const searchBox = () => page.getByLabel('Search recommendations, replies, tasks and reports');
const hitTypes = () => page.locator('.hit .type-tag').allTextContents();

describe('search page', () => {
  it('shows highlighted hits with count and time as the reader types', async () => {
    await page.goto(url('/'));
    await waitForResults(page);
    await searchBox().pressSequentially('helpline', { delay: 40 });
    await page.waitForURL(/\?q=helpline$/);
    await waitForResults(page);
    expect(await page.locator('.result-summary').textContent()).toMatch(/^\d+ results?.* · (<1|\d+) ms$/);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    expect((await page.locator('.hit mark').allTextContents()).map((t) => t.toLowerCase())).toContain('helpline');
    await screenshot(page, 'search-helpline');
  });

  it('filters by a facet as it is ticked and keeps the state in the address', async () => {
    const before = Number((await page.locator('.result-summary').textContent())!.split(' ')[0]);
    await page.getByRole('group', { name: 'Type' }).getByLabel(/^Recommendations/).check();
    await page.waitForURL(/type=recommendation/);
    await waitForResults(page);
    const types = await hitTypes();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Recommendation']));
    expect(Number((await page.locator('.result-summary').textContent())!.split(' ')[0])).toBeLessThanOrEqual(before);
    await expect(page.getByRole('button', { name: /Remove filter Type: Recommendations/ }).count()).resolves.toBe(1);
    await screenshot(page, 'search-facet');

    await page.reload();
    await waitForResults(page);
    expect(await searchBox().inputValue()).toBe('helpline');
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel(/^Recommendations/).isChecked()).toBe(true);
  });

  it('exports the current results through the API as CSV and JSON', async () => {
    const csvHref = await page.getByRole('link', { name: 'Export results as CSV' }).getAttribute('href');
    const jsonHref = await page.getByRole('link', { name: 'Export results as JSON' }).getAttribute('href');
    expect(csvHref).toMatch(/^\/api\/search\?q=helpline&type=recommendation&limit=\d+&format=csv$/);
    const csv = await page.request.get(url(csvHref!));
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('id');
    const json = await page.request.get(url(jsonHref!));
    // The JSON export is the documented SearchResponse as a file.
    const exported = (await json.json()) as { count: number; hits: { type: string }[] };
    expect(exported.hits.length).toBeGreaterThan(0);
    expect(exported.hits.every((hit) => hit.type === 'recommendation')).toBe(true);
  });

  it('offers the current search as an Atom feed to subscribe to', async () => {
    const feedHref = await page.getByRole('link', { name: 'Subscribe to this search (Atom feed)' }).getAttribute('href');
    expect(feedHref).toBe('/api/search?q=helpline&type=recommendation&format=atom');
    const feed = await page.request.get(url(feedHref!));
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(xml).toContain('<title>Monitoring search: “helpline” — type recommendation</title>');
    expect(xml.match(/<entry>/g)?.length).toBeGreaterThan(0);
  });

  it('opens an item with its document, section, cite line and permalink, and goes back', async () => {
    const first = page.locator('.hit-title a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(url(href!));
    await waitForView(page, '.item-body');
    expect(await page.locator('h1').textContent()).not.toBe('Item not found');
    expect(await page.locator('.item-source').textContent()).toContain('Document');
    expect(await page.locator('.citation').textContent()).toContain(url(href!));
    expect(await page.locator('.permalink a').getAttribute('href')).toBe(url(href!));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await screenshot(page, 'item', true);
    await page.goBack();
    await waitForResults(page);
    expect(page.url()).toContain('type=recommendation');
  });

  it('returns from an item to the same place in the results', async () => {
    await page.goto(url('/?q=helpline'));
    await waitForResults(page);
    const hits = page.locator('.hit-title a');
    const target = hits.nth(Math.min(5, (await hits.count()) - 1));
    await target.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await page.waitForFunction(() => window.scrollY > 0);
    const scrolled = await page.evaluate(() => window.scrollY);
    await target.click();
    await waitForView(page, '.item-body');
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled);
    await page.getByRole('link', { name: '← Back to results' }).click();
    await page.waitForURL(url('/?q=helpline'));
    await waitForResults(page);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
    // The link went back through the history rather than adding an entry: forward leads to the item again.
    await page.goForward();
    await page.waitForURL(/\/item\//);
  });

  it('pages through all items, moving focus to the results', async () => {
    await page.goto(url('/'));
    await waitForResults(page);
    const count = Number((await page.locator('.result-summary').textContent())!.split(' ')[0].replace(/,/g, ''));
    if (count <= 20) return; // the fixture corpus fits on one page
    await page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/\?page=2$/);
    await waitForResults(page);
    expect(await page.locator('.result-summary').textContent()).toMatch(/showing 21–40/);
    expect(await page.locator('.pagination a[aria-current="page"]').textContent()).toBe('2');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    await screenshotElement(page, '.pagination', 'pagination');
  });

  it('shows the reply a recommendation received and a task’s deadline and responsible bodies', async () => {
    const first = async (query: string) =>
      ((await (await page.request.get(url(`/api/search?${query}&limit=1`))).json()) as { hits: { id: string; respondsTo?: string; text: string }[] }).hits[0];
    const reply = await first('type=response');
    await page.goto(url(`/item/${reply.respondsTo!}`));
    await waitForView(page, '.item-body');
    expect(await page.locator('.reply').first().textContent()).toContain(reply.text.slice(0, 40));
    await screenshot(page, 'item-with-reply', true);
    const task = await first('type=task');
    await page.goto(url(`/item/${task.id}`));
    await waitForView(page, '.item-body');
    const fields = await page.locator('.item-fields dt').allTextContents();
    expect(fields).toEqual(expect.arrayContaining(['Deadline', 'Responsible']));
    await screenshot(page, 'item-task', true);
  });

  it('follows a footnote reference to every item citing the same paragraph or recommendation', async () => {
    // Any item with a resolved footnote reference: the fixture has several, a built corpus many.
    const listing = await page.request.get(url('/api/search?type=recommendation&limit=100'));
    const hits = ((await listing.json()) as { hits: { id: string; footnotes?: { refs?: { paragraphs: number[]; recommendations: string[] } }[] }[] }).hits;
    const citing = hits.find((hit) => hit.footnotes?.some((n) => n.refs && n.refs.paragraphs.length + n.refs.recommendations.length > 0));
    expect(citing, 'an item with a footnote reference').toBeDefined();
    await page.goto(url(`/item/${citing!.id}`));
    await waitForView(page, '.item-body');
    const reference = page.locator('.footnote-refs a').first();
    const refHref = await reference.getAttribute('href');
    await reference.click();
    await page.waitForURL(url(refHref!));
    await waitForView(page, '.refs-view > div');
    expect(await page.locator('h1').textContent()).toMatch(/^Items citing (paragraph \d+|Recommendation \S+)$/);
    const listed = await page.locator('.hit-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed).toContain(`/item/${citing!.id.split('/').map(encodeURIComponent).join('/')}`);
    await screenshot(page, 'refs');
  });

  it('shows commitments on a timeline by year, fulfilment and the urgency × theme chart', async () => {
    await page.getByRole('link', { name: 'Commitments', exact: true }).click();
    await page.waitForURL(url('/commitments'));
    await waitForView(page, '.commitments-body');
    const years = (await page.locator('.timeline-year-label').allTextContents()).map((t) => Number.parseInt(t, 10)).filter(Number.isFinite);
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(await page.locator('.timeline-entry').count()).toBeGreaterThan(0);
    expect(await page.locator('.fulfilment .badge, .fulfilment .legend li').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart .bar-row').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart rect.segment-invite, .chart rect.segment-require').count()).toBeGreaterThan(0);
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('Commitments');
    await screenshot(page, 'commitments', true);
    await screenshot(page, 'commitments-top');
    await screenshotElement(page, '.chart', 'commitments-chart');
  });

  it('shows a <script> query as text and never runs it', async () => {
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await page.goto(url(`/?q=${encodeURIComponent(attack)}`));
    await waitForResults(page);
    expect(await searchBox().inputValue()).toBe(attack);
    expect(await page.title()).toBe(`${attack} – Monitoring search`);
    expect(await page.locator('main script, main img').count()).toBe(0);
    const echo = page.locator('.query-echo');
    if (await echo.count() > 0) expect(await echo.textContent()).toBe(attack);
    expect(browser.problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
    await screenshot(page, 'escaped-query');
  });

  it('shows markup inside a document as text', async () => {
    if (server.corpus !== 'fixture') return; // only the fixture is known to hold markup
    await page.goto(url('/?q=offenders'));
    await waitForResults(page);
    expect(await page.locator('.hit-snippet').first().textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('main script').count()).toBe(0);
  });
});

describe('keyboard only', () => {
  it('skips to the content, searches, ticks a facet and opens a hit without a mouse', async () => {
    await page.goto(url('/'));
    await waitForResults(page);
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    expect((await focused(page)).outline).toMatch(/^solid [1-9]/);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('search-input');
    await page.keyboard.type('helpline');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=helpline/);
    await waitForResults(page);
    const box = await tabUntil(page, (f) => f.type === 'checkbox' && f.name === 'type');
    expect(box.outline).toMatch(/^solid [1-9]/);
    await screenshot(page, 'keyboard-facet-focus');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=/);
    await waitForResults(page);
    expect((await focused(page)).type).toBe('checkbox'); // focus survives the redraw
    await tabUntil(page, (f) => f.tag === 'a' && f.text !== '' && !f.text.startsWith('Export'), 60);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    if (target.includes('/item/')) {
      await page.keyboard.press('Enter');
      await page.waitForURL(target);
      await waitForView(page, '.item-body');
      expect((await focused(page)).tag).toBe('h1');
    }
  });
});

describe('phone-sized window', () => {
  it('fits the width, folds the filters behind a button and shows an item', async () => {
    const phone = await browser.newPage({ width: 390, height: 844 });
    await phone.goto(url('/?q=helpline'));
    await waitForResults(phone);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await phone.locator('.facet').first().isVisible()).toBe(false);
    await screenshot(phone, 'phone-search');
    await phone.getByRole('button', { name: /^Filters/ }).click();
    expect(await phone.locator('.facet').first().isVisible()).toBe(true);
    await screenshot(phone, 'phone-filters');
    await phone.locator('.hit-title a').first().click();
    await waitForView(phone, '.item-body');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'phone-item', true);
    await phone.goto(url('/commitments'));
    await waitForView(phone, '.commitments-body');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'phone-commitments', true);
    await screenshotElement(phone, '.chart', 'phone-chart');
    await phone.close();
  });
});

describe('under the Content-Security-Policy', () => {
  it('ran with no CSP violation, console error, page error or request beyond loopback', () => {
    expect(browser.problems).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
