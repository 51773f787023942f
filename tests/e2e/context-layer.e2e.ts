import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForSuite } from './chromium-suite';
import {
  imageDifference,
  type PageWatch,
  saveScreenshot,
  waitForContextMuscles,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

const CONTEXT_FILE = /\/models\/hip-context\.glb(\?|$)/;

async function setContextLayer(page: Page, visibility: 'shown' | 'hidden') {
  await page.locator(`[data-layer="context"] button[data-visibility="${visibility}"]`).click();
  await waitForNoFrames(page);
}

async function canvasShot(page: Page) {
  return page.locator('canvas').screenshot();
}

describe('the context layer (neighbouring muscles)', () => {
  const chromium = chromiumForSuite();
  let page: Page;
  let watch: PageWatch;
  const contextRequests: string[] = [];

  beforeAll(async () => {
    ({ page, watch } = await chromium.open(`/?cam=anterior`));
    page.on('request', (request) => {
      if (CONTEXT_FILE.test(request.url())) contextRequests.push(request.url());
    });
    await waitForIdleViewer(page);
  });

  let defaultDrawCalls = -1;
  // The probe holds the previous frame's counts: draw one more frame (a 1 px resize and back)
  // and read them in between, as the benchmark does.
  const drawCalls = async () => {
    const size = page.viewportSize()!;
    const frames = () => page.evaluate(() => window.__hipViewerProbe?.frames ?? 0);
    const before = await frames();
    await page.setViewportSize({ width: size.width + 1, height: size.height + 1 });
    await expect.poll(frames, { timeout: 30_000 }).toBeGreaterThan(before);
    const calls = await page.evaluate(() => window.__hipViewerProbe?.drawCalls ?? -1);
    await page.setViewportSize(size);
    await waitForNoFrames(page);
    return calls;
  };

  it('is not fetched at start', async () => {
    expect(contextRequests, 'context file requests at start').toEqual([]);
    defaultDrawCalls = await drawCalls();
    expect(defaultDrawCalls, 'draw calls of the default view').toBeGreaterThan(0);
  });

  it('showing the layer fetches its file once and draws its muscles', async () => {
    const before = await canvasShot(page);
    await setContextLayer(page, 'shown');
    await waitForContextMuscles(page);
    const after = await canvasShot(page);
    expect(imageDifference(before, after), 'the thigh muscles change the picture').toBeGreaterThan(
      0.5,
    );
    saveScreenshot('context-anterior-on.png', after);
    saveScreenshot('context-anterior-off.png', before);
    expect(await drawCalls(), 'the shown layer adds draw calls').toBeGreaterThan(defaultDrawCalls);
    await setContextLayer(page, 'hidden');
    expect(await drawCalls(), 'hidden again, it costs no draw call').toBe(defaultDrawCalls);
    await setContextLayer(page, 'shown');
    expect(contextRequests, 'context file requests after showing it twice').toHaveLength(1);
  });

  it('searching "vastus lateralis" opens its card', async () => {
    await page.fill('#search-input', 'vastus lateralis');
    await expect
      .poll(() => page.locator('[role="option"]').first().textContent())
      .toContain('Vastus lateralis');
    await page.press('#search-input', 'Enter');
    const card = page.locator('[data-testid="structure-card"]');
    await expect.poll(() => card.locator('h2').textContent()).toContain('Vastus lateralis');
    const text = (await card.textContent()) ?? '';
    expect(text, 'card gives the Latin name').toContain('musculus vastus lateralis');
    expect(text, 'card gives the nerve').toContain('Femoral nerve');
    expect(text, 'card gives the insertion').toContain('patella');
  });

  it('makes no external requests and logs no errors', () => {
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('context layer pictures from each side', () => {
  const chromium = chromiumForSuite();

  for (const cam of ['anterior', 'posterior', 'left-lateral', 'right-lateral'] as const) {
    it(`${cam}: the layer on differs from off`, async () => {
      const { page } = await chromium.openViewer(`/?cam=${cam}`);
      const off = await canvasShot(page);
      await setContextLayer(page, 'shown');
      await expect
        .poll(
          () =>
            page.evaluate(
              () => window.__hipViewerDebug?.screenPoint('semitendinosus:left') ?? null,
            ),
          { timeout: 60_000 },
        )
        .not.toBeNull();
      await waitForNoFrames(page);
      const on = await canvasShot(page);
      saveScreenshot(`context-${cam}-off.png`, off);
      saveScreenshot(`context-${cam}-on.png`, on);
      expect(imageDifference(off, on), `${cam} picture changes`).toBeGreaterThan(0.5);
      await page.context().close();
    });
  }
});
