// The search page with its script in Chromium: typing and ticking search without reloading,
// every search is a history entry, Back brings the query box back too, paging moves focus, the
// phone's filter panel closes with "Show N results", the keyboard alone is enough, and nothing
// breaks the Content-Security-Policy.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from './browser.js';
import { focused, resultCount, screenshot, tabUntil, waitForResults } from './page-helpers.js';
import { useSession } from './session.js';

const session = useSession();
let browser: BrowserSession;
let page: Page;
beforeAll(() => { ({ browser, page } = session); });
const url = (path: string) => session.url(path);
const searchBox = () => page.getByLabel('Search recommendations, replies, tasks and reports');
const hitTypes = () => page.locator('.hit .type-tag').allTextContents();
/** Set on the window: still there after a search means the page was not reloaded. */
const markDocument = () => page.evaluate(() => { (window as unknown as { unreloaded: boolean }).unreloaded = true; });
const notReloaded = () => page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded === true);

describe('search page with the script', () => {
  it('searches as the reader types, without reloading', async () => {
    await page.goto(url('/'));
    await waitForResults(page);
    await markDocument();
    await searchBox().pressSequentially('helpline', { delay: 40 });
    await page.waitForURL(/\?q=helpline$/);
    await waitForResults(page);
    expect(await notReloaded()).toBe(true);
    expect(await page.locator('.result-summary').textContent()).toMatch(/^\d+ results?.* · (<1|\d+) ms$/);
    expect((await page.locator('.hit mark').allTextContents()).map((t) => t.toLowerCase())).toContain('helpline');
    expect(await page.title()).toBe('helpline – Monitoring search');
    await screenshot(page, 'script-typed');
  });

  it('filters as a box is ticked, keeps the state in the address and the focus on the box', async () => {
    const before = await resultCount(page);
    const box = page.getByRole('group', { name: 'Type' }).getByLabel(/^Recommendations/);
    await box.check();
    await page.waitForURL(/type=recommendation/);
    await waitForResults(page);
    expect(await notReloaded()).toBe(true);
    const types = await hitTypes();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Recommendation']));
    expect(await resultCount(page)).toBeLessThanOrEqual(before);
    expect(await page.getByRole('link', { name: /Remove filter Type: Recommendations/ }).count()).toBe(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('recommendation');
    expect(await page.locator('#search-status').textContent()).toBe(await page.locator('.result-summary').textContent());
    await screenshot(page, 'script-filtered');

    await page.reload();
    await waitForResults(page);
    expect(await searchBox().inputValue()).toBe('helpline');
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel(/^Recommendations/).isChecked()).toBe(true);
  });

  it('removes a filter from its chip without reloading', async () => {
    await markDocument();
    await page.getByRole('link', { name: /Remove filter Type: Recommendations/ }).click();
    await page.waitForURL(url('/?q=helpline'));
    await waitForResults(page);
    expect(await notReloaded()).toBe(true);
    expect(await page.locator('.chip').count()).toBe(0);
  });

  it('brings back the query box, the filters and the results on Back and Forward', async () => {
    await page.goto(url('/?q=helpline'));
    await waitForResults(page);
    await searchBox().fill('training');
    await searchBox().press('Enter');
    await page.waitForURL(url('/?q=training'));
    await waitForResults(page);
    await page.getByRole('group', { name: 'Type' }).locator('input').first().check();
    await page.waitForURL(/q=training&type=/);
    await waitForResults(page);
    await page.goBack();
    await page.waitForURL(url('/?q=training'));
    await waitForResults(page);
    expect(await page.locator('input[data-facet]:checked').count()).toBe(0);
    await page.goBack();
    await page.waitForURL(url('/?q=helpline'));
    await waitForResults(page);
    expect(await searchBox().inputValue()).toBe('helpline');
    expect(await page.title()).toBe('helpline – Monitoring search');
    expect((await page.locator('.hit mark').allTextContents()).map((t) => t.toLowerCase())).toContain('helpline');
    await page.goForward();
    await page.waitForURL(url('/?q=training'));
    await waitForResults(page);
    expect(await searchBox().inputValue()).toBe('training');
  });

  it('sorts as the order is chosen', async () => {
    await page.goto(url('/?q=helpline'));
    await waitForResults(page);
    await page.getByLabel('Sort').selectOption('year');
    await page.waitForURL(url('/?q=helpline&sort=year'));
    await waitForResults(page);
    expect(await page.getByLabel('Sort').inputValue()).toBe('year');
  });

  it('pages through all items, moving focus to the results', async () => {
    await page.goto(url('/'));
    await waitForResults(page);
    if (await resultCount(page) <= 20) return; // the fixture corpus fits on one page
    await markDocument();
    await page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/\?page=2$/);
    await waitForResults(page);
    expect(await notReloaded()).toBe(true);
    expect(await page.locator('.result-summary').textContent()).toMatch(/showing 21–40/);
    expect(await page.locator('.pagination a[aria-current="page"]').textContent()).toBe('2');
    expect((await focused(page)).id).toBe('results');
  });

  it('unfolds a long filter list and keeps it unfolded while filtering', async () => {
    await page.goto(url('/'));
    await waitForResults(page);
    const theme = page.getByRole('group', { name: 'Theme' });
    const visible = async () => theme.locator('li:visible').count();
    const folded = await visible();
    await theme.getByRole('button', { name: /^Show all \d+$/ }).click();
    expect(await visible()).toBeGreaterThan(folded);
    await page.getByRole('group', { name: 'Type' }).locator('input').first().check();
    await waitForResults(page);
    await page.waitForURL(/type=/);
    await waitForResults(page);
    expect(await theme.getByRole('button', { name: 'Show fewer' }).count()).toBe(1);
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
    await page.waitForURL(/\/item\//);
    await page.getByRole('link', { name: '← Back to results' }).click();
    await page.waitForURL(url('/?q=helpline'));
    await waitForResults(page);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
    // The link went back through the history rather than adding an entry: forward leads to the item again.
    await page.goForward();
    await page.waitForURL(/\/item\//);
  });

  it('shows a <script> query as text and never runs it', async () => {
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await page.goto(url('/'));
    await waitForResults(page);
    await searchBox().fill(attack);
    await searchBox().press('Enter');
    await page.waitForURL(/\?q=/);
    await waitForResults(page);
    expect(await page.title()).toBe(`${attack} – Monitoring search`);
    expect(await page.locator('main script, main img').count()).toBe(0);
    const echo = page.locator('.query-echo');
    if (await echo.count() > 0) expect(await echo.textContent()).toBe(attack);
    expect(browser.problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
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
    await screenshot(page, 'script-keyboard-facet-focus');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=/);
    await waitForResults(page);
    expect((await focused(page)).type).toBe('checkbox'); // focus survives the redraw
    await tabUntil(page, (f) => f.tag === 'a' && f.href.startsWith('/item/'), 80);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(target).toContain('/item/');
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(await page.locator('h1').textContent()).not.toBe('We could not find this item');
  });
});

describe('phone-sized window', () => {
  it('folds the filters behind a button, filters, and closes them with "Show N results"', async () => {
    const phone = await browser.newPage({ width: 390, height: 844 });
    await phone.goto(url('/?q=helpline'));
    await waitForResults(phone);
    expect(await phone.locator('.facet').first().isVisible()).toBe(false);
    await phone.getByRole('button', { name: /^Filters/ }).click();
    expect(await phone.locator('.facet').first().isVisible()).toBe(true);
    await phone.getByRole('group', { name: 'Type' }).locator('input').first().check();
    await phone.waitForURL(/type=/);
    await waitForResults(phone);
    const count = await resultCount(phone);
    const show = phone.getByRole('button', { name: /^Show (\d+ results?|results \(none\))$/ });
    expect(await show.textContent()).toBe(count === 0 ? 'Show results (none)' : `Show ${count} ${count === 1 ? 'result' : 'results'}`);
    expect(await show.isVisible()).toBe(true);
    await screenshot(phone, 'script-phone-filters');
    await show.click();
    expect(await phone.locator('.facet').first().isVisible()).toBe(false);
    expect(await phone.locator('#filters-toggle').textContent()).toBe('Filters (1 active)');
    expect(await phone.locator('#filters-toggle').getAttribute('aria-expanded')).toBe('false');
    expect((await focused(phone)).id).toBe('results');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'script-phone-results');
    await phone.close();
  });
});

describe('under the Content-Security-Policy', () => {
  it('ran with no CSP violation, console error, page error or request beyond loopback', () => {
    expect(browser.problems).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
