// Debian's Chromium driven by playwright-core: headless, a fresh profile per run, and no
// network beyond loopback (every other request is refused and recorded, so a test can fail
// on any external font, script or call home).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Chromium builds its address bar's drop-down as a WebUI page in every new window, headless
  // or not: each fresh context loaded some 80 scripts of it in another renderer while the page
  // under test loaded (seen in traces; Chromium 156), on a machine with two cores to share.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH');
  }
  return path;
}

export interface BrowserSession {
  context: BrowserContext;
  /** URLs the page tried to fetch from anywhere but loopback. */
  blockedRequests: string[];
  /** Console errors (CSP violations are reported there) and uncaught exceptions, per page. */
  problems: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** `javaScriptEnabled: false` shows the pages as the server sends them, as to a reader without the script. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timeout: 60_000,
  });
  const blockedRequests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    blockedRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blockedRequests,
    problems,
    async newPage(viewport) {
      const page = await context.newPage();
      // Every step here takes well under a second; fail fast rather than wait 30 s.
      page.setDefaultTimeout(10_000);
      if (viewport) await page.setViewportSize(viewport);
      page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => { problems.push(`dialog opened: ${dialog.message()}`); void dialog.dismiss(); });
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
