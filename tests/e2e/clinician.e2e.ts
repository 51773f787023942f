import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import {
  OUTPUT_DIR,
  openPage,
  type PageWatch,
  saveScreenshot,
  waitForNoFrames,
} from './viewer-page';

type View = { point: string | null; mode: string; acupuncture: boolean };
const view = (page: Page) =>
  page.evaluate(() => window.__hipViewerProbe?.getView() as unknown as View);
const pointScreen = (page: Page, id: string) =>
  page.evaluate((point) => window.__hipViewerDebug?.pointScreen(point) ?? null, id);

/** Pixels of the acupuncture markers' purple (red and blue well above green), in a screenshot. */
function purplePixels(png: Buffer): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i] ?? 0;
    const g = image.data[i + 1] ?? 0;
    const b = image.data[i + 2] ?? 0;
    if (b > g + 50 && r > g + 30 && b > 90) count += 1;
  }
  return count;
}

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}

describe('clinician tools: acupuncture overlay and session plan', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await chromium.openViewer(`/?cam=posterior`, {
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    }));
  });

  it('draws the acupuncture points when turned on, and a click opens their own card', async () => {
    await page.click('#tab-points');
    const canvas = page.locator('canvas');
    const before = purplePixels(await canvas.screenshot());
    await page.check('[data-testid="acupuncture-toggle"]');
    await expect.poll(async () => (await view(page)).acupuncture).toBe(true);
    await expect.poll(() => pointScreen(page, 'acu:GB30:right')).not.toBeNull();
    await waitForNoFrames(page);
    const shot = await canvas.screenshot();
    saveScreenshot('acupuncture-posterior.png', shot);
    expect(before, 'no purple before the layer is on').toBeLessThan(20);
    expect(purplePixels(shot), 'purple acupuncture markers drawn').toBeGreaterThan(300);

    const at = await pointScreen(page, 'acu:GB30:right');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toContain('GB30');
    await page.mouse.click(at!.x, at!.y);
    const card = page.locator('[data-testid="acupuncture-card"]');
    await expect.poll(() => card.locator('h2').textContent()).toBe('GB30 Huántiào (right)');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('not a motor point');
    expect(text).toMatch(/WHO 2008/);
    expect(text).toMatch(/sciatic/i);
    expect(await card.locator('.sources a').first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.locator('[data-testid="point-card"]').count(), 'no motor point card').toBe(0);
    expect((await view(page)).point, 'not a motor point selection').toBeNull();
    await waitForNoFrames(page);
    saveScreenshot('acupuncture-card.png', await page.screenshot());
    expect(await axeViolations(page)).toEqual([]);

    // Without a pointer: the search box finds a point by its code and opens its card.
    await page.fill('#search-input', 'GB31');
    await page.press('#search-input', 'Enter');
    await expect.poll(() => card.locator('h2').textContent()).toMatch(/^GB31 /);
  });

  it('builds a plan, shares it as a link and QR code, saves a picture and prints a handout', async () => {
    await page.click('button[data-point="gluteus-medius-posterior"]');
    await expect.poll(async () => (await view(page)).point).toMatch(/^gluteus-medius-posterior:/);
    await page.click('#tab-plan');
    await page.click('[data-action="add-selected"]');
    await page.selectOption('[data-testid="plan-pick"]', 'piriformis-nerve-entry:left');
    await page.click('.session-plan button.add');
    const note = 'Bridges and side-lying leg lifts, 3 × 10 every other day.';
    await page.fill('.session-plan textarea', note);
    await page.getByLabel('Patient (initials or a first name; optional)').fill('J. K.');
    expect(await page.locator('[data-testid="plan-points"] li').count()).toBe(2);

    const link = await page.locator('[data-testid="plan-link"]').inputValue();
    // The plan travels in the fragment, never in the query a server would log.
    expect(link).toMatch(/#plan=1\./);
    expect(new URL(link).searchParams.has('plan')).toBe(false);
    await page.click('[data-action="copy-plan-link"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const qr = page.locator('svg[data-testid="qr-code"]');
    expect(await qr.getAttribute('aria-label')).toBe('QR code of the plan link');
    expect(await qr.locator('rect').count()).toBeGreaterThan(100);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="save-snapshot"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hip-view-\d{4}-\d{2}-\d{2}-\d{4}\.png$/);
    const snapshot = readFileSync((await download.path())!);
    expect(snapshot.subarray(1, 4).toString()).toBe('PNG');

    // The button takes the picture and calls print; the PDF is the print layout of that page.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.click('[data-action="print-handout"]');
    await page.waitForSelector('body[data-printed="yes"]', { state: 'attached' });
    expect(await page.locator('.handout img').getAttribute('src')).toMatch(/^data:image\/png/);
    await page.locator('#tab-plan').scrollIntoViewIfNeeded();
    saveScreenshot('session-plan-panel.png', await page.screenshot());
    expect(await axeViolations(page, '#tabpanel-plan')).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    // The print layout at A4 width (96 dpi), to look at beside the PDF.
    const screen = page.viewportSize();
    await page.setViewportSize({ width: 794, height: 1123 });
    saveScreenshot('handout-print.png', await page.screenshot({ fullPage: true }));
    if (screen) await page.setViewportSize(screen);
    const pdfPath = resolve(OUTPUT_DIR, 'handout.pdf');
    const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, 'the handout fits on one page').toBe(1);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);

    // The link opens the patient's own page (patient mode): the note and the numbered, named
    // points, and no editor; the model beside it shows their numbered points from the back, with
    // no point selected (a needle route is for the clinician, not the patient's page). A phone-sized page: the 3D view waits for a tap,
    // so this page loads no model (and stays fast).
    const opened = await openPage(chromium.browser, link, {
      viewport: { width: 400, height: 800 },
    });
    await opened.page.waitForSelector('.app.mode-patient [data-testid="patient-plan"]');
    expect(await opened.page.locator('[data-testid="patient-note"]').textContent()).toBe(note);
    const names = await opened.page
      .locator('[data-testid="patient-points"] li strong')
      .allTextContents();
    expect(names).toEqual([
      expect.stringMatching(/^Gluteus medius: .*\(/),
      expect.stringMatching(/^Piriformis: .*\(left\)$/),
    ]);
    await expect.poll(() => new URL(opened.page.url()).searchParams.get('cam')).toBe('posterior');
    expect(new URL(opened.page.url()).searchParams.get('point'), 'no point selected').toBeNull();
    expect(await opened.page.locator('.session-plan textarea').count(), 'no editor').toBe(0);
    expect(await opened.page.locator('[data-testid="qr-code"]').count()).toBe(1);
    expect(opened.watch.consoleErrors).toEqual([]);
    await opened.page.context().close();
  });

  it('a broken plan link shows a readable notice and the app keeps working', async () => {
    // A phone-sized page: the 3D view waits for a tap, so this page loads no model.
    const broken = await chromium.open(`/?plan=1.not-a-plan`, {
      viewport: { width: 400, height: 800 },
    });
    const notice = broken.page.locator('[data-testid="plan-notice"]');
    await expect.poll(() => notice.textContent()).toMatch(/session plan: .*ask for the link again/);
    await broken.page.getByRole('button', { name: 'Dismiss session plan notice' }).click();
    expect(await notice.count()).toBe(0);
    expect(await broken.page.locator('h1').textContent()).toBe('Hip motor point visualizer');
    expect(broken.watch.consoleErrors).toEqual([]);
    await broken.page.context().close();
  });
});
