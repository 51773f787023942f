import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import { type PageWatch, saveScreenshot, waitForNoFrames } from './viewer-page';

interface Snapshot {
  style: number;
  knee: number;
  back: number;
  markerX: number;
  pelvis: number[];
  lumbar: number[];
  arrows: Record<string, number>;
  sentence: string;
}

async function snapshot(page: Page): Promise<Snapshot> {
  await waitForNoFrames(page);
  const chart = page.locator('[data-testid="trade-off-chart"]');
  const scene = await page.evaluate(() => ({
    pelvis: window.__hipViewerDebug?.jointQuaternion('pelvis:midline') ?? [],
    lumbar: window.__hipViewerDebug?.jointQuaternion('L3-L4:midline') ?? [],
    arrows: window.__hipViewerDebug?.arrows() ?? {},
  }));
  return {
    style: Number(await chart.getAttribute('data-style')),
    knee: Number(await chart.getAttribute('data-knee')),
    back: Number(await chart.getAttribute('data-back')),
    markerX: Number(await chart.locator('[data-marker="current"]').getAttribute('x1')),
    ...scene,
    sentence: (await page.locator('[data-testid="mechanics-sentence"]').textContent()) ?? '',
  };
}

const rounded = (values: number[]) => values.map((v) => Math.round(v * 1e4) / 1e4).join();

describe('knee or lower back: the compensation trade-off', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await chromium.openViewer(`/`));
    await page.click('#tab-mechanics');
  });

  it('draws no ghost while healthy', async () => {
    const ghost = await page.evaluate(() => window.__hipViewerDebug?.ghost());
    expect(ghost?.inScene, 'the ghost skeleton is mounted').toBe(true);
    expect(ghost?.shown, 'hidden while nothing is changed').toBe(false);
  });

  it('a weak right gluteus medius, style swept from drop to lean, moves chart, skeleton, arrows and sentence', async () => {
    await page
      .locator('input[data-muscle="gluteus-medius"][data-kind="weakness"]')
      .first()
      .fill('100');
    const control = page.locator('[data-testid="trade-off-style"]');
    await expect.poll(() => control.count()).toBe(1);
    expect(await control.getAttribute('aria-label')).toMatch(/compensates/);
    // Keyboard only: Home = pelvis drops, five steps right = halfway... End = trunk leans.
    await control.focus();
    await page.keyboard.press('Home');
    await page.click('button[data-preset="posterior"]');
    const drop = await snapshot(page);
    saveScreenshot('trade-off-drop.png', await page.screenshot());
    await control.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const middle = await snapshot(page);
    await page.keyboard.press('End');
    const lean = await snapshot(page);
    saveScreenshot('trade-off-lean.png', await page.screenshot());

    expect([drop.style, middle.style, lean.style]).toEqual([0, 0.5, 1]);
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('comp=100');
    // Chart: the current mark moves right, the knee falls and the lower back rises.
    expect(middle.markerX).toBeGreaterThan(drop.markerX);
    expect(lean.markerX).toBeGreaterThan(middle.markerX);
    expect(middle.knee).toBeLessThan(drop.knee);
    expect(lean.knee).toBeLessThan(middle.knee);
    expect(middle.back).toBeGreaterThan(drop.back);
    expect(lean.back).toBeGreaterThan(middle.back);
    // Skeleton: the pelvis levels and the lumbar chain bends as the style moves to lean.
    expect(rounded(drop.pelvis)).not.toBe(rounded(lean.pelvis));
    expect(rounded(drop.lumbar)).not.toBe(rounded(lean.lumbar));
    expect(rounded(middle.lumbar)).not.toBe(rounded(lean.lumbar));
    // Every arrow is placed at hip scale (an arrow left at its 1 m default would be a bug).
    for (const snap of [drop, middle, lean]) {
      for (const [name, length] of Object.entries(snap.arrows)) {
        expect(length, name).toBeLessThan(0.3);
      }
      expect(snap.arrows['l5s1-shear'], 'shear drawn').toBeGreaterThan(0.01);
    }
    // Arrows: the knee arrow shortens with the knee moment, the lower-back side-bending arrow grows.
    expect(lean.arrows['knee-adduction-moment']).toBeLessThan(
      drop.arrows['knee-adduction-moment'] ?? 0,
    );
    expect(lean.arrows['l5s1-side-bending']).toBeGreaterThan(
      drop.arrows['l5s1-side-bending'] ?? Number.POSITIVE_INFINITY,
    );
    // Sentence: generated from each result; the knee rises at the drop end and falls at the lean end.
    expect(drop.sentence).toMatch(/pelvis drops \d+°/);
    expect(drop.sentence).toMatch(/inner-knee load rises/);
    expect(lean.sentence).toMatch(/trunk leans \d+° toward the standing leg/);
    expect(lean.sentence).toMatch(/inner-knee load falls/);
    expect(new Set([drop.sentence, middle.sentence, lean.sentence]).size).toBe(3);
    // The complete palsy, compensated by leaning: the lower back carries what the knee is spared.
    await page.click('button[data-preset-id="trendelenburg-compensated"]');
    const duchenne = await snapshot(page);
    expect(duchenne.arrows['l5s1-side-bending']).toBeGreaterThan(0.05);
    saveScreenshot('trade-off-duchenne.png', await page.screenshot());
  });

  it('the panel with the chart has no accessibility violations (axe-core)', async () => {
    const results = await new AxeBuilder({ page }).include('#tabpanel-mechanics').analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`),
    ).toEqual([]);
  });

  it('clicking on the chart moves the style', async () => {
    const plot = page.locator('[data-testid="trade-off-chart"] svg');
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    const before = await snapshot(page);
    // A click near the drop end of the plot.
    await page.mouse.click(box.x + box.width * 0.15, box.y + box.height * 0.5);
    const after = await snapshot(page);
    expect(after.style).toBeLessThan(before.style);
    expect(rounded(after.pelvis)).not.toBe(rounded(before.pelvis));
  });

  it('draws the healthy ghost skeleton beside the posed one', async () => {
    const ghost = await page.evaluate(() => window.__hipViewerDebug?.ghost());
    expect(ghost?.shown).toBe(true);
    expect(ghost?.meshes).toBeGreaterThan(5);
    expect(ghost?.opacity).toBeGreaterThanOrEqual(0.25);
    await page.click('button[data-preset="right-lateral"]');
    await waitForNoFrames(page);
    saveScreenshot('trade-off-side-view.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
  });

  it('one-leg stance in the default frame: the swing leg is lifted and both knees are in view', async () => {
    const query = await page.evaluate(() => window.location.search);
    const fresh = await chromium.openViewer(`/${query.replace(/&?cam=[^&]*/, '')}`);
    saveScreenshot('trade-off-default-frame.png', await fresh.page.screenshot());
    const canvas = await fresh.page.locator('canvas').first().boundingBox();
    expect(canvas).not.toBeNull();
    const knees = await fresh.page.evaluate(() => ({
      stance: window.__hipViewerDebug?.jointScreen('knee:right') ?? null,
      swing: window.__hipViewerDebug?.jointScreen('knee:left') ?? null,
      swingHip: window.__hipViewerDebug?.jointScreen('hip:left') ?? null,
      stanceHip: window.__hipViewerDebug?.jointScreen('hip:right') ?? null,
    }));
    for (const [name, point] of Object.entries(knees)) {
      expect(point, name).not.toBeNull();
      if (!point || !canvas) continue;
      expect(point.x, `${name} x in frame`).toBeGreaterThan(canvas.x);
      expect(point.x, `${name} x in frame`).toBeLessThan(canvas.x + canvas.width);
      expect(point.y, `${name} y in frame`).toBeGreaterThan(canvas.y);
      expect(point.y, `${name} y in frame`).toBeLessThan(canvas.y + canvas.height);
    }
    // From the side the swing leg reads as lifted: its knee well above the standing knee.
    await fresh.page.click('button[data-preset="right-lateral"]');
    await waitForNoFrames(fresh.page);
    saveScreenshot('trade-off-side-default-pose.png', await fresh.page.screenshot());
    const side = await fresh.page.evaluate(() => ({
      stance: window.__hipViewerDebug?.jointScreen('knee:right') ?? null,
      swing: window.__hipViewerDebug?.jointScreen('knee:left') ?? null,
      hip: window.__hipViewerDebug?.jointScreen('hip:right') ?? null,
    }));
    const thigh = (side.stance?.y ?? 0) - (side.hip?.y ?? 0);
    expect(thigh).toBeGreaterThan(0);
    expect((side.stance?.y ?? 0) - (side.swing?.y ?? 0)).toBeGreaterThan(0.12 * thigh);
    expect(fresh.watch.consoleErrors).toEqual([]);
    await fresh.page.context().close();
  });

  it('without mechanics in use, the model stands on both legs (anatomical position)', async () => {
    // From the front both knees are at the same depth, so their heights compare directly.
    const fresh = await chromium.openViewer(`/?cam=anterior`);
    const side = await fresh.page.evaluate(() => ({
      right: window.__hipViewerDebug?.jointScreen('knee:right') ?? null,
      left: window.__hipViewerDebug?.jointScreen('knee:left') ?? null,
      hip: window.__hipViewerDebug?.jointScreen('hip:right') ?? null,
    }));
    const thigh = (side.right?.y ?? 0) - (side.hip?.y ?? 0);
    expect(thigh).toBeGreaterThan(0);
    expect(Math.abs((side.right?.y ?? 0) - (side.left?.y ?? 0))).toBeLessThan(0.03 * thigh);
    expect(fresh.watch.consoleErrors).toEqual([]);
    await fresh.page.context().close();
  });
});
