// The search page in Chromium against the Node server (node-server/main.ts in its own process), in
// fresh browser contexts (empty cache, no cookies), as a new reader meets it:
// - first result visible: the Element Timing API's render time of the first hit's title,
//   counted from the navigation's start (the page marks it with elementtiming="first-result");
// - filter click → updated results: a second after the page loaded (a reader looking at the
//   results), the first type filter is clicked; from the click event's timestamp to the frame
//   after the script has drawn the filtered results (the results region's data-address changes then);
// - the floor: before each measured visit, another fresh context opens a bare document of the
//   same server (the favicon, an SVG: no style sheet, no script) and its first paint is taken.
//   A fresh context starts a renderer process; what that costs on the machine is not the page's.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/browser.js';
import { apiSearchParams, parseSearchState } from '../server/ui/model/url-state.js';
import { startNodeServer } from './processes.js';

export const PAGE_QUERY = '/?q=helplines';
/** How long the reader looks at the first results before ticking a filter. */
export const READING_MS = 1000;

export interface PageVisit {
  /** Render time of the first hit's title, ms after navigation start (Element Timing). */
  firstResultMs: number;
  /** First paint of a bare document (the favicon) in another fresh context: the floor of this machine and browser. */
  floorPaintMs: number;
  /** From navigation start to the end of the HTML response (the server's share and the loopback). */
  responseEndMs: number;
  /** From the click on the first type filter to the next frame after the filtered results were drawn. */
  filterClickMs: number;
  /** What was clicked, and how many results there were before and after. */
  filter: string;
  counts: [number, number];
}

export interface PageRun {
  query: string;
  visits: PageVisit[];
  chromium: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
export const medianOf = (run: PageRun, key: 'firstResultMs' | 'filterClickMs' | 'responseEndMs' | 'floorPaintMs') => median(run.visits.map((v) => v[key]));

export async function measurePage(corpusDir: string, contexts = 5): Promise<PageRun> {
  const server = await startNodeServer(corpusDir);
  // A reader meets a server that has been running: its first answers (code compiled on first
  // use, the corpus's first reads) are not the page's cost, so a few go before the first context.
  await warmUp(server.url);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    const visits: PageVisit[] = [];
    const iconPath = await bareDocumentPath(server.url);
    for (let k = 0; k < contexts; k++) {
      const floorPaintMs = await firstPaintOf(browser, `${server.url}${iconPath}`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${PAGE_QUERY}`, { waitUntil: 'load' });
        const firstPaint = await page.evaluate(() => new Promise<[number, number]>((resolve, reject) => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          setTimeout(() => reject(new Error('no element timing entry for the first result')), 5000);
          new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'first-result') as
              (PerformanceEntry & { renderTime: number; loadTime: number }) | undefined;
            if (entry) resolve([entry.renderTime || entry.loadTime, navigation.responseEnd]);
          }).observe({ type: 'element', buffered: true });
        }));
        await page.waitForTimeout(READING_MS);
        const box = page.locator('#filters input[name="type"]').first();
        const filter = (await page.locator('#filters .facet-type .facet-label').first().textContent()) ?? '?';
        const before = Number((await page.locator('.result-summary').textContent())!.split(' ')[0].replace(/,/g, ''));
        await page.evaluate(() => {
          const results = document.querySelector<HTMLElement>('#results')!;
          const shown = results.dataset.address;
          const probe = window as unknown as { clickAt?: number; filterMs?: number };
          document.addEventListener('click', (event) => { probe.clickAt = event.timeStamp; }, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (results.dataset.address === shown || probe.clickAt === undefined) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => { probe.filterMs = performance.now() - probe.clickAt!; }, 0));
          });
          observer.observe(results, { attributes: true, attributeFilter: ['data-address'] });
        });
        await box.click();
        await page.waitForFunction(() => (window as unknown as { filterMs?: number }).filterMs !== undefined, undefined, { timeout: 10_000 });
        const filterClickMs = await page.evaluate(() => (window as unknown as { filterMs: number }).filterMs);
        const after = Number((await page.locator('.result-summary').textContent())!.split(' ')[0].replace(/,/g, ''));
        visits.push({ floorPaintMs, firstResultMs: firstPaint[0], responseEndMs: firstPaint[1], filterClickMs, filter, counts: [before, after] });
      } finally {
        await context.close();
      }
    }
    return { query: PAGE_QUERY, visits, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The favicon's address as the page links it (with its version). */
async function bareDocumentPath(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}${PAGE_QUERY}`)).text();
  const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
  if (!icon) throw new Error(`the page at ${PAGE_QUERY} links no icon`);
  return icon.replace(/&amp;/g, '&');
}

/** First paint of a document in a fresh browser context, ms after navigation start. */
async function firstPaintOf(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => new Promise<number>((resolve, reject) => {
      setTimeout(() => reject(new Error('no first-paint entry')), 5000);
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    }));
  } finally {
    await context.close();
  }
}

const WARM_UP_ROUNDS = 5;

async function warmUp(origin: string): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    const html = await (await fetch(`${origin}${PAGE_QUERY}`)).text();
    for (const [, asset] of html.matchAll(/(?:href|src)="(\/ui\/[^"]+)"/g)) await (await fetch(`${origin}${asset}`)).arrayBuffer();
    // What the page asks when its first type filter is ticked (the bench's click), as it asks it.
    await (await fetch(`${origin}/api/search?${apiSearchParams(parseSearchState(new URLSearchParams('q=helplines&type=response')))}`)).arrayBuffer();
  }
}
