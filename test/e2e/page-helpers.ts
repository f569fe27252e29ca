// Small waits and probes the browser tests share.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = 'test-results/ui';

/** Resolves once the search view has drawn the answer to the address it shows. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const results = document.querySelector('.results');
    const summary = document.querySelector('.result-summary')?.textContent ?? '';
    return results !== null && !results.hasAttribute('aria-busy') && summary !== '';
  });
}

export async function waitForView(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(`${selector}:not([aria-busy])`);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent !== 'Loading…');
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
  if (!el) return { tag: '', text: '', id: '', name: '', outline: 'none', type: '' };
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim(), id: el.id,
    name: el.getAttribute('name') ?? '', type: el.getAttribute('type') ?? '',
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
