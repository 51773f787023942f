import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';
import { openPage, openViewer, type PageWatch } from './viewer-page';

export interface ChromiumSuite {
  /** The suite's browser (launched in the suite's first `beforeAll`). */
  readonly browser: Browser;
  /** The address of `path` (such as `/?cam=posterior`) on the test server. */
  url(path: string): string;
  /** A fresh page at `path`, once the app has replaced the page frame. */
  open(path: string, contextOptions?: BrowserContextOptions): Promise<OpenedPage>;
  /** A fresh page at `path`, once the complete model is drawn and the view is still. */
  openViewer(path: string, contextOptions?: BrowserContextOptions): Promise<OpenedPage>;
}

interface OpenedPage {
  page: Page;
  watch: PageWatch;
}

/**
 * One headless Chromium for the enclosing `describe`: launched before its tests and closed
 * after them, with pages opened on the test server. Kept apart from `viewer-page.ts`, which the
 * benchmark and the poster script import outside the test runner.
 */
export function chromiumForSuite(
  options: Parameters<typeof launchChromium>[0] = {},
): ChromiumSuite {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = () => {
    if (!browser) throw new Error('e2e: the suite browser is used before its beforeAll ran');
    return browser;
  };
  const url = (path: string) => `${inject('baseURL')}${path}`;
  return {
    get browser() {
      return launched();
    },
    url,
    open: (path, contextOptions) => openPage(launched(), url(path), contextOptions),
    openViewer: (path, contextOptions) => openViewer(launched(), url(path), contextOptions),
  };
}
