import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMERA_PRESETS } from '../../src/domain/camera';
import { chromiumForSuite } from './chromium-suite';
import {
  foregroundShare,
  imageDifference,
  type PageWatch,
  saveScreenshot,
  waitForNoFrames,
} from './viewer-page';

describe('the viewer in headless Chromium', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await chromium.openViewer(`/`));
  });

  it('draws the model (non-blank pixels where the model is)', async () => {
    const canvas = page.locator('canvas');
    const box = await canvas.boundingBox();
    expect(box, 'the canvas has a size').not.toBeNull();
    const png = await canvas.screenshot();
    saveScreenshot('default.png', png);
    const { width, height } = box!;
    // The model is framed in the middle of the view.
    const middle = foregroundShare(png, {
      x: Math.round(width * 0.3),
      y: Math.round(height * 0.15),
      w: Math.round(width * 0.4),
      h: Math.round(height * 0.7),
    });
    expect(middle, 'share of model pixels in the middle of the view').toBeGreaterThan(0.15);
    const triangles = await page.evaluate(() => window.__hipViewerProbe?.triangles ?? 0);
    expect(triangles, 'triangles drawn in the last frame').toBeGreaterThan(1000);
  });

  it('gives the canvas an image role and a text alternative', async () => {
    const wrapper = page.locator('[role="img"]');
    await expect.poll(() => wrapper.getAttribute('aria-label')).toMatch(/hip/i);
  });

  it('changes the view for every camera preset and saves a screenshot of each', async () => {
    const canvas = page.locator('canvas');
    const shots: Buffer[] = [];
    for (const preset of CAMERA_PRESETS) {
      await page.click(`button[data-preset="${preset.id}"]`);
      await waitForNoFrames(page);
      const png = await canvas.screenshot();
      saveScreenshot(`preset-${preset.id}.png`, png);
      expect(foregroundShare(png), `model visible in the ${preset.id} view`).toBeGreaterThan(0.05);
      shots.push(png);
    }
    for (let i = 1; i < shots.length; i++) {
      expect(
        imageDifference(shots[i - 1]!, shots[i]!),
        `${CAMERA_PRESETS[i]!.id} differs from ${CAMERA_PRESETS[i - 1]!.id}`,
      ).toBeGreaterThan(2);
    }
  });

  it('saves anterior, posterior and left lateral pictures with all layers, bones only and the deep layer only', async () => {
    const canvas = page.locator('canvas');
    const layerSets = [
      { name: 'all', action: 'button[data-action="reset-layers"]' },
      { name: 'bones', action: '[data-layer="bones"] button[data-action="isolate"]' },
      { name: 'deep', action: '[data-layer="deep"] button[data-action="isolate"]' },
    ];
    for (const set of layerSets) {
      await page.click(set.action);
      for (const preset of ['anterior', 'posterior', 'left-lateral']) {
        await page.click(`button[data-preset="${preset}"]`);
        await waitForNoFrames(page);
        const png = await canvas.screenshot();
        saveScreenshot(`model-${set.name}-${preset}.png`, png);
        expect(foregroundShare(png), `${set.name} ${preset} shows the model`).toBeGreaterThan(0.03);
      }
    }
    await page.click('button[data-action="reset-layers"]');
  });

  it('has no accessibility violations (axe-core)', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    expect(summary).toEqual([]);
  });

  it('logs no console errors and sends no request off 127.0.0.1', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });
});
