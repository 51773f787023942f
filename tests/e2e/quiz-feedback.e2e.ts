import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import { saveScreenshot, waitForIdleViewer, waitForNoFrames } from './viewer-page';

/** Round 5 opens with "place the gluteus medius posterior point (right side)". */
const ROUND = 5;
const TARGET = 'gluteus-medius-posterior:right';

/** Pixels of the canvas close to a colour: the click dot is magenta, the region cyan. */
async function colourPixels(page: Page) {
  // Only what WebGL drew: the labels over the model (with their coloured borders) are hidden.
  const hide = await page.addStyleTag({
    content: '.quiz-mark-label, .quiz-spot, .hover-label { visibility: hidden !important; }',
  });
  const png = await page.locator('.viewer-canvas canvas').screenshot();
  await hide.evaluate((style) => (style as HTMLElement).remove());
  const image = PNG.sync.read(png);
  let click = 0;
  let region = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i] ?? 0;
    const g = image.data[i + 1] ?? 0;
    const b = image.data[i + 2] ?? 0;
    // #ff00c8: red and blue high, green low (no muscle, bone, nerve or marker is like it).
    if (r > 200 && b > 150 && g < 90) click++;
    // #00c2ff over red muscle at 70-85 %: blue high, green well above red.
    if (b > 170 && g > 120 && r < 130 && g - r > 50) region++;
  }
  return { click, region, png };
}

/** The element is inside the viewport and is what is drawn at its centre (nothing covers it). */
function inSight(page: Page, selector: string) {
  return page.evaluate((css) => {
    const element = document.querySelector<HTMLElement>(css);
    if (!element) return { found: false, inViewport: false, uncovered: false };
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(
      box.left + box.width / 2,
      box.top + Math.min(8, box.height / 2),
    );
    return {
      found: true,
      inViewport:
        box.top >= 0 &&
        box.bottom <= window.innerHeight &&
        box.left >= 0 &&
        box.right <= document.documentElement.clientWidth,
      uncovered: !!hit && (hit === element || element.contains(hit)),
    };
  }, selector);
}

describe('quiz feedback that teaches', () => {
  const chromium = chromiumForSuite();

  for (const width of [1280, 390]) {
    it(`at ${width} px: the click, the shaded region and the distance show together, the question stays in sight`, async () => {
      const phone = width < 480;
      const { page, watch } = await chromium.open(`/?mode=quiz&quiz=${ROUND}`, {
        viewport: { width, height: phone ? 844 : 720 },
        isMobile: phone,
        hasTouch: phone,
      });
      if (phone) await page.getByRole('button', { name: 'Show the 3D model' }).click();
      await waitForIdleViewer(page);
      const prompt = page.locator(
        phone ? '[data-testid="quiz-strip-prompt"]' : '[data-testid="quiz-prompt"]',
      );
      expect(await prompt.textContent()).toContain('gluteus medius (right side)');
      expect(await prompt.isVisible(), 'the question shows before answering').toBe(true);
      const before = await colourPixels(page);
      expect(before.click + before.region, 'no quiz colours before answering').toBeLessThan(5);

      // Click above and inward of the target, still on the muscle: a near miss, so a distance shows.
      const at = await page.evaluate(
        (key) => window.__hipViewerDebug?.pointScreen(key) ?? null,
        TARGET,
      );
      expect(at).not.toBeNull();
      saveScreenshot(`quiz-question-${width}.png`, await page.screenshot());
      await page.mouse.click(at!.x - (phone ? 8 : 20), at!.y - (phone ? 14 : 35));
      await page.locator('[data-testid="quiz-feedback"]').waitFor({ state: 'attached' });
      // Off the model, so no hover label covers what the test looks at.
      await page.mouse.move(2, 2);
      await waitForNoFrames(page);
      const label = page.locator('[data-testid="quiz-click-label"]');
      await label.waitFor();
      expect(await label.textContent()).toMatch(
        /^Your click: (\d+ mm from the region|inside the region)$/,
      );
      const after = await colourPixels(page);
      saveScreenshot(`quiz-feedback-${width}-model.png`, after.png);
      saveScreenshot(`quiz-feedback-${width}.png`, await page.screenshot());
      expect(after.click, 'the click dot is drawn').toBeGreaterThan(20);
      expect(after.region, 'the evidence region is shaded').toBeGreaterThan(60);
      expect(await page.locator('.quiz-mark-region').count(), 'the region is named').toBe(1);
      // The two labels on the model never cover each other.
      const clickBox = await page.locator('.quiz-mark-click').boundingBox();
      const regionBox = await page.locator('.quiz-mark-region').boundingBox();
      expect(clickBox && regionBox, 'both labels are laid out').toBeTruthy();
      const apart =
        clickBox!.x + clickBox!.width <= regionBox!.x ||
        regionBox!.x + regionBox!.width <= clickBox!.x ||
        clickBox!.y + clickBox!.height <= regionBox!.y ||
        regionBox!.y + regionBox!.height <= clickBox!.y;
      expect(
        apart,
        `click label ${JSON.stringify(clickBox)} and region label ${JSON.stringify(regionBox)} overlap`,
      ).toBe(true);

      // The question and the verdict stay readable with the model: beside it in the panel on a
      // wide screen; on a phone, where the panel is a drawer below, on the 3D view itself.
      const question = phone ? '[data-testid="quiz-strip-prompt"]' : '[data-testid="quiz-prompt"]';
      const verdict = phone
        ? '[data-testid="quiz-strip-verdict"]'
        : '[data-testid="quiz-feedback"] li:first-child';
      const sight = { found: true, inViewport: true, uncovered: true };
      expect(await inSight(page, question), 'question').toEqual(sight);
      expect(await inSight(page, verdict), 'verdict').toEqual(sight);
      expect(await page.locator(verdict).textContent()).toMatch(/\d+ mm|inside the region/);
      // The click label is on screen too (the distance on the model).
      expect(await inSight(page, '.quiz-mark-click'), 'click label').toMatchObject({
        found: true,
        inViewport: true,
      });
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('the round review shows a placed answer on the model again', async () => {
    const { page, watch } = await chromium.openViewer(`/?mode=quiz&quiz=${ROUND}`, {
      viewport: { width: 1280, height: 720 },
    });
    const at = await page.evaluate(
      (key) => window.__hipViewerDebug?.pointScreen(key) ?? null,
      TARGET,
    );
    await page.mouse.click(at!.x - 20, at!.y - 35);
    await page.locator('[data-action="quiz-next"]').click();
    for (let question = 1; question < 6; question++) {
      await page.locator('[data-action="quiz-skip"]').click();
      await page.locator('[data-action="quiz-next"]').click();
    }
    const rows = page.locator('[data-testid="quiz-review"] > li');
    await rows.first().waitFor();
    await waitForNoFrames(page);
    expect((await colourPixels(page)).click, 'nothing marked before asking').toBeLessThan(5);
    // Only the placed answer has something to show on the model.
    expect(await page.locator('[data-action="quiz-show-on-model"]').count()).toBe(1);
    await rows.nth(0).locator('[data-action="quiz-show-on-model"]').click();
    await waitForNoFrames(page);
    const shown = await colourPixels(page);
    saveScreenshot('quiz-review-on-model.png', await page.screenshot());
    expect(shown.click, 'the click dot is drawn').toBeGreaterThan(20);
    expect(shown.region, 'the evidence region is shaded').toBeGreaterThan(60);
    expect(await page.locator('[data-testid="quiz-click-label"]').textContent()).toContain(
      'Your click',
    );
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
