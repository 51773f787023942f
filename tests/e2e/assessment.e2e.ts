import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import {
  changedPixels,
  OUTPUT_DIR,
  openPage,
  type PageWatch,
  saveScreenshot,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

type View = {
  dysfunction: {
    stanceSide: string;
    compensationStyle: number;
    muscles: Record<string, { weakness: number }>;
  };
};
const view = (page: Page) =>
  page.evaluate(() => window.__hipViewerProbe?.getView() as unknown as View);

describe('from assessment to the patient’s own plan', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;
  let link = '';
  let chosenExercises: string[] = [];
  const note =
    'Your outer hip muscles are weak on the right. Do the three exercises every other day.';

  beforeAll(async () => {
    ({ page, watch } = await chromium.openViewer(`/?cam=posterior`, {
      viewport: { width: 1280, height: 860 },
    }));
  });

  it('turns Oxford 3 and a positive Trendelenburg sign into a change on the model, with the rule shown', async () => {
    await page.click('#tab-assessment');
    const model = page.locator('[data-testid="assessment-model"]');
    await page.getByLabel('Right hip abductors', { exact: true }).selectOption('o3');
    await expect
      .poll(async () => (await view(page)).dysfunction.muscles['gluteus-medius']?.weakness)
      .toBe(0.6);
    expect(await page.locator('[data-testid="assessment-mapping"]').textContent()).toContain(
      'Oxford 3 covers a range of strength; mapped to 50–72 % weakness',
    );
    await page
      .getByRole('group', { name: 'Trendelenburg sign positive (standing on this leg)' })
      .getByLabel('Right')
      .check();
    await expect.poll(async () => (await view(page)).dysfunction.compensationStyle).toBe(0);
    const text = (await model.textContent()) ?? '';
    const drop = /Pelvic drop: ([\d.-]+)° → ([\d.-]+)°/.exec(text);
    expect(drop, text).not.toBeNull();
    expect(Number(drop![2]), 'the pelvis now drops').toBeGreaterThan(Number(drop![1]) + 1);
    expect(text).toMatch(/Inner-knee load .*\(\+\d+ %\)/);
    expect((await view(page)).dysfunction.stanceSide).toBe('right');
    saveScreenshot('assessment-panel.png', await page.screenshot());

    const accept = page.locator(
      '[data-testid="point-suggestions"] button[aria-label^="Add to plan: Gluteus medius"]',
    );
    expect(await accept.count()).toBeGreaterThanOrEqual(2);
    await accept.first().click();
    await accept.first().click();
    expect(
      await page
        .locator('[data-testid="point-suggestions"] li', { hasText: 'In the plan' })
        .count(),
    ).toBe(2);
    const axe = await new AxeBuilder({ page }).include('#tabpanel-assessment').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('ranks exercises for the weak gluteus medius and picks three into the plan', async () => {
    await page.click('#tab-exercises');
    const items = page.locator('[data-testid="exercise-list"] > li');
    await items.first().waitFor();
    const order = await items.evaluateAll((lis) =>
      lis.map((li) => li.getAttribute('data-exercise')),
    );
    // Checked figures: the single-leg bridge works gluteus medius harder than the clamshell.
    expect(order).toContain('single-leg-bridge');
    expect(order).toContain('clamshell');
    expect(order.indexOf('single-leg-bridge')).toBeLessThan(order.indexOf('clamshell'));
    expect(await page.locator('.exercises').textContent()).toContain(
      'Suggested from the assessment: Gluteus medius',
    );
    for (let i = 0; i < 3; i++)
      await items
        .nth(i)
        .getByRole('button', { name: /^Add to plan/ })
        .click();
    chosenExercises = order.slice(0, 3) as string[];
    expect(await items.locator('button[aria-pressed="true"]').count()).toBe(3);
    expect(await items.first().locator('svg.exercise-figure').count()).toBe(1);
    // The first exercise's working muscles, tinted on the model by their published activation.
    const canvas = page.locator('canvas');
    await waitForNoFrames(page);
    const before = await canvas.screenshot();
    await items.first().locator('button.show-on-model').click();
    await waitForNoFrames(page);
    const after = await canvas.screenshot();
    expect(changedPixels(before, after), 'the working muscles change colour').toBeGreaterThan(2000);
    saveScreenshot('exercise-panel.png', await page.screenshot());

    await page.click('#tab-plan');
    await page.fill('.session-plan textarea', note);
    link = await page.locator('[data-testid="plan-link"]').inputValue();
    expect(link).toMatch(/#plan=1\./);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('opens the link as the patient’s own page on a 390 × 844 phone, and prints it', async () => {
    const opened = await openPage(chromium.browser, link, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const phone = opened.page;
    const planPage = phone.locator('[data-testid="patient-plan"]');
    await planPage.waitFor();
    expect(await phone.locator('[data-testid="patient-note"]').textContent()).toBe(note);
    const points = phone.locator('[data-testid="patient-points"] li');
    expect(await points.count()).toBe(2);
    expect(await points.locator('strong').allTextContents()).toEqual([
      expect.stringMatching(/^Gluteus medius: .*\(right\)$/),
      expect.stringMatching(/^Gluteus medius: .*\(right\)$/),
    ]);
    expect(
      await planPage
        .locator('.plan-schematic [data-mark]')
        .evaluateAll((g) => g.map((x) => x.textContent)),
    ).toEqual(['1', '2']);
    const exercises = phone.locator('[data-testid="patient-exercises"] > li');
    expect(await exercises.count()).toBe(3);
    expect(await exercises.locator('svg.exercise-figure').count()).toBe(3);
    expect(
      await phone.locator('.session-plan textarea, [role="tablist"]').count(),
      'no editor, no tabs',
    ).toBe(0);
    const scroll = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(scroll.page, 'no sideways scrolling').toBeLessThanOrEqual(scroll.view);
    const axe = await new AxeBuilder({ page: phone }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`),
    ).toEqual([]);
    saveScreenshot('patient-plan-phone.png', await phone.screenshot({ fullPage: true }));

    await phone.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await phone.getByRole('button', { name: 'Print this plan' }).click();
    await phone.waitForSelector('body[data-printed="yes"]', { state: 'attached' });
    await phone.emulateMedia({ media: 'print' });
    const handout = phone.locator('.handout');
    expect(await handout.locator('.handout-number').allTextContents()).toEqual(['1', '2']);
    expect(await handout.locator('.handout-exercise svg').count()).toBe(3);
    expect(
      await handout
        .locator('.plan-schematic [data-mark]')
        .evaluateAll((g) => g.map((x) => x.textContent)),
      'the same numbers on the printed sketch',
    ).toEqual(['1', '2']);
    expect(await handout.locator('[data-testid="handout-qr-code"]').count()).toBe(1);
    await phone.setViewportSize({ width: 794, height: 1123 });
    saveScreenshot('patient-handout-print.png', await phone.screenshot({ fullPage: true }));
    const pdf = await phone.pdf({
      path: resolve(OUTPUT_DIR, 'patient-handout.pdf'),
      format: 'A4',
      printBackground: true,
    });
    const pdfPages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pdfPages.length, 'the handout fits on one page').toBe(1);
    expect(opened.watch.consoleErrors).toEqual([]);
    expect(opened.watch.externalRequests).toEqual([]);
    await phone.context().close();
    expect(chosenExercises).toHaveLength(3);
  });

  it('shows the same numbers on the 3D model beside the page on a desktop, skin shown, from behind', async () => {
    const { page, watch } = await openPage(chromium.browser, link, {
      viewport: { width: 1280, height: 900 },
    });
    await page.locator('[data-testid="patient-plan"]').waitFor();
    await waitForIdleViewer(page);
    const badges = page.locator('.plan-point-number [data-plan-number]');
    await badges.first().waitFor();
    expect(await badges.evaluateAll((b) => b.map((x) => x.textContent))).toEqual(['1', '2']);
    const view = (await page.evaluate(() => window.__hipViewerProbe?.getView())) as {
      camera: unknown;
      layers: { skin: unknown };
      point: string | null;
    } | null;
    expect(view?.camera, 'the buttock points are shown from behind').toEqual({
      kind: 'preset',
      preset: 'posterior',
    });
    expect(view?.layers.skin, 'the skin is shown, see-through').toEqual({
      left: 'ghosted',
      right: 'ghosted',
    });
    expect(view?.point, 'no needle route on the patient page').toBeNull();
    // Both badges sit over the model on the body's right: the viewer's right from behind.
    const canvas = await page.locator('.viewer canvas').boundingBox();
    const boxes = await badges.evaluateAll((b) =>
      b.map((x) => {
        const r = x.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
    for (const box of boxes) {
      expect(box.x).toBeGreaterThan((canvas?.x ?? 0) + (canvas?.width ?? 0) / 2);
      expect(box.x).toBeLessThan((canvas?.x ?? 0) + (canvas?.width ?? 0));
    }
    saveScreenshot('patient-plan-desktop.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await page.context().close();
  });
});
