/**
 * Switching models frees the old one: after a `model=` link to another file and "load the
 * built-in model", back and forth, the renderer holds no more geometries, textures or shader
 * programs than after the first switches (issue 13: GPU resources disposed when a model goes
 * away). Counts only, no timing; the benchmark runs 20 switches and adds the heap.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { measureModelSwitches, type SwitchSample } from './model-switches';
import { openPage, type PageWatch, waitForIdleViewer } from './viewer-page';

const SWITCHES = 6;

describe('switching models', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let samples: SwitchSample[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, watch } = await openPage(browser, `${inject('baseURL')}/`));
    await waitForIdleViewer(page);
    samples = await measureModelSwitches(page, SWITCHES);
    console.log(
      samples
        .map(
          (s) =>
            `switch ${s.switchNumber} ${s.model}: ${s.geometries} geometries, ${s.textures} textures, ${s.programs} programs, heap ${(s.heapUsedBytes / 2 ** 20).toFixed(1)} MB`,
        )
        .join('\n'),
    );
    // Six loads of a model on a software renderer, each waited on until it is drawn in full.
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws each model after each switch', () => {
    expect(samples.map((s) => s.switchNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const s of samples) expect(s.geometries, `switch ${s.switchNumber}`).toBeGreaterThan(0);
  });

  it.each(['geometries', 'textures', 'programs'] as const)(
    'holds no more %s after later switches than when each model was first shown',
    (resource) => {
      // Switches 1 and 2 show each model once; every later switch shows one of them again,
      // and a leak from any earlier model would show in the page-wide count.
      const firstOf = new Map(samples.slice(0, 2).map((s) => [s.model, s[resource]]));
      const later = samples.slice(2).map((s) => ({
        switchNumber: s.switchNumber,
        model: s.model,
        count: s[resource],
        first: firstOf.get(s.model),
      }));
      expect(later).toHaveLength(SWITCHES - 2);
      for (const s of later) {
        expect(s.count, `${resource} at switch ${s.switchNumber} (${s.model})`).toBeLessThanOrEqual(
          s.first ?? Number.NaN,
        );
      }
    },
  );

  it('logs no console errors and makes no request off this machine', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });
});
