import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { MECHANICS_PRESETS } from '../../src/domain/mechanics';
import { chromiumForSuite } from './chromium-suite';
import { openPage, saveScreenshot, waitForIdleViewer, waitForNoFrames } from './viewer-page';

interface Snapshot {
  pelvis: number[];
  lumbar: number[];
  arrows: Record<string, number>;
  now: string[];
}

async function snapshot(page: Page): Promise<Snapshot> {
  await waitForNoFrames(page);
  const scene = await page.evaluate(() => ({
    pelvis: window.__hipViewerDebug?.jointQuaternion('pelvis:midline') ?? [],
    lumbar: window.__hipViewerDebug?.jointQuaternion('L3-L4:midline') ?? [],
    arrows: window.__hipViewerDebug?.arrows() ?? {},
  }));
  const now = await page
    .locator('[data-testid="mechanics-table"] tr[data-output] td:nth-child(3)')
    .allTextContents();
  return { ...scene, now };
}

const rounded = (values: number[]) => values.map((v) => Math.round(v * 1e4) / 1e4);

describe('dysfunction mechanics in the viewer', () => {
  const chromium = chromiumForSuite();
  let page: Page;

  beforeAll(async () => {
    ({ page } = await chromium.openViewer(`/`));
    await page.click('#tab-mechanics');
  });

  it('each preset changes the pose, the arrows and the numbers, and its link reproduces them', async () => {
    const healthy = await snapshot(page);
    expect(rounded(healthy.pelvis)).toEqual([0, 0, 0, 1]);
    expect(
      Object.values(healthy.arrows).every((length) => length === 0),
      'no arrows when healthy',
    ).toBe(true);
    const posedByPreset: { id: string; query: string; posed: Snapshot }[] = [];
    for (const preset of MECHANICS_PRESETS) {
      await page.click(`button[data-preset-id="${preset.id}"]`);
      const posed = await snapshot(page);
      const poseChanged =
        rounded(posed.pelvis).join() !== rounded(healthy.pelvis).join() ||
        rounded(posed.lumbar).join() !== rounded(healthy.lumbar).join();
      expect(poseChanged, `${preset.id} poses the skeleton`).toBe(true);
      expect(
        Object.values(posed.arrows).some((length) => length > 0.01),
        `${preset.id} draws arrows`,
      ).toBe(true);
      expect(posed.now, `${preset.id} changes the panel numbers`).not.toEqual(healthy.now);
      await expect.poll(() => page.evaluate(() => window.location.search)).toContain('dys=');
      posedByPreset.push({
        id: preset.id,
        query: await page.evaluate(() => window.location.search),
        posed,
      });
    }
    // Each preset's link, opened fresh, reproduces its pose and numbers.
    const copy = await openPage(chromium.browser, 'about:blank');
    for (const { id, query, posed } of posedByPreset) {
      await copy.page.goto(`${inject('baseURL')}/${query}`);
      await waitForIdleViewer(copy.page);
      await copy.page.click('#tab-mechanics');
      const reopened = await snapshot(copy.page);
      expect(rounded(reopened.pelvis), `${id} pelvis from the link`).toEqual(rounded(posed.pelvis));
      expect(rounded(reopened.lumbar), `${id} lumbar spine from the link`).toEqual(
        rounded(posed.lumbar),
      );
      expect(reopened.now, `${id} numbers from the link`).toEqual(posed.now);
    }
    expect(copy.watch.consoleErrors).toEqual([]);
    await copy.page.context().close();
  });

  it('shows the Trendelenburg pose beside the ghosted healthy skeleton', async () => {
    await page.click('button[data-preset-id="trendelenburg"]');
    await page.click('button[data-preset="anterior"]');
    await waitForNoFrames(page);
    const sentence = await page.locator('[data-testid="mechanics-sentence"]').textContent();
    expect(sentence).toMatch(/pelvis drops \d+°/);
    saveScreenshot('mechanics-trendelenburg.png', await page.screenshot());
  });

  it('a slider changes the result', async () => {
    await page.click('button[data-action="reset-dysfunction"]');
    const slider = page
      .locator('input[data-muscle="gluteus-medius"][data-kind="weakness"]')
      .first();
    await slider.fill('100');
    await expect
      .poll(() => page.locator('[data-testid="mechanics-sentence"]').textContent())
      .not.toMatch(/^$/);
    const search = await page.evaluate(() => window.location.search);
    await expect
      .poll(() => page.evaluate(() => window.location.search))
      .toContain('gluteus-medius:w100');
    expect(search).toBeDefined();
  });
});
