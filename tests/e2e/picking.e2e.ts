import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import { type PageWatch, saveScreenshot, waitForNoFrames } from './viewer-page';

/**
 * Picking hits what the user sees, on a posed skeleton too: the skinned muscles pick through
 * trees of their posed triangles, refitted when the pose changes. Where to point is found by
 * brute force on the triangles as drawn (not through the picking trees), so a pick that went
 * by the rest pose would land on another structure. Timing is the benchmark's, not this file's.
 */

const getView = (page: Page) =>
  page.evaluate(() => window.__hipViewerProbe?.getView()) as Promise<{
    selection: string | null;
  }>;

async function visiblePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((k) => window.__hipViewerDebug?.visibleSurfacePoint(k), key);
  if (!point) throw new Error(`picking e2e: no point of ${key} is visible in this view`);
  return point;
}

/** Wait until every pickable skinned mesh has its posed tree (built in idle time). */
async function waitForPickingTrees(page: Page) {
  await page.waitForFunction(
    () => {
      const trees = window.__hipViewerDebug?.posedPickingTrees();
      return trees !== undefined && trees.skinned > 0 && trees.withTree === trees.skinned;
    },
    undefined,
    { timeout: 60_000, polling: 200 },
  );
}

/** Close the card and move off the model, so the next pick has to make its own. */
async function clearPick(page: Page) {
  await page.locator('[data-testid="structure-card"] header button.icon-button').click();
  await page.mouse.move(2, 2);
  await expect.poll(async () => (await getView(page)).selection).toBeNull();
  await waitForNoFrames(page);
}

/** Hover the point (the label names the structure), then click it (its card opens). */
async function pickAt(
  page: Page,
  point: { x: number; y: number },
  expected: { key: string; label: string; name: string },
) {
  await page.mouse.move(point.x, point.y);
  const hover = page.locator('[data-testid="hover-label"]');
  await expect.poll(() => hover.isHidden()).toBe(false);
  await expect.poll(() => hover.textContent()).toBe(expected.label);
  await page.mouse.click(point.x, point.y);
  await expect.poll(async () => (await getView(page)).selection).toBe(expected.key);
  await expect
    .poll(() => page.locator('[data-testid="structure-card"] h2').textContent())
    .toContain(expected.name);
}

const quaternion = (page: Page, joint: string) =>
  page.evaluate((j) => window.__hipViewerDebug?.jointQuaternion(j) ?? null, joint);

describe('picking works on a posed skeleton', () => {
  const chromium = chromiumForSuite();

  describe('an exercise key position (the body lying on its side)', () => {
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      // Markers off: a click on the muscle, not on a motor point over it.
      ({ page, watch } = await chromium.openViewer(`/?markers=0&cam=posterior`, {
        viewport: { width: 1280, height: 860 },
      }));
      await waitForPickingTrees(page);
    });

    it('picks the muscle standing, then again once the body lies on its side', async () => {
      const gmax = {
        key: 'gluteus-maximus:right',
        label: 'Gluteus maximus (right)',
        name: 'Gluteus maximus',
      };
      await pickAt(page, await visiblePoint(page, gmax.key), gmax);
      await clearPick(page);

      await page.click('#tab-exercises');
      const item = page.locator(
        '[data-testid="exercise-list"] > li[data-exercise="side-lying-hip-abduction"]',
      );
      await item.locator('button.show-on-model').click();
      await waitForNoFrames(page);
      // The pose moved the body: the pelvis turned (no longer the identity rotation).
      const pelvis = await quaternion(page, 'pelvis:midline');
      expect(Math.abs(pelvis?.[3] ?? 1), 'the pelvis is turned').toBeLessThan(0.95);

      const point = await visiblePoint(page, gmax.key);
      saveScreenshot('picking-side-lying-before-pick.png', await page.screenshot());
      await pickAt(page, point, gmax);
      saveScreenshot('picking-side-lying-picked.png', await page.screenshot());
      expect(watch.consoleErrors).toEqual([]);
    });
  });

  describe('a dysfunction pose from a link (Trendelenburg: the pelvis drops, the free leg lifts)', () => {
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      ({ page, watch } = await chromium.openViewer(
        `/?preset=trendelenburg&markers=0&cam=posterior`,
        { viewport: { width: 1280, height: 860 } },
      ));
      await waitForPickingTrees(page);
    });

    it('the hover label and the card name the muscle of the lifted leg', async () => {
      const hip = await quaternion(page, 'hip:left');
      expect(Math.abs(hip?.[3] ?? 1), 'the left hip is flexed').toBeLessThan(0.99);
      const gmaxLeft = {
        key: 'gluteus-maximus:left',
        label: 'Gluteus maximus (left)',
        name: 'Gluteus maximus',
      };
      await pickAt(page, await visiblePoint(page, gmaxLeft.key), gmaxLeft);
      await clearPick(page);
      const medius = {
        key: 'gluteus-medius:right',
        label: 'Gluteus medius (right)',
        name: 'Gluteus medius',
      };
      await pickAt(page, await visiblePoint(page, medius.key), medius);
      saveScreenshot('picking-trendelenburg-picked.png', await page.screenshot());
      expect(watch.consoleErrors).toEqual([]);
    });
  });
});
