import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import {
  changedPixels,
  frameCount,
  type PageWatch,
  saveScreenshot,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

type Vec3 = [number, number, number];

/**
 * How the body lies now: its long axis (pelvis up, toward the head) and front, from the pelvis
 * joint's rotation, and the size of the box around the posed bones.
 */
async function body(page: Page) {
  const { q, size } = await page.evaluate(() => ({
    q: window.__hipViewerDebug?.jointQuaternion('pelvis:midline') ?? null,
    size: window.__hipViewerDebug?.boneBoundsSize() ?? null,
  }));
  if (!q || !size) throw new Error('e2e: the viewer exposes no pelvis joint or bone bounds');
  const [x, y, z, w] = q;
  const rotate = (v: Vec3): Vec3 => {
    const tx = 2 * (y * v[2] - z * v[1]);
    const ty = 2 * (z * v[0] - x * v[2]);
    const tz = 2 * (x * v[1] - y * v[0]);
    return [
      v[0] + w * tx + (y * tz - z * ty),
      v[1] + w * ty + (z * tx - x * tz),
      v[2] + w * tz + (x * ty - y * tx),
    ];
  };
  return { axis: rotate([0, 1, 0]), front: rotate([0, 0, 1]), size };
}

const item = (page: Page, id: string) =>
  page.locator(`[data-testid="exercise-list"] > li[data-exercise="${id}"]`);

/** Press an exercise's "show on the model" button and wait until the model is still. */
async function toggleOnModel(page: Page, id: string) {
  await item(page, id).locator('button.show-on-model').click();
  await waitForNoFrames(page);
}

const canvasShot = (page: Page) => page.locator('canvas').screenshot();
const gaps = (page: Page) =>
  page.evaluate(() => window.__hipViewerDebug?.markerSurfaceGapsMm() ?? {});
const offsets = (page: Page) =>
  page.evaluate(() => window.__hipViewerDebug?.markerOffsetsMm() ?? {});

describe('an exercise shown on the 3D body in its key position', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await chromium.openViewer(`/?cam=posterior`, {
      viewport: { width: 1280, height: 860 },
    }));
    await page.click('#tab-exercises');
    await item(page, 'side-lying-hip-abduction').waitFor();
  });

  it('lays the body on its side, then face down, then stands it up again', async () => {
    const standing = await body(page);
    expect(standing.axis[1], 'standing: long axis vertical').toBeGreaterThan(0.95);
    expect(standing.size.y, 'standing: tall box').toBeGreaterThan(standing.size.x);
    const before = await canvasShot(page);

    await toggleOnModel(page, 'side-lying-hip-abduction');
    const side = await body(page);
    expect(Math.abs(side.axis[1]), 'side-lying: long axis horizontal').toBeLessThan(0.1);
    expect(Math.abs(side.front[1]), 'side-lying: facing sideways').toBeLessThan(0.1);
    expect(Math.max(side.size.x, side.size.z), 'side-lying: long box').toBeGreaterThan(side.size.y);
    const sideShot = await canvasShot(page);
    expect(changedPixels(before, sideShot), 'the picture changes').toBeGreaterThan(20_000);
    saveScreenshot('exercise-pose-side-lying-abduction.png', await page.screenshot());
    const legend = page.locator('[data-testid="exercise-model-legend"]');
    expect(await legend.textContent()).toMatch(
      /Side-lying leg lift: key position, right leg exercised.*Gluteus medius: about \d+ % MVIC/,
    );
    expect(await page.locator('[data-testid="orientation"]').count(), 'standing words hidden').toBe(
      0,
    );
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="exercise-model-legend"]')
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Markers ride on the posed muscles: moved with the body, still on their surface.
    const moved = await offsets(page);
    expect(Object.keys(moved).length, 'markers drawn').toBeGreaterThan(20);
    expect(Math.max(...Object.values(moved)), 'markers moved with the body').toBeGreaterThan(100);
    const off = Object.entries(await gaps(page))
      .filter(([, mm]) => mm > 2)
      .map(([id, mm]) => `${id}: ${mm.toFixed(1)} mm`);
    expect(off).toEqual([]);
    const idle = await frameCount(page);
    await page.waitForTimeout(1000);
    expect((await frameCount(page)) - idle, 'frames drawn while posed and idle').toBe(0);

    await toggleOnModel(page, 'prone-hip-extension');
    const prone = await body(page);
    expect(Math.abs(prone.axis[1]), 'prone: long axis horizontal').toBeLessThan(0.1);
    expect(prone.front[1], 'prone: face down').toBeLessThan(-0.9);
    const proneShot = await canvasShot(page);
    expect(changedPixels(sideShot, proneShot), 'a different picture').toBeGreaterThan(20_000);
    saveScreenshot('exercise-pose-prone-extension.png', await page.screenshot());

    // Pressed again: the focus ends, the body stands and the view's camera comes back.
    await toggleOnModel(page, 'prone-hip-extension');
    const back = await body(page);
    expect(back.axis[1], 'standing again').toBeGreaterThan(0.95);
    expect(back.size.y).toBeCloseTo(standing.size.y, 2);
    expect(await legend.count(), 'legend gone').toBe(0);
    const after = await canvasShot(page);
    const pixels = PNG.sync.read(after);
    expect(
      changedPixels(before, after),
      'the same picture as before the exercise was shown',
    ).toBeLessThan(pixels.width * pixels.height * 0.005);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('shows the clamshell, bridge and single-leg squat each in its own position', async () => {
    const shots: Buffer[] = [];
    for (const id of ['clamshell', 'bridge', 'single-leg-squat'] as const) {
      await toggleOnModel(page, id);
      const pose = await body(page);
      if (id === 'bridge') expect(pose.front[1], 'bridge: lying on the back').toBeGreaterThan(0.9);
      if (id === 'clamshell') expect(Math.abs(pose.axis[1]), 'clamshell: lying').toBeLessThan(0.1);
      if (id === 'single-leg-squat') expect(pose.axis[1], 'squat: upright').toBeGreaterThan(0.9);
      const knee = await page.evaluate(
        () => window.__hipViewerDebug?.jointQuaternion('knee:right') ?? null,
      );
      // Every one of these bends the exercised knee (w = cos(angle / 2) < cos 20°).
      expect(knee?.[3], `${id}: right knee bent`).toBeLessThan(Math.cos((20 * Math.PI) / 360));
      shots.push(await canvasShot(page));
      saveScreenshot(`exercise-pose-${id}.png`, await page.screenshot());
    }
    expect(changedPixels(shots[0]!, shots[1]!), 'clamshell vs bridge').toBeGreaterThan(20_000);
    expect(changedPixels(shots[1]!, shots[2]!), 'bridge vs squat').toBeGreaterThan(20_000);
    await toggleOnModel(page, 'single-leg-squat');
    expect((await body(page)).axis[1]).toBeGreaterThan(0.95);
  });

  it('poses every exercise in the list differently from standing', async () => {
    const ids = await page
      .locator('[data-testid="exercise-list"] > li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-exercise') ?? ''));
    expect(ids.length).toBeGreaterThanOrEqual(14);
    const standing = await canvasShot(page);
    for (const id of ids) {
      await toggleOnModel(page, id);
      const shot = await canvasShot(page);
      expect(changedPixels(standing, shot), `${id}: its own picture`).toBeGreaterThan(10_000);
      saveScreenshot(`exercise-pose-all-${id}.png`, shot);
      await toggleOnModel(page, id);
    }
    expect(watch.consoleErrors).toEqual([]);
  });

  it('eases into the position when motion is allowed, then draws nothing', async () => {
    const opened = await chromium.open(`/?cam=posterior`, {
      viewport: { width: 1280, height: 860 },
      reducedMotion: 'no-preference',
    });
    const moving = opened.page;
    await waitForIdleViewer(moving);
    await moving.click('#tab-exercises');
    const start = await frameCount(moving);
    await toggleOnModel(moving, 'side-lying-hip-abduction');
    expect((await frameCount(moving)) - start, 'a transition of several frames').toBeGreaterThan(3);
    expect(Math.abs((await body(moving)).axis[1]), 'arrived lying').toBeLessThan(0.1);
    const idle = await frameCount(moving);
    await moving.waitForTimeout(1000);
    expect((await frameCount(moving)) - idle, 'frames drawn after arriving').toBe(0);
    expect(opened.watch.consoleErrors).toEqual([]);
    await moving.context().close();
  });
});
