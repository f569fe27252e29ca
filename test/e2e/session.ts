// One app server and one Chromium for a test file, opened before its tests and closed after.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserSession } from './browser.js';
import { startServer, type RunningServer } from './serve-app.js';

export interface E2ESession {
  server: RunningServer;
  browser: BrowserSession;
  /** A desktop-sized page for the file's tests to share. */
  page: Page;
  url(path: string): string;
}

/** Registers the hooks; the returned object is filled in once beforeAll has run. */
export function useSession(options: { javaScriptEnabled?: boolean } = {}): E2ESession {
  const session = { url: (path: string) => `${session.server.origin}${path}` } as E2ESession;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser(options);
    session.page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
