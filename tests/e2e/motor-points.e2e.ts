import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import { type PageWatch, saveScreenshot, waitForNoFrames } from './viewer-page';

const drawn = (page: Page) => page.evaluate(() => window.__hipViewerDebug?.drawnPoints() ?? []);
const view = (page: Page) =>
  page.evaluate(() => window.__hipViewerProbe?.getView() as unknown as { point: string | null });

describe('motor points in the viewer', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await chromium.openViewer(`/?cam=posterior`));
  });

  it('places every record on both sides and draws the markers', async () => {
    const ids = await drawn(page);
    // 24 shown records (the piriformis dense centre waits for its reference lines), both sides.
    expect(ids.length, 'markers drawn on both sides').toBe(48);
    expect(ids.some((id) => id.startsWith('piriformis-nerve-dense-center'))).toBe(false);
    const errors = await page.locator('.motor-point-panel .notice-inline').count();
    expect(errors, 'no placement problems on the built-in model').toBe(0);
    saveScreenshot('points-posterior.png', await page.locator('canvas').screenshot());
  });

  it('clicking a marker opens its card with the citation', async () => {
    const id = 'gluteus-maximus-central-stimulation-site:right';
    const at = await page.evaluate(
      (point) => window.__hipViewerDebug?.pointScreen(point) ?? null,
      id,
    );
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(async () => (await view(page)).point).toBe(id);
    const card = page.locator('[data-testid="point-card"]');
    await expect.poll(() => card.locator('.sources a').getAttribute('href')).toMatch(/^https:\/\//);
    expect(await card.textContent()).toContain('Gluteus maximus');
  });

  it('shows the needle guidance: depth, structures crossed and the overshoot margin', async () => {
    await page.click('#tab-points');
    await page.click('button[data-point="gluteus-medius-posterior"]');
    await expect.poll(async () => (await view(page)).point).toMatch(/^gluteus-medius-posterior:/);
    const needle = page.locator('[data-testid="needle-path"]');
    await expect.poll(() => needle.textContent()).toMatch(/Depth on this model: \d+ mm/);
    const tissues = await page.locator('[data-testid="needle-tissues"] li').allTextContents();
    expect(tissues[0]).toBe('Skin');
    expect(tissues.at(-1)).toMatch(/^Gluteus medius/);
    expect(await page.locator('[data-testid="overshoot"]').textContent()).toMatch(
      /overshoot margin/i,
    );
    // The superior gluteal artery at the notch is named; the model now carries it.
    expect(await page.locator('[data-testid="modelled-nearby"]').textContent()).toMatch(
      /Superior gluteal artery/,
    );
    await waitForNoFrames(page);
    saveScreenshot('points-needle-path.png', await page.screenshot());
  });

  it('hiding gluteus medius hides its markers', async () => {
    await page.click('#tab-layers');
    const before = await drawn(page);
    expect(before.some((id) => id.startsWith('gluteus-medius-'))).toBe(true);
    await page.locator('[data-layer="intermediate"] button[data-visibility="hidden"]').click();
    const after = await drawn(page);
    expect(after.some((id) => id.startsWith('gluteus-medius-'))).toBe(false);
    expect(after.some((id) => id.startsWith('gluteus-maximus-'))).toBe(true);
    await page.locator('[data-layer="intermediate"] button[data-visibility="shown"]').click();
  });

  it('is accessible and clean', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('a shared point= link opens with that point selected', async () => {
    const copy = await chromium.openViewer(`/?point=tensor-fasciae-latae-nerve-entry:left`);
    await expect
      .poll(async () => (await view(copy.page)).point)
      .toBe('tensor-fasciae-latae-nerve-entry:left');
    await expect
      .poll(() => copy.page.locator('[data-testid="point-card"] h2').textContent())
      .toContain('Tensor fasciae latae');
    expect(await copy.page.locator('[data-testid="axis-unverified"]').count()).toBe(1);
    await copy.page.context().close();
  });

  it('a point= link without a camera opens facing its point', async () => {
    const link = '/?point=gluteus-medius-posterior:right';
    const facing = await chromium.openViewer(link);
    const fromFront = await chromium.openViewer(`${link}&cam=anterior`);
    const look = async (copy: { page: Page }) => {
      await waitForNoFrames(copy.page);
      return {
        pressed: await copy.page.locator('.camera-bar button[aria-pressed="true"]').textContent(),
        share: await copy.page.evaluate(
          () => window.__hipViewerDebug?.visibleShare('gluteus-medius:right', 48) ?? -1,
        ),
      };
    };
    const seen = await look(facing);
    const front = await look(fromFront);
    console.log(
      `point link: gluteus medius (right) share ${seen.share} facing, ${front.share} from the front`,
    );
    expect(seen.pressed).toBe('Back');
    expect(front.pressed).toBe('Front');
    // Its muscle's upper back, where the point is, shows from behind above gluteus maximus (a
    // small share of a whole-body view: 0.8 % when written); from the front none of it does.
    expect(seen.share).toBeGreaterThan(0.004);
    expect(seen.share).toBeGreaterThan(front.share * 4);
    saveScreenshot('point-link-facing.png', await facing.page.screenshot());
    await facing.page.context().close();
    await fromFront.page.context().close();
  });

  it('filtering the markers to one muscle turns the camera to its points', async () => {
    const copy = await chromium.openViewer('/');
    await copy.page.click('#tab-points');
    await copy.page
      .locator('.motor-point-panel .filters select')
      .first()
      .selectOption('gluteus-medius');
    await waitForNoFrames(copy.page);
    expect(await copy.page.locator('.camera-bar button[aria-pressed="true"]').textContent()).toBe(
      'Back',
    );
    const share = await copy.page.evaluate(
      () => window.__hipViewerDebug?.visibleShare('gluteus-medius:right', 48) ?? -1,
    );
    expect(share).toBeGreaterThan(0.004);
    const markers = await drawn(copy.page);
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.every((id) => id.startsWith('gluteus-medius-'))).toBe(true);
    await copy.page.context().close();
  });
});
