// The search page without its script (javaScriptEnabled: false), as the server's HTML alone:
// the GET form searches, "Apply filters" submits the ticked boxes, sort, chips and pages are
// real links or form fields, Back shows the previous search with its query, and on a phone the
// filter panel stays open.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from './browser.js';
import { resultCount, screenshot, waitForResults, waitUntil } from './page-helpers.js';
import { useSession } from './session.js';

const session = useSession({ javaScriptEnabled: false });
let browser: BrowserSession;
let page: Page;
beforeAll(() => { ({ browser, page } = session); });
const url = (path: string) => session.url(path);
const searchBox = () => page.getByLabel('Search recommendations, replies, tasks and reports');

describe('search page without the script', () => {
  it('hides what needs the script and shows what replaces it', async () => {
    await page.goto(url('/'));
    expect(await page.locator('.filters-toggle').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Apply filters' }).isVisible()).toBe(true);
    expect(await page.locator('#search-hint .js-only').isVisible()).toBe(false);
    expect(await page.locator('#search-hint').innerText()).not.toContain('as you type');
  });

  it('searches with the form', async () => {
    await searchBox().fill('helpline');
    await searchBox().press('Enter');
    await page.waitForURL(url('/?q=helpline'));
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    expect((await page.locator('.hit mark').allTextContents()).map((t) => t.toLowerCase())).toContain('helpline');
    await screenshot(page, 'no-script-searched');
  });

  it('filters with "Apply filters", landing on the results', async () => {
    const before = await resultCount(page);
    await page.getByRole('group', { name: 'Type' }).getByLabel(/^Recommendations/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/\?q=helpline&type=recommendation#results$/);
    await waitForResults(page);
    expect(new Set(await page.locator('.hit .type-tag').allTextContents())).toEqual(new Set(['Recommendation']));
    expect(await resultCount(page)).toBeLessThanOrEqual(before);
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel(/^Recommendations/).isChecked()).toBe(true);
    await screenshot(page, 'no-script-filtered');
  });

  it('keeps the filters when the query changes', async () => {
    await searchBox().fill('children');
    await searchBox().press('Enter');
    await page.waitForURL(/\/\?q=children&type=recommendation$/);
    await waitForResults(page);
    expect(new Set(await page.locator('.hit .type-tag').allTextContents())).toEqual(new Set(['Recommendation']));
  });

  it('sorts with the sort field and its button', async () => {
    await page.getByLabel('Sort').selectOption('year');
    await page.getByRole('button', { name: 'Sort', exact: true }).click();
    await page.waitForURL(/sort=year/);
    await waitForResults(page);
    expect(await page.getByLabel('Sort').inputValue()).toBe('year');
  });

  it('removes a filter with its chip link', async () => {
    await page.getByRole('link', { name: /Remove filter Type: Recommendations/ }).click();
    await page.waitForURL(url('/?q=children&sort=year'));
    await waitForResults(page);
    expect(await page.locator('.chip').count()).toBe(0);
  });

  it('shows the previous search with its query on Back', async () => {
    await page.goBack();
    await page.waitForURL(/\/\?q=children&type=recommendation&sort=year/);
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/\/\?q=helpline&type=recommendation#results$/);
    expect(await searchBox().inputValue()).toBe('helpline');
    await page.goBack();
    await page.waitForURL(url('/?q=helpline'));
    expect(await searchBox().inputValue()).toBe('helpline');
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel(/^Recommendations/).isChecked()).toBe(false);
  });

  it('pages with links', async () => {
    await page.goto(url('/'));
    if (await resultCount(page) <= 20) return; // the fixture corpus fits on one page
    await page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(url('/?page=2'));
    expect(await page.locator('.result-summary').textContent()).toMatch(/showing 21–40/);
  });
});

describe('phone-sized window without the script', () => {
  it('shows the filter panel open, with "Apply filters" and without the script’s buttons', async () => {
    const phone = await browser.newPage({ width: 390, height: 844 });
    await phone.goto(url('/?q=helpline'));
    expect(await phone.locator('.facet').first().isVisible()).toBe(true);
    expect(await phone.getByRole('button', { name: /^Filters/ }).isVisible()).toBe(false);
    expect(await phone.locator('#show-results').isVisible()).toBe(false);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'no-script-phone-search', true);
    await phone.getByRole('group', { name: 'Type' }).locator('input').first().check();
    await phone.getByRole('button', { name: 'Apply filters' }).click();
    await phone.waitForURL(/type=.*#results$/);
    // The page scrolls (smoothly) to the results it was sent to, as far as the page goes.
    await waitUntil(phone, () => {
      const top = document.getElementById('results')!.getBoundingClientRect().top;
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      return window.scrollY > 0 && (Math.abs(top) < 5 || (atEnd && top < window.innerHeight / 2));
    });
    await screenshot(phone, 'no-script-phone-filtered');
    await phone.close();
  });
});

describe('without the script', () => {
  it('showed every page with no console error, page error or request beyond loopback', () => {
    expect(browser.problems).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
