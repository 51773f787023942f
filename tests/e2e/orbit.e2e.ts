import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import { type PageWatch, waitForNoFrames } from './viewer-page';

/** An orbit moves the camera and nothing else: the shell and the marker regions stay as they are. */
describe('orbiting the model', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await chromium.openViewer(`/`, {
      viewport: { width: 1280, height: 720 },
    }));
  });

  const counts = () =>
    page.evaluate(() => {
      const probe = window.__hipViewerProbe;
      if (!probe) throw new Error('no viewer probe on the page');
      return {
        shell: probe.renderCounts().shell ?? 0,
        regions: probe.markerRegionBuilds(),
        frames: probe.frames,
        camera: JSON.stringify((probe.getView() as { camera: unknown }).camera),
      };
    });

  it('re-renders neither the shell nor the marker regions, and draws frames', async () => {
    const before = await counts();
    expect(before.shell, 'the shell rendered at least once').toBeGreaterThan(0);
    expect(before.regions, 'the marker regions were built').toBeGreaterThan(0);
    const canvas = await page.locator('canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const y = canvas.y + canvas.height / 2;
    for (const [from, to] of [
      [0.4, 0.6],
      [0.6, 0.35],
    ] as const) {
      await page.mouse.move(canvas.x + canvas.width * from, y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step++) {
        await page.mouse.move(canvas.x + canvas.width * (from + ((to - from) * step) / 10), y);
      }
      await page.mouse.up();
      await waitForNoFrames(page, 300);
    }
    const after = await counts();
    expect(after.camera, 'the orbit moved the camera in the view').not.toBe(before.camera);
    expect(after.frames).toBeGreaterThan(before.frames);
    expect(after.shell, 'shell renders during the orbit').toBe(before.shell);
    expect(after.regions, 'marker region rebuilds during the orbit').toBe(before.regions);
  });

  it('still rebuilds the regions when the view really changes', async () => {
    const before = await counts();
    // Peeling a layer hides the markers on it: the regions must follow.
    const peel = page.getByRole('slider', { name: 'Peel from skin to bone' });
    await peel.focus();
    await page.keyboard.press('ArrowRight');
    await waitForNoFrames(page, 300);
    const after = await counts();
    expect(after.regions).toBeGreaterThan(before.regions);
  });

  it('puts no test hooks on window for an ordinary visit', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const plain = await context.newPage();
    await plain.goto(`${inject('baseURL')}/`);
    // The model loaded: the canvas and its text alternative are there.
    await plain.locator('[role="img"][aria-label]').waitFor({ timeout: 60_000 });
    await plain.waitForTimeout(1000);
    const hooks = await plain.evaluate(() =>
      Object.keys(window).filter((key) => key.startsWith('__hipViewer')),
    );
    expect(hooks).toEqual([]);
    await context.close();
  });

  it('logs no console errors and makes no request off this machine', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });
});
