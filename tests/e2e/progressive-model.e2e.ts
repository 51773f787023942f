/**
 * The progressive model: the first frame is drawn from the small first-view file alone, the
 * complete model arrives after it without moving anything on the page or in the picture, and
 * everything that needs the complete model (picking on a posed skeleton, skin, body fitting)
 * works once it has.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import {
  imageDifference,
  openPage,
  type PageWatch,
  saveScreenshot,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

const FIRST_VIEW_FILE = /\/models\/hip-first\.glb(\?|$)/;
const COMPLETE_FILE = /\/models\/hip\.glb(\?|$)/;
/** issue 18 item 3: the first view needs at most 250 KB of model bytes (decimal kilobytes). */
const FIRST_VIEW_BUDGET_BYTES = 250_000;

/**
 * Installed before any page script: every model fetch with the number of frames the viewer had
 * drawn with a model when it started, and every layout shift.
 */
const RECORDER = `
window.__progressive = { fetches: [], layoutShifts: [] };
const originalFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input.url;
  if (/\\.glb(\\?|$)/.test(url)) {
    window.__progressive.fetches.push({
      url: new URL(url, location.href).pathname,
      modelFrames: window.__hipViewerDebug ? window.__hipViewerDebug.modelFrames() : 0,
    });
  }
  return originalFetch(input, init);
};
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__progressive.layoutShifts.push({ value: e.value, at: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
} catch {}
`;

interface Recorded {
  fetches: { url: string; modelFrames: number }[];
  layoutShifts: { value: number; at: number }[];
}

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __progressive: Recorded }).__progressive);

const detail = (page: Page) => page.evaluate(() => window.__hipViewerDebug?.modelDetail() ?? null);

/** Share of pixels whose colour differs by more than `threshold` (sum over RGB, 0..765). */
function changedShare(a: Buffer, b: Buffer, threshold: number): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  let changed = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    const d =
      Math.abs((first.data[i] ?? 0) - (second.data[i] ?? 0)) +
      Math.abs((first.data[i + 1] ?? 0) - (second.data[i + 1] ?? 0)) +
      Math.abs((first.data[i + 2] ?? 0) - (second.data[i + 2] ?? 0));
    if (d > threshold) changed += 1;
  }
  return changed / (first.data.length / 4);
}

describe('the progressive model', () => {
  let browser: Browser;
  const base = () => inject('baseURL');

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('opening the default view', () => {
    let page: Page;
    let watch: PageWatch;
    let releaseComplete: () => void = () => {};
    let before: Buffer;
    let canvasBefore: { x: number; y: number; width: number; height: number } | null;

    beforeAll(async () => {
      ({ page, watch } = await openPage(browser, 'about:blank'));
      await page.context().addInitScript({ content: RECORDER });
      // Hold the complete model until the first view has been looked at.
      const held = new Promise<void>((resolve) => {
        releaseComplete = resolve;
      });
      await page.route(COMPLETE_FILE, async (route: Route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${base()}/`);
    });
    afterAll(async () => {
      releaseComplete();
      await page?.context().close();
    });

    it('draws its first frame with only the first-view file fetched, within 250 KB', async () => {
      await page.waitForFunction(
        () =>
          window.__hipViewerProbe?.getModelPhase() === 'ready' &&
          (window.__hipViewerDebug?.modelFrames() ?? 0) > 0,
        undefined,
        { timeout: 60_000, polling: 100 },
      );
      expect(await detail(page)).toBe('first-view');
      const { fetches } = await recorded(page);
      const beforeFirstFrame = fetches.filter((f) => f.modelFrames === 0).map((f) => f.url);
      expect(beforeFirstFrame, 'model files fetched before the first frame').toHaveLength(1);
      expect(beforeFirstFrame[0]).toMatch(FIRST_VIEW_FILE);
      // The complete model is asked for only after a frame was drawn with the first view (once
      // the page is idle after it: the request may come a little after this frame).
      await page.waitForFunction(
        (pattern) =>
          (window as unknown as { __progressive: Recorded }).__progressive.fetches.some((f) =>
            new RegExp(pattern).test(f.url),
          ),
        COMPLETE_FILE.source,
        { timeout: 60_000, polling: 100 },
      );
      const complete = (await recorded(page)).fetches.filter((f) => COMPLETE_FILE.test(f.url));
      expect(complete, 'complete model requests').toHaveLength(1);
      expect(complete[0]!.modelFrames).toBeGreaterThan(0);
      const firstBytes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/models\/hip-first\.glb/.test(e.name))
          .map((e) => (e as PerformanceResourceTiming).encodedBodySize),
      );
      expect(firstBytes, 'first-view file downloads').toHaveLength(1);
      expect(firstBytes[0]).toBeGreaterThan(100_000);
      expect(firstBytes[0]).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
    });

    it('swaps in the complete model without a layout shift or a visible jump', async () => {
      await waitForNoFrames(page);
      canvasBefore = await page.locator('canvas').boundingBox();
      before = await page.locator('canvas').screenshot();
      const shiftsBefore = (await recorded(page)).layoutShifts.length;
      releaseComplete();
      await expect.poll(() => detail(page), { timeout: 60_000 }).toBe('complete');
      await waitForNoFrames(page);
      const after = await page.locator('canvas').screenshot();
      saveScreenshot('progressive-first-view.png', before);
      saveScreenshot('progressive-complete.png', after);
      expect(await page.locator('canvas').boundingBox()).toEqual(canvasBefore);
      const { layoutShifts } = await recorded(page);
      expect(layoutShifts.slice(shiftsBefore), 'layout shifts while the model upgrades').toEqual(
        [],
      );
      // Same camera, same skeleton, same bounds: only fine detail and shading differ. A moved
      // silhouette or camera changes a few per cent of the pixels at once.
      const mean = imageDifference(before, after);
      const changed = changedShare(before, after, 60);
      console.log(
        `progressive: first view vs complete, mean difference ${mean.toFixed(2)}, ${(changed * 100).toFixed(2)} % of pixels changed by more than 60`,
      );
      expect(mean, 'mean per-channel difference (0..255)').toBeLessThan(1.5);
      expect(changed, 'share of clearly changed pixels').toBeLessThan(0.01);
    });

    it('then has the complete model: skin, body fitting and the console stays clean', async () => {
      await waitForIdleViewer(page);
      expect(await page.evaluate(() => window.__hipViewerDebug?.skinSize() ?? null)).not.toBeNull();
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
    });
  });

  it('picks a muscle on a posed skeleton after the complete model arrives', async () => {
    const { page, watch } = await openPage(
      browser,
      `${base()}/?stance=left&dys=gluteus-medius:w100:t0,gluteus-minimus:w100:t0&cam=posterior`,
    );
    await waitForIdleViewer(page);
    expect(await detail(page)).toBe('complete');
    // The skeleton is posed: the pelvis has turned away from its rest orientation.
    const pelvis = await page.evaluate(
      () => window.__hipViewerDebug?.jointQuaternion('pelvis:midline') ?? null,
    );
    expect(pelvis).not.toBeNull();
    expect(Math.abs(pelvis![3])).toBeLessThan(0.99999);
    const point = await page.evaluate(
      () => window.__hipViewerDebug?.screenPoint('gluteus-maximus:right') ?? null,
    );
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window.__hipViewerProbe?.getView() as { selection: string | null } | undefined)
              ?.selection ?? null,
        ),
      )
      .toBe('gluteus-maximus:right');
    // The selection re-renders the viewer: the complete model's own structures stay.
    await waitForNoFrames(page);
    expect(await detail(page)).toBe('complete');
    expect(await page.evaluate(() => window.__hipViewerDebug?.skinSize() ?? null)).not.toBeNull();
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('loads a link that shows the skin from the complete model at once', async () => {
    const { page } = await openPage(browser, 'about:blank');
    await page.context().addInitScript({ content: RECORDER });
    await page.goto(`${base()}/?show=skin`);
    await waitForIdleViewer(page);
    const { fetches } = await recorded(page);
    expect(fetches.map((f) => f.url).filter((u) => /hip(-first)?\.glb/.test(u))).toEqual([
      '/models/hip.glb',
    ]);
    await page.context().close();
  });

  it('loads the complete model as one file when the first-view file is missing', async () => {
    const { page } = await openPage(browser, 'about:blank');
    await page.route(FIRST_VIEW_FILE, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${base()}/`);
    await waitForIdleViewer(page);
    expect(await page.evaluate(() => window.__hipViewerProbe?.getModelPhase())).toBe('ready');
    expect(await detail(page)).toBe('complete');
    expect(await page.evaluate(() => window.__hipViewerDebug?.skinSize() ?? null)).not.toBeNull();
    await page.context().close();
  });
});
