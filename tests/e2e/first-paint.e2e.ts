/**
 * The first paint is the page frame written into index.html: it needs no script and no data,
 * and the app, arriving later, replaces it without moving anything. The app's own code is held
 * back (the request waits) so the frame can be inspected as a slow connection would show it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { app as appEn } from '../../src/domain/messages/en/app';
import { app as appEs } from '../../src/domain/messages/es/app';
import { MOTOR_POINT_RECORDS } from '../../src/domain/motor-points';
import { launchChromium } from './chromium';
import { OUTPUT_DIR } from './viewer-page';

const DIST_ASSETS = resolve(import.meta.dirname, '../../dist/assets');
const PHONE = { width: 412, height: 823 };
const DESKTOP = { width: 1280, height: 800 };
/** Boxes that must not move when the app replaces the frame. */
const STEADY = [
  '.app-header',
  '.app-header h1',
  '.search input',
  '.camera-bar',
  '#viewer-region',
  '.app-footer',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface HeldPage {
  page: Page;
  /** Let the app's code download. */
  release: () => void;
  /** The JavaScript the page received, by address. */
  scripts: Map<string, string>;
}

/** A page whose app code (`start-app-*.js`) waits until `release()`. */
async function openHeld(path: string, viewport: typeof PHONE): Promise<HeldPage> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  let release = () => {};
  const released = new Promise<void>((resolveGate) => {
    release = resolveGate;
  });
  await page.route('**/assets/start-app-*.js', async (route) => {
    await released;
    await route.continue();
  });
  const scripts = new Map<string, string>();
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    scripts.set(response.url(), await response.text().catch(() => ''));
  });
  await page.goto(`${inject('baseURL')}${path}`, { waitUntil: 'commit' });
  await page.waitForSelector('.app-frame h1');
  // What a person first sees: the stylesheet blocks painting, so the frame is looked at once it
  // has loaded (the markup alone is parsed earlier, and a busy machine showed it unstyled).
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
      (link) => link.sheet !== null,
    ),
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  return { page, release, scripts };
}

async function boxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate((selectors) => {
    const out: Record<string, number[]> = {};
    for (const selector of selectors) {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      out[selector] = r ? [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 2) / 2) : [];
    }
    return out;
  }, STEADY);
}

describe('first paint: the page frame', () => {
  it('paints on a phone with the still picture and no data record, and nothing moves when the app arrives', async () => {
    const { page, release, scripts } = await openHeld('/', PHONE);
    const poster = page.locator('.app-frame [data-testid="frame-poster"] img');
    await poster.waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.app-frame img');
      return img?.complete === true && img.naturalWidth > 0;
    });
    // A motor point record's own words: in the build, but in nothing the frame downloaded.
    const record = MOTOR_POINT_RECORDS.find((r) => r.id === 'gluteus-medius-posterior');
    const needle = record?.sourceLocation.description.slice(0, 48) ?? '';
    expect(needle.length).toBe(48);
    const built = readdirSync(DIST_ASSETS).filter((f) => f.endsWith('.js'));
    expect(built.some((f) => readFileSync(resolve(DIST_ASSETS, f), 'utf8').includes(needle))).toBe(
      true,
    );
    expect(scripts.size).toBeGreaterThan(0);
    for (const [url, code] of scripts) expect(code.includes(needle), url).toBe(false);

    const before = await boxes(page);
    await page.screenshot({ path: resolve(OUTPUT_DIR, 'first-paint-phone-frame.png') });
    release();
    await page.waitForSelector('[data-testid="poster-gate"]');
    await page.waitForSelector('.app-frame', { state: 'detached' });
    expect(await boxes(page)).toEqual(before);
    const posterBefore = before['#viewer-region'];
    expect(posterBefore?.[3]).toBeGreaterThan(200);
    await page.screenshot({ path: resolve(OUTPUT_DIR, 'first-paint-phone-app.png') });
    await page.context().close();
  });

  it("on a phone, asks for the app's code only after the frame has painted", async () => {
    const { page, release } = await openHeld('/', PHONE);
    release();
    await page.waitForSelector('.app-frame', { state: 'detached' });
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => ({
          name: entry.name.replace(/^.*\/assets\//, ''),
          start: entry.startTime,
        }));
      return { fcp, scripts };
    });
    expect(timing.fcp).not.toBeNull();
    const startApp = timing.scripts.find((script) => script.name.startsWith('start-app-'));
    expect(startApp, 'the app start chunk was requested').toBeDefined();
    expect(startApp?.start).toBeGreaterThanOrEqual(timing.fcp ?? Number.POSITIVE_INFINITY);
    // React is no part of what runs before the first paint: the entry uses plain DOM.
    const beforePaint = timing.scripts.filter((script) => script.start < (timing.fcp ?? 0));
    expect(
      beforePaint
        .map((script) => script.name)
        .filter((name) => /^(client|react-dom|App)-/.test(name)),
    ).toEqual([]);
    await page.context().close();
  });

  it('keeps the header in place on a wide screen when the app arrives', async () => {
    const { page, release } = await openHeld('/', DESKTOP);
    await expect(page.locator('.app-frame .frame-loading').isVisible()).resolves.toBe(true);
    await expect(page.locator('.app-frame .frame-poster').isVisible()).resolves.toBe(false);
    const before = await boxes(page);
    const stories = async () =>
      page.evaluate(
        () => document.querySelectorAll('.mode-bar select')[1]?.getBoundingClientRect().x,
      );
    const storiesBefore = await stories();
    release();
    await page.waitForSelector('.app-frame', { state: 'detached' });
    await page.waitForSelector('[role="tablist"]');
    expect(await boxes(page)).toEqual(before);
    expect(await stories()).toBe(storiesBefore);
    await page.context().close();
  });

  it('honours "Show the 3D model" pressed before the app arrived', async () => {
    const { page, release } = await openHeld('/', PHONE);
    await page.click('.app-frame [data-frame-load-3d]');
    await expect(page.locator('.app-frame .frame-loading').isVisible()).resolves.toBe(true);
    release();
    await page.waitForSelector('.app-frame', { state: 'detached' });
    await page.waitForSelector('#viewer-region canvas', { timeout: 60_000 });
    expect(await page.locator('[data-testid="poster-gate"]').count()).toBe(0);
    await page.context().close();
  });

  it("says so and offers a reload when the app's code cannot be downloaded", async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.route('**/assets/start-app-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${inject('baseURL')}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('h1').textContent()).toBe(appEn.partLoadFailedTitle);
    expect(await alert.getByRole('button', { name: appEn.reloadPage }).isVisible()).toBe(true);
    await context.close();
  });

  it('speaks the language of the link before the app arrives', async () => {
    const { page, release } = await openHeld('/?lang=es&mode=quiz', PHONE);
    await page.waitForFunction(
      (title) => document.querySelector('.app-frame h1')?.textContent === title,
      appEs.title,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('.app-frame.mode-quiz').count()).toBe(1);
    release();
    await page.waitForSelector('.app-frame', { state: 'detached' });
    expect(await page.locator('h1').first().textContent()).toBe(appEs.title);
    await page.context().close();
  });
});
