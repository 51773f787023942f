/**
 * Faults and hostile conditions, end to end on the production build, every page served with a
 * strict Content-Security-Policy: no WebGL, a lost WebGL context, models that fail, a slow
 * network, offline after the first visit, and text from a link that must stay text.
 * Few page loads on purpose: SwiftShader is slow.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/domain/messages';
import { launchChromium } from './chromium';
import { type RunningServer, startStaticServer } from './static-server';
import {
  foregroundShare,
  frameCount,
  openPage,
  type PageWatch,
  saveScreenshot,
  waitForIdleViewer,
  waitForNoFrames,
} from './viewer-page';

const DIST = resolve(import.meta.dirname, '../../dist');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/**
 * The policy the built app must run under. Two allowances, both documented:
 * `'wasm-unsafe-eval'` lets the meshopt decoder compile its WebAssembly (it cannot run
 * JavaScript); `style-src 'unsafe-inline'` covers style attributes set by React and the
 * `<style>` that leva's styling library inserts. No inline scripts, no eval.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');

type View = { selection: string | null };

interface Recorded {
  violations: string[];
  layoutShift: number;
  progress: string[];
}

declare global {
  interface Window {
    __robustness?: Recorded;
    __xss?: number;
  }
}

/** Records CSP violations, layout shifts and loading texts from the very first byte. */
async function recordFromStart(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const recorded: Recorded = { violations: [], layoutShift: 0, progress: [] };
    window.__robustness = recorded;
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) recorded.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="loading"] p')?.textContent;
      if (text && recorded.progress.at(-1) !== text) recorded.progress.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** A page in a fresh context that records from the start, then goes to `url`. */
async function open(browser: Browser, url: string): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openPage(browser, 'about:blank');
  await recordFromStart(opened.page.context());
  await opened.page.goto(url);
  return opened;
}

const recorded = (page: Page) => page.evaluate(() => window.__robustness as Recorded);
const getView = (page: Page) =>
  page.evaluate(() => window.__hipViewerProbe?.getView() as unknown as View);
const cspErrors = (watch: PageWatch) =>
  watch.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));

let app: RunningServer;

beforeAll(async () => {
  app = await startStaticServer({
    root: DIST,
    headers: { 'content-security-policy': CSP },
    mounts: { '/fixtures/': FIXTURES },
  });
});
afterAll(async () => {
  await app?.close();
});

describe('without WebGL', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const hostile = '<img src=x onerror="window.__xss=1">';

  beforeAll(async () => {
    browser = await launchChromium({ webgl: false });
    const query = new URLSearchParams([
      ['sel', 'gluteus-medius:left'],
      ['point', hostile],
    ]);
    ({ page, watch } = await open(browser, `${app.url}/?${query}`));
    await page.locator('[data-testid="webgl-fallback"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says why, and shows a still picture of the model', async () => {
    const fallback = page.locator('[data-testid="webgl-fallback"]');
    await expect
      .poll(() => fallback.locator('h2').textContent())
      .toBe(messages.app.webglUnavailableTitle);
    await expect
      .poll(() => fallback.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.locator('canvas').count()).toBe(0);
    saveScreenshot('robustness-no-webgl.png', await page.screenshot());
  });

  it('keeps the structure card, the structure list and search working', async () => {
    const card = page.locator('[data-testid="structure-card"] h2');
    await expect.poll(() => card.textContent()).toContain('Gluteus medius');
    await page.locator('[role="treeitem"][data-key="layer:deep"]').click();
    await page.locator('[role="treeitem"][data-key="psoas-major:left"]').click();
    await expect.poll(() => card.textContent()).toContain('Psoas major');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.keyboard.type('piriformis');
    await expect
      .poll(() => page.locator('[role="option"]').first().textContent())
      .toContain('Piriformis');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.textContent()).toContain('Piriformis');
  });

  it('shows text from the link as text, never as markup', async () => {
    const notice = page.locator('[data-testid="param-notice"]');
    await expect.poll(() => notice.textContent()).toContain(hostile);
    expect(await notice.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  });

  it('has no CSP violation and no console error', async () => {
    expect((await recorded(page)).violations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('with WebGL under a strict CSP', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('one visit: context loss, then offline', () => {
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      ({ page, watch } = await open(browser, `${app.url}/?sel=gluteus-medius:left&ui=minimal`));
      await waitForIdleViewer(page);
    });

    it('draws the model with no CSP violation', async () => {
      expect((await getView(page)).selection).toBe('gluteus-medius:left');
      expect((await recorded(page)).violations).toEqual([]);
      expect(cspErrors(watch)).toEqual([]);
    });

    it('recovers from a lost WebGL context with the same selection and a drawn model', async () => {
      const before = await frameCount(page);
      await page.evaluate(async () => {
        const canvas = document.querySelector('canvas');
        const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
        const lose = gl?.getExtension('WEBGL_lose_context');
        if (!canvas || !lose) throw new Error('no WEBGL_lose_context');
        const restored = new Promise((done) =>
          canvas.addEventListener('webglcontextrestored', done, { once: true }),
        );
        lose.loseContext();
        await new Promise((done) => setTimeout(done, 200));
        lose.restoreContext();
        await restored;
      });
      await page.waitForFunction((n) => (window.__hipViewerProbe?.frames ?? 0) > n, before, {
        timeout: 30_000,
      });
      await waitForNoFrames(page);
      expect((await getView(page)).selection).toBe('gluteus-medius:left');
      await expect
        .poll(() => page.locator('[role="status"]').first().textContent())
        .toBe(messages.robustness.contextRestored);
      const shot = await page.locator('canvas').screenshot({ timeout: 60_000 });
      saveScreenshot('robustness-context-restored.png', shot);
      expect(foregroundShare(shot), 'the model is drawn again').toBeGreaterThan(0.05);
    });

    it('opens offline after the first visit, from the service worker', async () => {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 60_000,
      });
      const fromWorker: string[] = [];
      page.on('response', (response) => {
        if (response.fromServiceWorker()) fromWorker.push(new URL(response.url()).pathname);
      });
      await page.context().setOffline(true);
      try {
        await page.reload();
        await waitForIdleViewer(page);
        expect((await getView(page)).selection).toBe('gluteus-medius:left');
        expect(fromWorker).toContain('/models/hip.glb');
        const shot = await page.locator('canvas').screenshot({ timeout: 60_000 });
        expect(foregroundShare(shot), 'the model is drawn offline').toBeGreaterThan(0.05);
      } finally {
        await page.context().setOffline(false);
      }
      expect((await recorded(page)).violations).toEqual([]);
      expect(cspErrors(watch)).toEqual([]);
    });
  });

  describe('models that cannot be used', () => {
    it('names the missing muscles of a model without them, and loads the built-in one', async () => {
      const { page } = await open(browser, `${app.url}/?model=/fixtures/no-muscles.glb`);
      const error = page.locator('[data-testid="model-error"]');
      await error.waitFor({ timeout: 60_000 });
      const text = await error.textContent();
      expect(text).toContain(messages.robustness.modelErrorTitle);
      expect(text).toContain('Missing required nodes');
      for (const muscle of ['gluteus-medius', 'piriformis', 'psoas-major']) {
        expect(text).toContain(`muscle ${muscle} (left)`);
        expect(text).toContain(`muscle ${muscle} (right)`);
      }
      // The rest of the app keeps working.
      await page.locator('[role="treeitem"][data-key="layer:bones"]').click();
      await page.locator('[role="treeitem"][data-key="sacrum:midline"]').click();
      await expect.poll(async () => (await getView(page)).selection).toBe('sacrum:midline');
      await error.getByRole('button', { name: messages.robustness.useBuiltInModel }).click();
      await waitForIdleViewer(page);
      expect(await error.count()).toBe(0);
      expect(new URL(page.url()).searchParams.has('model')).toBe(false);
      expect((await getView(page)).selection).toBe('sacrum:midline');
      await page.context().close();
    });

    it('explains why a file that is not a glTF, a missing file or a foreign model cannot be shown', async () => {
      const { page } = await openPage(browser, 'about:blank');
      for (const [model, reason] of [
        ['/fixtures/not-a-model.glb', 'is not a glTF 2.0 model'],
        ['/fixtures/missing.glb', 'the server answered 404'],
        ['https://models.elsewhere.example/hip.glb', 'which this viewer does not load models from'],
      ] as const) {
        await page.goto(`${app.url}/?model=${encodeURIComponent(model)}`);
        const error = page.locator('[data-testid="model-error"]');
        await error.waitFor({ timeout: 60_000 });
        const text = await error.textContent();
        expect(text).toContain(`"${model}"`);
        expect(text).toContain(reason);
        expect(
          await error.getByRole('button', { name: messages.robustness.useBuiltInModel }).count(),
        ).toBe(1);
      }
      await page.context().close();
    });
  });

  describe('on a slow network', () => {
    let slow: RunningServer;

    beforeAll(async () => {
      slow = await startStaticServer({
        root: DIST,
        headers: { 'content-security-policy': CSP },
        delayMs: 300,
      });
    });
    afterAll(async () => {
      await slow?.close();
    });

    it('shows loading progress, and nothing moves while the model arrives', async () => {
      const { page, watch } = await openPage(browser, 'about:blank');
      await recordFromStart(page.context());
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      // About 4 Mbit/s with 150 ms latency: the model takes a few seconds.
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 500_000,
        uploadThroughput: 200_000,
      });
      await page.goto(slow.url);
      await waitForIdleViewer(page, 90_000);
      const { progress, layoutShift, violations } = await recorded(page);
      expect(progress[0]).toBe(messages.app.loadingModel);
      expect(
        progress.some((p) => /\b([1-9]\d?) %/.test(p)),
        `a percentage between 1 and 99 was shown (${progress.join(' | ')})`,
      ).toBe(true);
      expect(layoutShift, 'cumulative layout shift').toBeLessThan(0.01);
      expect(violations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    });
  });
});
