/**
 * The viewer in Spanish (`lang=es`): desktop and phone, patient mode and the printed handout.
 * Screenshots go to test-output/e2e. Interface text from the message catalogue must have no
 * English left; names (Latin muscle names) and citations are allowed to stay as they are.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ES } from '../../src/domain/messages/es';
import { launchChromium } from './chromium';
import { openPage, saveScreenshot, waitForIdleViewer, waitForNoFrames } from './viewer-page';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Common English words that never occur in the Spanish interface text. */
const ENGLISH =
  /\b(the|and|with|from|this|your|you|click|show|hide|loading|share|layers?|points?|muscles?|bones?|reset|close|next|back|side|left|right)\b/gi;

async function englishIn(region: Locator): Promise<string[]> {
  const text = await region.innerText();
  return [...new Set((text.match(ENGLISH) ?? []).map((w) => w.toLowerCase()))];
}

async function openSpanish(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
}

describe('Spanish interface', () => {
  it('desktop, patient mode: the mode bar, layers panel and About are in Spanish', async () => {
    const { page, watch } = await openPage(
      browser,
      `${inject('baseURL')}/?lang=es&mode=patient&point=gluteus-medius-posterior:right`,
      { viewport: { width: 1280, height: 800 } },
    );
    await openSpanish(page);
    await waitForIdleViewer(page);
    await waitForNoFrames(page);
    saveScreenshot('spanish-desktop-patient.png', await page.screenshot());
    expect(await page.locator('.mode-bar').innerText()).toContain(ES.app.modes.names.patient);
    expect(await englishIn(page.locator('.mode-bar'))).toEqual([]);
    expect(await englishIn(page.locator('#tabpanel-layers'))).toEqual([]);
    // The About panel says how the translation was made.
    await page.getByRole('button', { name: ES.about.open }).click();
    const translation = page.locator('[data-testid="about-translation"]');
    expect(await translation.innerText()).toContain('borrador asistido por máquina');
    expect(await englishIn(translation)).toEqual([]);
    saveScreenshot('spanish-desktop-about.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the handout prints in Spanish', async () => {
    const { page, watch } = await openPage(
      browser,
      `${inject('baseURL')}/?lang=es&point=gluteus-medius-posterior:right`,
      { viewport: { width: 1280, height: 800 } },
    );
    await waitForIdleViewer(page);
    await page.click('#tab-plan');
    await page.click('[data-action="add-selected"]');
    await page.fill('.session-plan textarea', 'Puente y elevación de pierna de lado, 3 × 10.');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.click('[data-action="print-handout"]');
    await page.waitForSelector('body[data-printed="yes"]', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    expect(await handout.locator('h1').innerText()).toBe(ES.learning.handout.title);
    const text = await handout.innerText();
    for (const heading of [
      ES.learning.handout.generalSafetyHeading,
      ES.learning.handout.educationHeading,
      ES.learning.handout.exercisesHeading,
    ]) {
      expect(text).toContain(heading);
    }
    saveScreenshot('spanish-handout.png', await page.screenshot({ fullPage: true }));
    await page.emulateMedia({ media: 'screen' });
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('phone, patient mode: the browser language picks Spanish without lang=', async () => {
    const { page, watch } = await openPage(browser, `${inject('baseURL')}/?mode=patient`, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'es-ES',
    });
    await openSpanish(page);
    await page.waitForSelector('.app.mode-patient');
    expect(await page.locator('body').innerText()).toContain(ES.app.title);
    saveScreenshot('spanish-phone-patient.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
