import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import {
  openPage,
  type PageWatch,
  saveScreenshot,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

/** Every modelled muscle (and the iliotibial band), by layer for the structure tree. */
const MUSCLES_BY_LAYER = {
  superficial: ['gluteus-maximus', 'tensor-fasciae-latae', 'iliotibial-band'],
  intermediate: ['gluteus-medius'],
  deep: ['gluteus-minimus', 'piriformis', 'iliacus', 'psoas-major'],
} as const;

/**
 * Selecting a structure in the tree frames it from where it is seen, with its cover made
 * see-through when it is deep: the structure's own surface fills part of the view.
 */
describe('framing a selected muscle shows it', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, watch } = await openPage(browser, `${inject('baseURL')}/`, {
      viewport: { width: 1280, height: 720 },
    }));
    await waitForIdleViewer(page);
    for (const layer of Object.keys(MUSCLES_BY_LAYER))
      await page.click(`[role="tree"] [data-key="layer:${layer}"]`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [layer, muscles] of Object.entries(MUSCLES_BY_LAYER)) {
    for (const muscle of muscles) {
      for (const side of ['right', 'left'] as const) {
        it(`${muscle} (${side}, ${layer} layer) is in sight once selected`, async () => {
          const key = `${muscle}:${side}`;
          await page.click('button[data-action="reset-layers"]');
          await page.click(`[role="tree"] [data-key="${key}"]`);
          await waitForNoFrames(page);
          const share = await page.evaluate(
            (k) => window.__hipViewerDebug?.visibleShare(k, 48) ?? -1,
            key,
          );
          if (muscle === 'iliacus' || muscle === 'piriformis')
            saveScreenshot(`framing-${key.replace(':', '-')}.png`, await page.screenshot());
          // At least 1 % of the view (over 5,000 pixels here) is this structure's own surface,
          // seen directly or through see-through cover.
          expect(share, `${key} share of the view`).toBeGreaterThan(0.01);
        });
      }
    }
  }

  it('logs no console errors', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });
});
