// Small waits and probes the browser tests share.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = 'test-results/ui';

/**
 * Resolves once `condition` holds in the page, asking from here every 50 ms: page.waitForFunction
 * polls inside the page, which never happens when the page's script is off.
 */
export async function waitUntil(page: Page, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms: ${condition.toString().slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once the results show the search in the address (drawn by the server or by the script). */
export async function waitForResults(page: Page): Promise<void> {
  await waitUntil(page, () => {
    const results = document.querySelector('#results');
    const shown = new URL(results?.getAttribute('data-address') ?? '', location.href);
    return results !== null && !results.hasAttribute('aria-busy') && shown.pathname === location.pathname
      && shown.searchParams.toString() === new URLSearchParams(location.search).toString();
  });
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

export async function screenshotElement(page: Page, selector: string, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.locator(selector).first().screenshot({ path });
  return path;
}

/** What has keyboard focus, described well enough to assert on. */
export const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return { tag: '', text: '', id: '', name: '', outline: 'none', type: '', href: '' };
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim(), id: el.id,
    name: el.getAttribute('name') ?? '', type: el.getAttribute('type') ?? '', href: el.getAttribute('href') ?? '',
    outline: `${style.outlineStyle} ${style.outlineWidth}`,
  };
});

/** Presses Tab until the focused element matches, at most `limit` times. */
export async function tabUntil(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`Nothing matching was reached within ${limit} presses of Tab`);
}

/** The number at the start of the result summary ("1,234 results · 2 ms" → 1234). */
export const resultCount = async (page: Page): Promise<number> =>
  Number((await page.locator('.result-summary').textContent())!.split(' ')[0].replace(/,/g, ''));

/** How far the page overflows the window sideways (0 or less: it fits). */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Facts about the corpus the tests need, asked of the API the page uses. */
export async function corpusFacts(origin: string) {
  const api = async <T>(path: string) => (await (await fetch(`${origin}${path}`)).json()) as T;
  type Hit = { id: string; title?: string; text: string; respondsTo?: string; deadline?: string; responsible?: string[];
    footnotes?: { refs?: { paragraphs: number[]; recommendations: string[] } }[] };
  const first = async (query: string) => (await api<{ hits: Hit[] }>(`/api/search?${query}&limit=100`)).hits;
  const tasks = (await first('type=task')).filter((hit) => hit.deadline && (hit.responsible?.length ?? 0) > 0);
  const recommendations = await first('type=recommendation');
  return {
    task: tasks[0],
    reply: (await first('type=response')).find((hit) => hit.respondsTo !== undefined),
    leadIn: recommendations.find((hit) => hit.title?.trim().endsWith(':')),
    citing: recommendations.find((hit) => hit.footnotes?.some((n) => n.refs && n.refs.paragraphs.length + n.refs.recommendations.length > 0)),
    promise: (await first('type=commitment'))[0],
    documents: (await api<{ documents: { id: string; title: string; year?: number }[] }>('/api/documents')).documents,
    years: Object.keys((await api<{ facets: { year: Record<string, number> } }>('/api/search?limit=0')).facets.year).map(Number).sort(),
  };
}
