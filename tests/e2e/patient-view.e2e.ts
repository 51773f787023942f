import { describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import { saveScreenshot, waitForIdleViewer } from './viewer-page';

const PATIENT_TABS = ['Layers', 'Motor points'];
const CLINICIAN_TABS = ['Dysfunction', 'Assessment', 'Exercises', 'Session plan'];

/**
 * Patient mode shows the model, plain cards and stories; the clinician's working panels
 * (dysfunction settings, assessment, exercises, session plan, advanced settings) appear only
 * after the clinician presses the one "Show clinician tools" button.
 */
describe('patient mode shows only what a patient needs', () => {
  const chromium = chromiumForSuite();

  for (const width of [1280, 390]) {
    it(`at ${width} px: no clinician panels until the clinician opens them`, async () => {
      const phone = width < 480;
      const { page, watch } = await chromium.open(`/?mode=patient&sel=gluteus-medius:right`, {
        viewport: { width, height: phone ? 844 : 720 },
        isMobile: phone,
        hasTouch: phone,
      });
      if (phone) {
        await page.getByTestId('poster-gate').waitFor();
        await page.getByRole('button', { name: /Layers, structures/ }).click();
      } else {
        await waitForIdleViewer(page);
      }
      const tabs = () => page.locator('.side-panel [role="tab"]').allTextContents();
      await page.locator('#card-title').waitFor();
      expect(await tabs()).toEqual(PATIENT_TABS);
      expect(await page.getByRole('button', { name: 'Advanced settings' }).count()).toBe(0);
      expect(await page.locator('.session-plan, .mechanics-panel, .advanced-panel').count()).toBe(
        0,
      );
      const toggle = page.locator('button[data-action="clinician-tools"]');
      expect(await toggle.textContent()).toBe('Show clinician tools');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.scrollIntoViewIfNeeded();
      saveScreenshot(`patient-view-${width}.png`, await page.screenshot());

      await toggle.click();
      expect(await tabs()).toEqual([...PATIENT_TABS, ...CLINICIAN_TABS]);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.getByRole('button', { name: 'Advanced settings' }).count()).toBe(1);
      await page.click('#tab-mechanics');
      await page.locator('.mechanics-panel').waitFor();
      saveScreenshot(`patient-view-${width}-clinician-tools.png`, await page.screenshot());

      // Closing them again hides the panels; the patient's tabs stay.
      await toggle.click();
      expect(await tabs()).toEqual(PATIENT_TABS);
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('exploring shows every panel without the patient toggle', async () => {
    const { page } = await chromium.openViewer(`/`, {
      viewport: { width: 1280, height: 720 },
    });
    expect(await page.locator('.side-panel [role="tab"]').allTextContents()).toEqual([
      ...PATIENT_TABS,
      ...CLINICIAN_TABS,
    ]);
    expect(await page.locator('button[data-action="clinician-tools"]').count()).toBe(0);
    await page.context().close();
  });
});
