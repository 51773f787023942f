import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { PNG } from 'pngjs';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../test-output/e2e');

/** Problems a page must not have: console errors, uncaught exceptions, requests leaving 127.0.0.1. */
export interface PageWatch {
  consoleErrors: string[];
  externalRequests: string[];
}

/**
 * A page in a fresh context that records console errors and blocks (and records) every
 * request that would leave 127.0.0.1.
 */
export async function openPage(
  browser: Browser,
  url: string,
  contextOptions: BrowserContextOptions = {},
): Promise<{ page: Page; watch: PageWatch }> {
  // Reduced motion: camera and pose changes land in one frame, so checks never see a transition.
  const context = await browser.newContext({
    viewport: { width: 1024, height: 720 },
    reducedMotion: 'reduce',
    ...contextOptions,
  });
  // The viewer puts its probes on window only for pages that ask (tests and the benchmark).
  await context.addInitScript({ content: 'window.__hipViewerTestHooks = true;' });
  const page = await context.newPage();
  const watch: PageWatch = { consoleErrors: [], externalRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  await context.route('**/*', (route) => {
    const requestUrl = new URL(route.request().url());
    const local = ['127.0.0.1', 'localhost'].includes(requestUrl.hostname);
    if (local || requestUrl.protocol === 'data:' || requestUrl.protocol === 'blob:') {
      return route.continue();
    }
    watch.externalRequests.push(requestUrl.href);
    return route.abort('blockedbyclient');
  });
  await page.goto(url);
  // The app replaces the page frame of index.html after the load event: hand over the app.
  await page.waitForSelector('.app-frame', { state: 'detached' });
  return { page, watch };
}

/** `openPage`, then wait until the complete model is drawn and the view is still. */
export async function openViewer(
  browser: Browser,
  url: string,
  contextOptions: BrowserContextOptions = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openPage(browser, url, contextOptions);
  await waitForIdleViewer(opened.page);
  return opened;
}

/**
 * Wait until the model is loaded (the complete model, not only the built-in model's first-view
 * file) and the viewer has stopped drawing (camera at rest).
 */
export async function waitForIdleViewer(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    () =>
      window.__hipViewerProbe?.getModelPhase() === 'ready' &&
      (window.__hipViewerProbe?.frames ?? 0) > 0 &&
      window.__hipViewerDebug?.modelDetail() !== 'first-view',
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  await waitForNoFrames(page, 300, timeoutMs);
}

/**
 * Wait until the neighbouring muscles, which come from their own file after the first frame,
 * are on screen and the viewer has stopped drawing.
 */
export async function waitForContextMuscles(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    () => window.__hipViewerDebug?.screenPoint('vastus-lateralis:right') != null,
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  await waitForNoFrames(page);
}

/** Resolves once no frame was drawn or requested for `quietMs`. */
export async function waitForNoFrames(
  page: Page,
  quietMs = 300,
  timeoutMs = 30_000,
): Promise<void> {
  const started = Date.now();
  let last = await frameCount(page);
  let lastChange = Date.now();
  while (Date.now() - started < timeoutMs) {
    await page.waitForTimeout(100);
    const now = await frameCount(page);
    // Software rendering can take longer than `quietMs` for one frame: a requested frame that
    // is not drawn yet counts as activity too.
    const pending = await page.evaluate(() => window.__hipViewerProbe?.pendingFrames() ?? 0);
    if (now !== last || pending > 0) {
      last = now;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= quietMs) {
      return;
    }
  }
  throw new Error(`e2e: the viewer kept drawing frames for ${timeoutMs} ms`);
}

export function frameCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__hipViewerProbe?.frames ?? 0);
}

export function saveScreenshot(name: string, png: Buffer): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = resolve(OUTPUT_DIR, name);
  writeFileSync(path, png);
  return path;
}

/**
 * Share of pixels in a region that differ clearly from the background, estimated from the
 * region's corners (the canvas is transparent over a soft gradient).
 */
export function foregroundShare(
  png: Buffer,
  region?: { x: number; y: number; w: number; h: number },
): number {
  const image = PNG.sync.read(png);
  const r = region ?? { x: 0, y: 0, w: image.width, h: image.height };
  const at = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0] as const;
  };
  const corners = [
    at(r.x + 2, r.y + 2),
    at(r.x + r.w - 3, r.y + 2),
    at(r.x + 2, r.y + r.h - 3),
    at(r.x + r.w - 3, r.y + r.h - 3),
  ];
  let foreground = 0;
  let total = 0;
  for (let y = r.y; y < r.y + r.h; y += 2) {
    for (let x = r.x; x < r.x + r.w; x += 2) {
      const [red, green, blue] = at(x, y);
      const nearest = Math.min(
        ...corners.map(
          ([cr, cg, cb]) => Math.abs(red - cr) + Math.abs(green - cg) + Math.abs(blue - cb),
        ),
      );
      if (nearest > 45) foreground += 1;
      total += 1;
    }
  }
  return foreground / total;
}

/** Pixels that differ clearly between two screenshots of the same size. */
export function changedPixels(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  let count = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d =
      Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)) +
      Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)) +
      Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0));
    if (d > 60) count += 1;
  }
  return count;
}

/** Mean absolute per-channel difference between two same-size screenshots (0..255). */
export function imageDifference(a: Buffer, b: Buffer): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  if (first.width !== second.width || first.height !== second.height) return 255;
  let sum = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    sum +=
      Math.abs((first.data[i] ?? 0) - (second.data[i] ?? 0)) +
      Math.abs((first.data[i + 1] ?? 0) - (second.data[i + 1] ?? 0)) +
      Math.abs((first.data[i + 2] ?? 0) - (second.data[i + 2] ?? 0));
  }
  return sum / ((first.data.length / 4) * 3);
}
