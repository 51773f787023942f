import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import {
  frameCount,
  imageDifference,
  openPage,
  type PageWatch,
  saveScreenshot,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

type View = {
  layers: Record<string, { left: string; right: string }>;
  selection: string | null;
  camera: unknown;
};

const getView = (page: Page) =>
  page.evaluate(() => window.__hipViewerProbe?.getView() as unknown as View);

async function screenPoint(page: Page, key: string) {
  const point = await page.evaluate(
    (k) => window.__hipViewerDebug?.screenPoint(k as never) ?? null,
    key,
  );
  expect(point, `${key} has a point on screen`).not.toBeNull();
  return point!;
}

describe('exploring the anatomy', () => {
  const chromium = chromiumForSuite();

  describe('on a desktop', () => {
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      ({ page, watch } = await chromium.openViewer(`/?cam=posterior`, {
        permissions: ['clipboard-read', 'clipboard-write'],
      }));
    });

    it('renders no frames while nothing changes', async () => {
      const before = await frameCount(page);
      await page.waitForTimeout(1000);
      expect((await frameCount(page)) - before, 'frames drawn during an idle second').toBe(0);
    });

    it('hiding and ghosting a layer changes the pixels and the store', async () => {
      const canvas = page.locator('canvas');
      const shown = await canvas.screenshot();
      const row = page.locator('[data-layer="superficial"]');
      await row.locator('button[data-visibility="ghosted"]').click();
      await waitForNoFrames(page);
      const ghosted = await canvas.screenshot();
      expect((await getView(page)).layers.superficial).toEqual({
        left: 'ghosted',
        right: 'ghosted',
      });
      expect(imageDifference(shown, ghosted), 'ghosting changes the picture').toBeGreaterThan(1);
      await row.locator('button[data-visibility="hidden"]').click();
      await waitForNoFrames(page);
      const hidden = await canvas.screenshot();
      expect((await getView(page)).layers.superficial).toEqual({ left: 'hidden', right: 'hidden' });
      expect(imageDifference(ghosted, hidden), 'hiding changes the picture').toBeGreaterThan(0.5);
      saveScreenshot('explore-superficial-hidden.png', hidden);
    });

    it('a ghosted muscle still picks', async () => {
      await page.locator('[data-layer="superficial"] button[data-visibility="ghosted"]').click();
      await waitForNoFrames(page);
      const point = await screenPoint(page, 'gluteus-maximus:right');
      await page.mouse.click(point.x, point.y);
      await expect.poll(async () => (await getView(page)).selection).toBe('gluteus-maximus:right');
      await expect
        .poll(() => page.locator('[data-testid="structure-card"] h2').textContent())
        .toContain('Gluteus maximus');
      await page.locator('[data-layer="superficial"] button[data-visibility="shown"]').click();
    });

    it('"/" then "medius" then Enter opens the gluteus medius card with its nerve', async () => {
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('/');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await page.keyboard.type('medius');
      await expect
        .poll(() => page.locator('[role="option"]').first().textContent())
        .toContain('Gluteus medius');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await getView(page)).selection).toMatch(/^gluteus-medius:/);
      const nerve = page.locator('[data-testid="card-innervation"]');
      await expect.poll(() => nerve.textContent()).toContain('Superior gluteal nerve');
      await waitForNoFrames(page);
      saveScreenshot('explore-desktop-card.png', await page.screenshot());
    });

    it('a copied link reopens exactly the same view', async () => {
      await page.locator('[data-layer="bones"] button[data-visibility="ghosted"]').click();
      const cameraBefore = JSON.stringify((await getView(page)).camera);
      await page.locator('[role="img"]').focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('+');
      await waitForNoFrames(page);
      await expect
        .poll(async () => JSON.stringify((await getView(page)).camera))
        .not.toBe(cameraBefore);
      expect(((await getView(page)).camera as { kind: string }).kind).toBe('custom');
      await page.click('button[data-action="share"]');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('ghost=bones');
      const original = await getView(page);
      const originalShot = await page.locator('canvas').screenshot();
      const copy = await openPage(chromium.browser, link);
      await waitForIdleViewer(copy.page);
      expect(await getView(copy.page)).toEqual(original);
      const copyShot = await copy.page.locator('canvas').screenshot();
      saveScreenshot('explore-link-original.png', originalShot);
      saveScreenshot('explore-link-copy.png', copyShot);
      expect(imageDifference(originalShot, copyShot), 'same picture from the link').toBeLessThan(
        1.5,
      );
      expect(copy.watch.consoleErrors).toEqual([]);
      await copy.page.context().close();
    });

    it('has no accessibility violations with a card open', async () => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });

    it('logged no console errors and made no request off 127.0.0.1', () => {
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
    });
  });

  it('loads a link with junk parameters and names them in a notice', async () => {
    const { page, watch } = await chromium.openViewer(
      `/?hide=skin,not-a-muscle&foo=1&cam=1,2&sel=femur:left`,
    );
    const notice = page.locator('[data-testid="param-notice"]');
    await expect.poll(() => notice.textContent()).toContain('not-a-muscle');
    expect(await notice.textContent()).toContain('"foo"');
    expect(await notice.textContent()).toContain('cam=1,2');
    expect((await getView(page)).selection).toBe('femur:left');
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a keyboard-only session selects a muscle and hides a layer', async () => {
    const { page } = await chromium.openViewer(`/`);
    // Tab until the structure tree has focus.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'treeitem') break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'treeitem',
    );
    // Skin → superficial (ArrowDown), expand (ArrowRight), first child (ArrowDown), select (Enter).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getView(page)).selection).toBe('gluteus-maximus:left');
    // Enter moves focus to the opened card; Tab leads back to the tree, to the row last used.
    await page.waitForFunction(() => document.activeElement?.id === 'card-title');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'treeitem') break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
      'gluteus-maximus:left',
    );
    // Space on the focused row cycles it to see-through, then hidden.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await page.keyboard.press(' ');
    await expect
      .poll(async () => (await getView(page)).layers.superficial)
      .toEqual({
        left: 'hidden',
        right: 'hidden',
      });
    const status = await page.locator('[data-testid="status"]').textContent();
    expect(status).toMatch(/hidden/);
    await page.context().close();
  });

  it('fits a 390 × 844 phone with the panels in a drawer', async () => {
    const { page, watch } = await chromium.open(`/`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    // A phone starts with the still picture and loads the 3D view when asked.
    await page.locator('button[data-action="load-3d"]').tap();
    await waitForIdleViewer(page);
    const canvasBox = await page.locator('canvas').boundingBox();
    expect(canvasBox!.height, 'the model keeps most of the screen').toBeGreaterThan(500);
    saveScreenshot('explore-mobile.png', await page.screenshot());
    await page.click('.drawer-toggle');
    const openBox = await page.locator('canvas').boundingBox();
    expect(openBox!.height, 'an open drawer does not cover the model').toBeGreaterThan(250);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    saveScreenshot('explore-mobile-drawer.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
