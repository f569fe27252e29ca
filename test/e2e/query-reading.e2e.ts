// What the engine made of a query, in the browser, with the page's script on and off: the chip
// of a cited paragraph and its link to the citing items, the notices, "Search instead for"
// after a correction, the fulfilment filter in the filter panel, and footnote markers in an
// item's text that lead to their note and back. Needs the built corpus (the seeds).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, waitForResults } from './page-helpers.js';
import { useSession, type E2ESession } from './session.js';

function readingTests(mode: 'script' | 'no-script', session: E2ESession) {
  let page: Page;
  const url = (path: string) => session.url(path);
  const searchBox = () => page.getByLabel('Search recommendations, replies, tasks and reports');
  const search = async (q: string) => {
    await searchBox().fill(q);
    await searchBox().press('Enter');
    await page.waitForURL((address) => new URL(address).searchParams.get('q') === q);
    await waitForResults(page);
  };
  beforeAll(async () => {
    page = session.page;
    await page.goto(url('/'));
  });

  it('shows the chip of a cited paragraph, the citing items first, and a link to them alone', async (ctx) => {
    if (session.server.corpus !== 'built') ctx.skip();
    await search('para 104');
    expect(await page.locator('.citation-chip').innerText()).toBe('cites paragraph 104');
    expect(await page.locator('.hit').first().locator('.badge.cites').innerText()).toBe('Cites paragraph 104');
    await screenshot(page, `${mode}-citation-chip`);
    await page.getByRole('link', { name: 'Show only the items citing it' }).click();
    await page.waitForURL(url('/?ref=para%3A104'));
    await waitForResults(page);
    expect(await page.locator('.chip-group').innerText()).toContain('paragraph 104');
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
  });

  it('explains a query with no searchable word instead of listing everything', async () => {
    await search('of the');
    expect(await page.locator('.notice-no-searchable-words').innerText()).toContain('too common to search for');
    expect(await page.locator('.hit').count()).toBe(0);
  });

  it('corrects a misspelt word and offers the words as typed', async (ctx) => {
    if (session.server.corpus !== 'built') ctx.skip();
    // From a fresh page: the citing-items filter of the first test would stay in the form.
    await page.goto(url('/'));
    await search('helpine');
    expect(await page.locator('.notice-corrected').innerText()).toContain('showing results for');
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'helpine', exact: true }).click();
    await page.waitForURL(url('/?q=helpine&verbatim=true'));
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBe(0);
    expect(await page.locator('.notice-not-found').innerText()).toContain('No item contains “helpine”');
  });

  it('filters by fulfilment with the same checkboxes as the other facets', async (ctx) => {
    if (session.server.corpus !== 'built') ctx.skip();
    await page.goto(url('/?type=evaluation'));
    await waitForResults(page);
    const group = page.getByRole('group', { name: 'Fulfilment' });
    await group.getByLabel(/^Partially met/).check();
    if (mode === 'no-script') await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/fulfilment=partially-met/);
    await waitForResults(page);
    expect(new Set(await page.locator('.hit .badge.status').allTextContents())).toEqual(new Set(['Fulfilment: Partially met']));
    expect(await page.getByRole('group', { name: 'Fulfilment' }).getByLabel(/^Partially met/).isChecked()).toBe(true);
    await screenshot(page, `${mode}-fulfilment-filter`);
  });

  it('keeps footnote markers in an item\'s text, leading to the note and back', async (ctx) => {
    if (session.server.corpus !== 'built') ctx.skip();
    await page.goto(url('/item/lanzarote-factsheet-cz-2023/rec/II-6'));
    const marker = page.locator('.item-text sup.fn-ref a').first();
    const n = await marker.innerText();
    await marker.click();
    await page.waitForURL(new RegExp(`#fn-${n}$`));
    await page.locator(`#fn-${n} .footnote-back`).click();
    await page.waitForURL(new RegExp(`#fnref-${n}$`));
  });
}

describe('how a query was read, with the page script', () => {
  readingTests('script', useSession());
});

describe('how a query was read, without the page script', () => {
  readingTests('no-script', useSession({ javaScriptEnabled: false }));
});
