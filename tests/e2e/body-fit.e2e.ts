/**
 * A body fitted to the patient, end to end: `body=` links fit the drawn model (larger skin,
 * markers still on their muscles as drawn), the body control fits and unfits it, and a link
 * without `body=` draws exactly the reference body.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { type ChromiumSuite, chromiumForSuite } from './chromium-suite';
import { imageDifference, saveScreenshot, waitForNoFrames } from './viewer-page';

const SKIN_ON = 'show=skin&markers=0';

async function open(chromium: ChromiumSuite, query: string): Promise<Page> {
  const { page } = await chromium.openViewer(`/?${query}`);
  return page;
}

/** Pixels of muscle red (the skin is translucent and close to the background in colour). */
function redShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  let red = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
    if (r > g + 50 && r > b + 40) red += 1;
  }
  return red / (image.width * image.height);
}

const skinSize = (page: Page) => page.evaluate(() => window.__hipViewerDebug?.skinSize() ?? null);

describe('a body fitted to the patient', () => {
  const chromium = chromiumForSuite();

  it('draws a heavier body larger than the reference: wider skin, bulkier muscles', async () => {
    const reference = await open(chromium, `cam=posterior&${SKIN_ON}`);
    // Same height (no overall scale): only fat and muscle bulk change the outline.
    const heavy = await open(chromium, `cam=posterior&${SKIN_ON}&body=m,1.75,110`);
    const [a, b] = [await skinSize(reference), await skinSize(heavy)];
    expect(a && b).toBeTruthy();
    // Gibney: +0.4 mm per kg/m² × 13.1 kg/m² ≈ +5 mm of fat on each side at least.
    expect(b!.x - a!.x).toBeGreaterThan(0.01);
    expect(b!.z - a!.z).toBeGreaterThan(0.01);
    const shotA = await reference.locator('canvas').screenshot();
    const shotB = await heavy.locator('canvas').screenshot();
    saveScreenshot('body-reference-posterior.png', shotA);
    saveScreenshot('body-m-1.75-110-posterior.png', shotB);
    // Bulkier muscles (Handsfield: +30 % gluteus maximus at 110 kg) show as more muscle red.
    expect(redShare(shotB)).toBeGreaterThan(redShare(shotA) * 1.03);
    await reference.context().close();
    await heavy.context().close();
  });

  it('fits a 1.65 m, 90 kg woman: every marker on its muscle as drawn', async () => {
    const reference = await open(chromium, 'cam=posterior');
    const page = await open(chromium, 'cam=posterior&body=f,1.65,90');
    expect(await page.evaluate(() => window.__hipViewerDebug?.bodyScale())).toBeCloseTo(
      1.65 / 1.75,
      6,
    );
    const ids = await page.evaluate(() => window.__hipViewerDebug?.drawnPoints() ?? []);
    // 24 shown records × 2 sides (the piriformis nerve-dense centre waits for its reference lines).
    expect(ids.length, 'every marker placed and drawn on the fitted body').toBe(48);
    // Each marker sits on its muscle as drawn (skinned and morphed), not on the reference one:
    // within 2 mm, or no further than on the reference body (the standing pose moves a muscle
    // that spans the hip a little away from markers that ride with the pelvis).
    const distances = (p: Page) =>
      p.evaluate(
        (list) =>
          Object.fromEntries(
            list.map((id) => [id, window.__hipViewerDebug?.pointToDrawnMuscleMm(id) ?? null]),
          ),
        ids,
      );
    const [onFitted, onReference] = [await distances(page), await distances(reference)];
    for (const id of ids) {
      expect(onFitted[id], id).not.toBeNull();
      expect(onFitted[id] as number, id).toBeLessThan(Math.max(2, (onReference[id] ?? 0) + 0.5));
    }
    saveScreenshot(
      'body-f-1.65-90-posterior-points.png',
      await page.locator('canvas').screenshot(),
    );
    for (const p of [reference, page]) await p.context().close();
  });

  it('draws the 1.65 m, 90 kg woman shorter and broader for her height than the reference', async () => {
    const skinRef = await open(chromium, `cam=posterior&${SKIN_ON}`);
    const skinFit = await open(chromium, `cam=posterior&${SKIN_ON}&body=f,1.65,90`);
    const [a, b] = [await skinSize(skinRef), await skinSize(skinFit)];
    expect(b!.y).toBeLessThan(a!.y); // shorter
    expect(b!.x / b!.y).toBeGreaterThan((a!.x / a!.y) * 1.02); // broader for her height
    saveScreenshot('body-f-1.65-90-posterior.png', await skinFit.locator('canvas').screenshot());
    for (const p of [skinRef, skinFit]) await p.context().close();
  });

  it('pictures the reference and the fitted body in profile', async () => {
    // From the side: the fat and the fuller buttock show in profile.
    for (const [name, query] of [
      ['body-reference-lateral.png', `cam=right-lateral&${SKIN_ON}`],
      ['body-f-1.65-90-lateral.png', `cam=right-lateral&${SKIN_ON}&body=f,1.65,90`],
    ] as const) {
      const side = await open(chromium, query);
      saveScreenshot(name, await side.locator('canvas').screenshot());
      await side.context().close();
    }
  });

  it('reads the fitted depth of a needle path in the patient’s millimetres', async () => {
    const point = 'point=gluteus-medius-posterior:right';
    const depth = async (query: string) => {
      const page = await open(chromium, `${point}&${query}`);
      const needle = page.locator('[data-testid="needle-path"]');
      await expect.poll(() => needle.textContent()).toMatch(/Depth on this model: \d+ mm/);
      const mm = Number((await needle.textContent())?.match(/Depth on this model: (\d+) mm/)?.[1]);
      await page.context().close();
      return mm;
    };
    const reference = await depth('cam=right-lateral');
    const fitted = await depth('cam=right-lateral&body=f,1.65,90');
    // 9 mm more fat (Gibney) plus a thicker gluteus maximus, less 6 % for her height.
    expect(fitted).toBeGreaterThan(reference + 5);
  });

  it('fits and unfits from the body control; the link follows', async () => {
    const page = await open(chromium, `cam=posterior&${SKIN_ON}&height=1.65&mass=90`);
    const before = await page.locator('canvas').screenshot();
    await page.click('#tab-mechanics');
    await page.locator('.mechanics-panel details.more summary').click();
    await page.selectOption('select[data-body-sex]', 'female');
    await expect
      .poll(() => page.evaluate(() => window.__hipViewerDebug?.bodyScale()))
      .toBeCloseTo(1.65 / 1.75, 6);
    await expect
      .poll(() => page.locator('[data-body-fit-summary]').textContent())
      .toMatch(/fat \+9\.2 mm/);
    // The address bar mirrors the view: the link now carries the fitted body.
    await expect.poll(() => decodeURIComponent(page.url())).toContain('body=f,1.65,90');
    await waitForNoFrames(page);
    await page.locator('[data-body-fit-summary]').scrollIntoViewIfNeeded();
    saveScreenshot('body-control.png', await page.screenshot());
    const fitted = await page.locator('canvas').screenshot();
    expect(imageDifference(before, fitted)).toBeGreaterThan(0.5);
    await page.selectOption('select[data-body-sex]', '');
    await expect.poll(() => page.evaluate(() => window.__hipViewerDebug?.bodyScale())).toBe(1);
    await waitForNoFrames(page);
    expect(imageDifference(before, await page.locator('canvas').screenshot())).toBeLessThan(0.5);
    await page.context().close();
  });

  it('names a malformed body= and keeps the reference body', async () => {
    const page = await open(chromium, 'body=f,3,90');
    expect(await page.evaluate(() => window.__hipViewerDebug?.bodyScale())).toBe(1);
    await expect
      .poll(() => page.locator('body').textContent())
      .toMatch(/height must be a number from 1\.2 to 2\.2 m/);
    await page.context().close();
  });
});
